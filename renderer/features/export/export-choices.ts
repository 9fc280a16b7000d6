import { HostError } from '@shared/contract';
import type { PdfExportOptionsInput, PdfPageSize } from '@shared/pdf/options';
import { defaultExportFileName } from '@shared/pdf/file-name';

/** What the trainee picks on the export screen, before it becomes the host's request. */
export interface ExportChoices {
  templateIds: string[];
  includeCover: boolean;
  includeContents: boolean;
  includeFeedback: boolean;
  includeTutorNotes: boolean;
  includeCommentBoxes: boolean;
  pageSize: PdfPageSize;
}

/** The defaults the host also uses: everything the trainee wrote, no tutor notes or comment boxes, A4. */
export function defaultChoices(templateIds: readonly string[]): ExportChoices {
  return {
    templateIds: [...templateIds],
    includeCover: true,
    includeContents: true,
    includeFeedback: true,
    includeTutorNotes: false,
    includeCommentBoxes: false,
    pageSize: 'A4',
  };
}

/** A problem to show beside the choices, or null when the export can go ahead. */
export function choicesProblem(choices: ExportChoices): string | null {
  return choices.templateIds.length === 0 ? 'Select at least one part of the practice to export' : null;
}

/** The request for `exportAttemptPdf`, with the templates kept in the attempt's own order. */
export function pdfOptionsFrom(
  choices: ExportChoices,
  attemptTemplateIds: readonly string[],
): PdfExportOptionsInput {
  const chosen = attemptTemplateIds.filter((id) => choices.templateIds.includes(id));
  return {
    ...(chosen.length === attemptTemplateIds.length ? {} : { templateIds: chosen }),
    includeCover: choices.includeCover,
    includeContents: choices.includeContents,
    includeFeedback: choices.includeFeedback,
    includeTutorNotes: choices.includeTutorNotes,
    includeCommentBoxes: choices.includeCommentBoxes,
    pageSize: choices.pageSize,
  };
}

/** The name the save dialog will suggest (the host builds the same one from the same shared function). */
export function suggestedFileName(input: {
  caseTitle: string;
  templateTitles: readonly string[];
  traineeName: string;
  today: Date;
  extension: 'pdf' | 'casework';
}): string {
  return defaultExportFileName({
    caseTitle: input.caseTitle,
    templateTitles: input.templateTitles,
    traineeName: input.traineeName,
    exportedAt: input.today,
    extension: input.extension,
  });
}

/**
 * What to tell the trainee when an export fails: a short title by kind, then the host's own message, which
 * names the file, says what to change, and that the work in the app is safe (an export never changes it,
 * and the host never leaves a half-written file).
 */
export function exportFailureMessage(error: unknown): { title: string; detail: string } {
  if (error instanceof HostError) {
    const titles: Partial<Record<HostError['code'], string>> = {
      'disk-full': 'There is not enough space to save the file',
      'read-only': 'The file could not be saved there',
      'file-in-use': 'The file is open in another program',
    };
    return { title: titles[error.code] ?? 'The export did not finish', detail: error.message };
  }
  return {
    title: 'The export did not finish',
    detail: 'Something went wrong while writing the file. Your work in the app is safe; please try again.',
  };
}
