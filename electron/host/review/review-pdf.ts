import { basename } from 'node:path';
import { getCase, interviewStateOf } from '@shared/cases';
import type { PracticeCase } from '@shared/cases';
import { HostError } from '@shared/contract';
import type { ParsedRequestOf, ResponseOf } from '@shared/contract';
import type { ImportedCopy } from '@shared/exchange';
import { caseVersionOf, type Attempt } from '@shared/model/attempt';
import type { PdfCaseInfo } from '@shared/pdf/builder';
import { pdfCaseInfo } from '@shared/pdf/case-info';
import { safeFileNamePart } from '@shared/pdf/file-name';
import type { Review } from '@shared/review/schema';
import type { Template } from '@shared/templates';
import { builtinTemplates } from '@shared/templates/builtin';
import { createInProcessPdfRunner } from '../pdf/pdf-runner';
import type { PdfRunner } from '../pdf/pdf-runner';
import { exportWriteFailure, writeExportFile } from '../pdf/write-export';
import type { Dialogs } from '../ports';
import type { RecordStore } from './record-store';
import type { ReviewStorage } from './service';

export interface ReviewPdfDeps {
  dialogs: Dialogs;
  now: () => Date;
  storage: Pick<ReviewStorage, 'getAttempt' | 'getSettings'>;
  /** The same stores the review service writes. */
  reviews: RecordStore<Review>;
  copies: RecordStore<ImportedCopy>;
  /** Defaults: the built-in templates and the case library. */
  templates?: (attempt?: Pick<Attempt, 'templateIds' | 'templateVersions'>) => readonly Template[];
  /** A case at the version an attempt recorded (`caseVersionOf`); the built-ins when absent. */
  findCase?: (caseId: string, version?: number) => PracticeCase | undefined;
  /** Where the PDF is made: the host's worker-thread runner; in-process (tests) when absent. */
  runner?: PdfRunner;
  /** For the in-process runner: where the PDF fonts are; found from the app's assets when absent. */
  fontsDir?: string;
  /** Overrides how a case is described in the review PDF (tests use a sample case). */
  caseInfo?: (attempt: Attempt) => PdfCaseInfo | null;
}

export type ReviewPdfService = ReturnType<typeof createReviewPdfService>;

/** A review written out as a PDF, its comments beside the answers they are about. */
export function createReviewPdfService(deps: ReviewPdfDeps) {
  const templates = deps.templates ?? (() => builtinTemplates);
  const findCase = deps.findCase ?? getCase;
  const { reviews, copies } = deps;
  const runner = deps.runner ?? createInProcessPdfRunner(deps.fontsDir ? { fontsDir: deps.fontsDir } : {});

  async function exportReviewPdf(
    request: ParsedRequestOf<'exportReviewPdf'>,
  ): Promise<ResponseOf<'exportReviewPdf'>> {
    const review = await reviews.get(request.reviewId);
    if (!review)
      throw new HostError('not-found', 'This review is no longer saved (it may have been deleted).');
    const attempt = await deps.storage.getAttempt(review.currentVersion.attemptId);
    const copy = await copies.get(attempt.id);
    const traineeName = copy ? (copy.traineeName ?? '') : deps.storage.getSettings().traineeName.trim();
    const available = templates(attempt);
    const practiceCase = attempt.caseId
      ? findCase(attempt.caseId, caseVersionOf(attempt) ?? undefined)
      : undefined;
    const caseInfo = deps.caseInfo
      ? deps.caseInfo(attempt)
      : practiceCase
        ? pdfCaseInfo(practiceCase, false, interviewStateOf(attempt))
        : null;
    const input = {
      attempt,
      review,
      templates: attempt.templateIds
        .map((id) => available.find((template) => template.id === id))
        .filter((template): template is Template => template !== undefined),
      traineeName,
      caseInfo,
    };
    const defaultName = [
      safeFileNamePart(attempt.title, 'Attempt'),
      'review',
      safeFileNamePart(review.reviewerName, '') || null,
      deps.now().toISOString().slice(0, 10),
    ]
      .filter(Boolean)
      .join(' - ');
    const path = await deps.dialogs.chooseSavePath({
      title: 'Export review as PDF',
      defaultName: `${defaultName}.pdf`,
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    if (path === null) return { saved: false };
    const rendered = await runner.render({ kind: 'review', input });
    try {
      await writeExportFile(path, rendered.bytes);
    } catch (error) {
      throw exportWriteFailure(error, basename(path));
    }
    return { saved: true, fileName: basename(path), pages: rendered.pages, bytes: rendered.bytes.length };
  }

  return { exportReviewPdf };
}
