import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AttemptPdfInput } from '@shared/pdf/builder';
import { buildAttemptPdf } from '@shared/pdf/builder';
import { EXCHANGE_ATTACHMENT_NAME, EXCHANGE_MEDIA_TYPE } from '@shared/pdf/exchange';
import { buildDebriefPdf } from '@shared/pdf/debrief';
import type { DebriefPdfInput } from '@shared/pdf/debrief';
import { buildReviewPdf } from '@shared/pdf/review';
import type { ReviewPdfInput } from '@shared/pdf/review';
import { buildSupervisionPdf } from '@shared/pdf/supervision';
import type { SupervisionPdfInput } from '@shared/pdf/supervision';
import { renderPdf } from './render';
import type { RenderedPdf } from './render';

/**
 * One PDF to make, as plain data. The document definition itself cannot cross to a worker thread (its
 * header, footer and table lines are functions), so the job carries the builder's input and the worker
 * builds and renders; the in-process path runs exactly the same function.
 */
export type PdfJob =
  | {
      kind: 'attempt';
      input: Omit<AttemptPdfInput, 'afterItem'>;
      /** The exchange file attached so the PDF can be imported again, and the date it carries. */
      attachment: { json: string; updatedAt: string };
    }
  | { kind: 'review'; input: ReviewPdfInput }
  | { kind: 'supervision'; input: SupervisionPdfInput }
  | { kind: 'debrief'; input: DebriefPdfInput };

function attach(definition: TDocumentDefinitions, attachment: { json: string; updatedAt: string }): void {
  definition.files = {
    [EXCHANGE_ATTACHMENT_NAME]: {
      src: `data:${EXCHANGE_MEDIA_TYPE};base64,${Buffer.from(attachment.json, 'utf8').toString('base64')}`,
      name: EXCHANGE_ATTACHMENT_NAME,
      description: 'The attempt as data, so Casework Practice can import this PDF.',
      // pdfkit reads these from the same object: the attachment is the document's data, and fixed dates keep
      // the output deterministic.
      relationship: 'Data',
      creationDate: new Date(attachment.updatedAt),
      modifiedDate: new Date(attachment.updatedAt),
    } as NonNullable<TDocumentDefinitions['files']>[string],
  };
}

export function definitionFor(job: PdfJob): TDocumentDefinitions {
  switch (job.kind) {
    case 'attempt': {
      const definition = buildAttemptPdf(job.input);
      attach(definition, job.attachment);
      return definition;
    }
    case 'review':
      return buildReviewPdf(job.input);
    case 'supervision':
      return buildSupervisionPdf(job.input);
    case 'debrief':
      return buildDebriefPdf(job.input);
  }
}

/** Builds and renders a job here, on this thread: what the worker does with every job it is sent. */
export function renderPdfJob(
  job: PdfJob,
  options: { fontsDir: string; onProgress?: (share: number) => void },
): Promise<RenderedPdf> {
  return renderPdf(definitionFor(job), options);
}
