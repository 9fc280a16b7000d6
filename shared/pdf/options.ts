import { z } from 'zod';
import { authoredIdSchema } from '../model/attempt';

export const pdfPageSizes = ['A4', 'LETTER'] as const;
export type PdfPageSize = (typeof pdfPageSizes)[number];

/**
 * What the trainee chooses before exporting. Every field has a default, so `{}` is a complete request:
 * all of the attempt's templates, cover, contents and quality feedback; no tutor notes, no comment boxes; A4.
 */
export const pdfExportOptionsSchema = z
  .object({
    /** Templates to print, in the attempt's order; all of them when absent. */
    templateIds: z.array(authoredIdSchema).min(1).max(20).optional(),
    includeCover: z.boolean().default(true),
    includeContents: z.boolean().default(true),
    /** The quality-feedback summary: the questions the quality rules raised. */
    includeFeedback: z.boolean().default(true),
    /** The case's notes for tutors (model points, what a good answer covers). Off by default: trainees export too. */
    includeTutorNotes: z.boolean().default(false),
    /** A blank "Tutor comments" box after each section, for a tutor who annotates on paper. */
    includeCommentBoxes: z.boolean().default(false),
    pageSize: z.enum(pdfPageSizes).default('A4'),
  })
  .strict();

export type PdfExportOptionsInput = z.input<typeof pdfExportOptionsSchema>;
export type PdfExportOptions = z.output<typeof pdfExportOptionsSchema>;

export function resolvePdfOptions(options: PdfExportOptionsInput | undefined): PdfExportOptions {
  return pdfExportOptionsSchema.parse(options ?? {});
}
