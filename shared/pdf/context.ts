import type { Content } from 'pdfmake/interfaces';
import type { Attempt } from '../model/attempt';
import type { JsonValue } from '../model/json';
import type { QualityRule } from '../rules/schema';
import type { EvidenceToWeigh } from '../text-feedback';
import type { AttemptEvaluation, Template } from '../templates';
import type { PdfExportOptions, PdfExportOptionsInput } from './options';

/** What the attempt PDF is built from, and what every part of the builder is handed. */

export interface PdfCaseDocument {
  id: string;
  title: string;
}

export interface PdfTutorNote {
  title?: string;
  text: string;
}

/** What the PDF needs from a case in the library (kept small so the builder does not depend on its shape). */
export interface PdfCaseInfo {
  id: string;
  title: string;
  /** One or two sentences about the case, for the cover. */
  summary?: string;
  documents: readonly PdfCaseDocument[];
  tutorNotes: readonly PdfTutorNote[];
  /** Said instead of the notes when they are held back (e.g. the attempt is not finished). */
  tutorNotesWithheld?: string | undefined;
  facts: Record<string, JsonValue>;
  rules?: readonly QualityRule[];
  /** The facts the text analysis asks about (the case's key evidence). */
  keyEvidence?: readonly EvidenceToWeigh[];
  /** The interview as the trainee held it, when they asked at least one question. */
  interview?: PdfInterview;
}

export interface PdfInterview {
  title: string;
  setting: string;
  /** The person's name as the transcript prints it. */
  person: string;
  turns: ReadonlyArray<{ ask: string; reply: string }>;
  ended: boolean;
}

export interface AttemptPdfInput {
  attempt: Attempt;
  /** The definitions of the attempt's templates (any order; unknown ids are reported on the cover). */
  templates: readonly Template[];
  traineeName: string;
  caseInfo: PdfCaseInfo | null;
  options?: PdfExportOptionsInput;
  /** Printed after an item's answer, e.g. a tutor's comments in the review PDF (shared/pdf/review.ts). */
  afterItem?: (templateId: string, itemId: string) => Content[];
}

export interface BuildContext {
  input: AttemptPdfInput;
  options: PdfExportOptions;
  evaluation: AttemptEvaluation;
  documentTitles: Map<string, string>;
  templates: Template[];
}
