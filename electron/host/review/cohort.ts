import { basename } from 'node:path';
import { caseContextFor, getCase } from '@shared/cases';
import type { PracticeCase } from '@shared/cases';
import { buildCaseDebrief } from '@shared/cohort/aggregate';
import type { CohortAttempt, CohortCase } from '@shared/cohort/aggregate';
import { cohortCaseFor } from '@shared/cohort/case';
import { decisionLabels } from '@shared/cohort/decisions';
import { cohortDigestFor } from '@shared/cohort/digest';
import { HostError } from '@shared/contract';
import type { ParsedRequestOf, ResponseOf } from '@shared/contract';
import type { ImportedCopy } from '@shared/exchange';
import { caseVersionOf, type Attempt } from '@shared/model/attempt';
import { safeFileNamePart } from '@shared/pdf/file-name';
import { evaluationFor, questionCounts } from '@shared/review/progress';
import type { Template } from '@shared/templates';
import { builtinTemplates } from '@shared/templates/builtin';
import { createInProcessPdfRunner } from '../pdf/pdf-runner';
import type { PdfRunner } from '../pdf/pdf-runner';
import { exportWriteFailure, writeExportFile } from '../pdf/write-export';
import type { Dialogs } from '../ports';
import type { RecordStore } from './record-store';
import type { ReviewStorage } from './service';

export interface CohortDeps {
  dialogs: Dialogs;
  now: () => Date;
  storage: Pick<ReviewStorage, 'listAttempts' | 'getAttempt' | 'updateSummary'>;
  /** Where each imported attempt came from: the cohort is the imported copies. */
  copies: RecordStore<ImportedCopy>;
  /** Works out the review levels the index lacks (the review service's `listReviewSummaries`). */
  fillReviewSummaries?: () => Promise<unknown>;
  templates?: (attempt?: Pick<Attempt, 'templateIds' | 'templateVersions'>) => readonly Template[];
  findCase?: (caseId: string, version?: number) => PracticeCase | undefined;
  runner?: PdfRunner;
  fontsDir?: string;
}

export type CohortService = ReturnType<typeof createCohortService>;

/**
 * The tutor's cohort: every imported copy with its digest (ratings against the case's ranges, questions,
 * evidence, decisions), read from the library index. A digest the index lacks (work imported before this
 * screen, or changed since) is worked out once, by opening only that attempt, and kept in the index, so
 * opening the cohort again reads no attempt file.
 */
export function createCohortService(deps: CohortDeps) {
  const templates = deps.templates ?? (() => builtinTemplates);
  const findCase = deps.findCase ?? getCase;
  const runner = deps.runner ?? createInProcessPdfRunner(deps.fontsDir ? { fontsDir: deps.fontsDir } : {});

  function digestOf(attempt: Attempt) {
    const practiceCase = attempt.caseId
      ? findCase(attempt.caseId, caseVersionOf(attempt) ?? undefined)
      : undefined;
    const { used, evaluation } = evaluationFor(
      attempt,
      templates(attempt),
      practiceCase ? caseContextFor(practiceCase, attempt.releasedDocumentIds) : null,
    );
    return {
      counts: questionCounts(evaluation.ruleResults),
      digest: cohortDigestFor({
        attempt,
        ...(practiceCase ? { practiceCase } : {}),
        templates: used,
        ruleResults: evaluation.ruleResults,
        visible: (templateId, itemId) => evaluation.visible(templateId, itemId),
      }),
    };
  }

  async function cohortData(): Promise<ResponseOf<'listCohort'>> {
    await deps.fillReviewSummaries?.();
    // A kept digest says whose work it is, so the imported-copy records are read only for entries without one.
    const lacking = deps.storage
      .listAttempts()
      .filter((entry) => entry.caseId !== null && entry.summary?.cohort?.from === undefined);
    if (lacking.length > 0) {
      const copies = new Map((await deps.copies.list()).map((copy) => [copy.id, copy]));
      for (const entry of lacking) {
        let attempt: Attempt;
        try {
          attempt = await deps.storage.getAttempt(entry.id);
        } catch {
          // A file that will not open has been set aside with its notice; the cohort shows what is left.
          continue;
        }
        const copy = copies.get(entry.id);
        const { counts, digest } = digestOf(attempt);
        const from = copy ? { traineeName: copy.traineeName, fileName: copy.fileName } : null;
        deps.storage.updateSummary?.(entry.id, { ...counts, cohort: { ...digest, from } }, attempt);
      }
    }
    const attempts: CohortAttempt[] = [];
    const caseIds = new Set<string>();
    for (const entry of deps.storage.listAttempts()) {
      const digest = entry.summary?.cohort;
      // Own work (from null) is the tutor's, not a trainee's.
      if (!digest?.from || entry.caseId === null) continue;
      attempts.push({
        attemptId: entry.id,
        caseId: entry.caseId,
        caseVersion: null,
        title: entry.title,
        status: entry.status,
        updatedAt: entry.updatedAt,
        totalMs: entry.summary?.totalMs ?? 0,
        traineeName: digest.from.traineeName,
        fileName: digest.from.fileName,
        digest,
        reviews: entry.summary?.reviews ?? null,
      });
      caseIds.add(entry.caseId);
    }
    const cases: CohortCase[] = [];
    // The index does not keep an attempt's case version: the ranges shown are the case's newest version's.
    for (const caseId of caseIds) {
      const practiceCase = findCase(caseId);
      if (practiceCase) cases.push(cohortCaseFor(practiceCase, templates()));
    }
    return { attempts, cases, decisionLabels: decisionLabels(templates()) };
  }

  async function exportDebriefPdf(
    request: ParsedRequestOf<'exportDebriefPdf'>,
  ): Promise<ResponseOf<'exportDebriefPdf'>> {
    const data = await cohortData();
    const practiceCase = data.cases.find((c) => c.id === request.caseId);
    if (!practiceCase || !data.attempts.some((a) => a.caseId === request.caseId))
      throw new HostError(
        'not-found',
        'No trainee’s work on this case has been imported, so there is nothing to debrief.',
      );
    const debrief = buildCaseDebrief(data.attempts, practiceCase, {
      anonymise: !request.showNames,
      decisionLabels: data.decisionLabels,
    });
    const defaultName = [
      'Debrief',
      safeFileNamePart(practiceCase.title, 'Case'),
      request.showNames ? 'with names' : 'anonymised',
      deps.now().toISOString().slice(0, 10),
    ].join(' - ');
    const path = await deps.dialogs.chooseSavePath({
      title: 'Export the debrief as PDF',
      defaultName: `${defaultName}.pdf`,
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    if (path === null) return { saved: false };
    const rendered = await runner.render({
      kind: 'debrief',
      input: { debrief, madeAt: deps.now().toISOString() },
    });
    try {
      await writeExportFile(path, rendered.bytes);
    } catch (error) {
      throw exportWriteFailure(error, basename(path));
    }
    return { saved: true, fileName: basename(path), pages: rendered.pages, bytes: rendered.bytes.length };
  }

  return { listCohort: cohortData, exportDebriefPdf };
}
