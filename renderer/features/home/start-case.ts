import { initialReleasedDocumentIds, templatesForCase } from '@shared/cases';
import type { PracticeCase } from '@shared/cases';
import type { RequestOf } from '@shared/contract';
import type { LibraryEntry } from '@shared/model/library';
import type { Template } from '@shared/templates';
import { nextTryTitle } from '../library/titles';

/**
 * What the host is asked for when the trainee starts a library case: the case's own template set in its
 * working order (with the versions the attempt is answered against), the documents the case file starts
 * with, and a title that never repeats one already in the list ("… (try 2)" for another go).
 */
export function startCaseRequest(
  practiceCase: PracticeCase,
  available: readonly Template[],
  existingTitles: readonly string[],
): RequestOf<'createAttempt'> {
  const templates = templatesForCase(practiceCase, available);
  const title = existingTitles.includes(practiceCase.title)
    ? nextTryTitle(practiceCase.title, existingTitles)
    : practiceCase.title;
  return {
    title,
    caseId: practiceCase.id,
    caseVersion: practiceCase.version,
    templateIds: templates.map((template) => template.id),
    templateVersions: Object.fromEntries(templates.map((template) => [template.id, template.version])),
    releasedDocumentIds: initialReleasedDocumentIds(practiceCase),
  };
}

/** How many attempts the trainee has on each case, and how many of them are finished. */
export function attemptsByCase(
  entries: readonly LibraryEntry[],
): Map<string, { total: number; finished: number }> {
  const counts = new Map<string, { total: number; finished: number }>();
  for (const entry of entries) {
    if (entry.caseId === null) continue;
    const count = counts.get(entry.caseId) ?? { total: 0, finished: 0 };
    count.total += 1;
    if (entry.status === 'finished') count.finished += 1;
    counts.set(entry.caseId, count);
  }
  return counts;
}

/** "About 1 hour 30 minutes": the case's estimated time in words. */
export function estimatedTimeText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours === 0 ? '' : hours === 1 ? '1 hour' : `${hours} hours`;
  const m = rest === 0 ? '' : rest === 1 ? '1 minute' : `${rest} minutes`;
  return `About ${[h, m].filter((part) => part !== '').join(' ')}`;
}
