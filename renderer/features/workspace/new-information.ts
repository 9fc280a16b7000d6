import { canContinue, continueStepsTaken, newlyReleasedDocuments, sectionFinishedFrom } from '@shared/cases';
import type { CaseDocument, PracticeCase } from '@shared/cases';
import type { ItemRef } from '@shared/rules';
import type { SectionStatus } from '@shared/templates';

/**
 * New information during an exercise, worked out with the case library's release helpers: which late
 * documents are due now, what pressing "Continue the case" brings, and which answers may need another look.
 */

type SectionStatuses = Readonly<Record<string, Readonly<Record<string, SectionStatus>> | undefined>>;

/** Documents due because a section they wait for is now finished (and any continue steps already taken). */
export function documentsDueNow(
  practiceCase: PracticeCase,
  releasedIds: readonly string[],
  sectionStatus: SectionStatuses,
): CaseDocument[] {
  return newlyReleasedDocuments(
    practiceCase,
    {
      sectionFinished: sectionFinishedFrom(sectionStatus),
      continueSteps: continueStepsTaken(practiceCase, releasedIds),
    },
    releasedIds,
  );
}

/** What one more press of "Continue the case" releases (nothing when the case has no more steps). */
export function documentsOnContinue(
  practiceCase: PracticeCase,
  releasedIds: readonly string[],
  sectionStatus: SectionStatuses,
): CaseDocument[] {
  if (!canContinue(practiceCase, releasedIds)) return [];
  return newlyReleasedDocuments(
    practiceCase,
    {
      sectionFinished: sectionFinishedFrom(sectionStatus),
      continueSteps: continueStepsTaken(practiceCase, releasedIds) + 1,
    },
    releasedIds,
  );
}

/** The attempt's released ids with new documents added; nothing is ever taken away. */
export function withReleased(
  releasedIds: readonly string[],
  documents: ReadonlyArray<Pick<CaseDocument, 'id'>>,
): string[] {
  const next = [...releasedIds];
  for (const document of documents) if (!next.includes(document.id)) next.push(document.id);
  return next;
}

export interface RevisitItem extends ItemRef {
  /** Why this answer may need another look. */
  because: 'named-by-case' | 'case-rule';
  documentIds: string[];
}

/**
 * Answers that may need revisiting after these documents: the items the case names for each document,
 * then items that case rules about the document point at. In that order, each item once.
 */
export function answersToRevisit(
  practiceCase: PracticeCase,
  documents: readonly CaseDocument[],
): RevisitItem[] {
  const out: RevisitItem[] = [];
  const add = (ref: ItemRef, because: RevisitItem['because'], documentId: string) => {
    const existing = out.find((item) => item.templateId === ref.templateId && item.itemId === ref.itemId);
    if (existing) {
      if (!existing.documentIds.includes(documentId)) existing.documentIds.push(documentId);
      return;
    }
    out.push({ templateId: ref.templateId, itemId: ref.itemId, because, documentIds: [documentId] });
  };
  for (const document of documents)
    for (const ref of document.newInformation?.revisit ?? []) add(ref, 'named-by-case', document.id);
  const ids = new Set(documents.map((document) => document.id));
  for (const rule of practiceCase.rules)
    if (rule.itemRef && rule.documentRef && ids.has(rule.documentRef))
      add(rule.itemRef, 'case-rule', rule.documentRef);
  return out;
}

/** Released documents that arrived after the start, newest step last: the "new information" so far. */
export function lateDocuments(practiceCase: PracticeCase, releasedIds: readonly string[]): CaseDocument[] {
  const released = new Set(releasedIds);
  const order = new Map(releasedIds.map((id, index) => [id, index]));
  return practiceCase.documents
    .filter((document) => document.release.kind !== 'start' && released.has(document.id))
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** "The case continues" hint: what the next press depends on, in words for the button's description. */
export function continueHint(practiceCase: PracticeCase, releasedIds: readonly string[]): string {
  return canContinue(practiceCase, releasedIds)
    ? 'Move the case on in time: new information may arrive, as it would in practice.'
    : 'Nothing more is due in this case for now.';
}
