import { z } from 'zod';
import { attemptSchema } from '../../model/attempt';
import { idSchema } from '../../model/ids';
import { pdfExportOptionsSchema } from '../../pdf/options';
import { defineChannel } from '../define';

/** What every "save as PDF" channel answers: the file written, or nothing when the person closed the dialog. */
export const pdfSavedResponseSchema = z.union([
  z.object({
    saved: z.literal(true),
    /** The name the file was saved under (not its folder). */
    fileName: z.string(),
    pages: z.number().int().min(1),
    bytes: z.number().int().min(1),
  }),
  z.object({ saved: z.literal(false) }),
]);

/**
 * Export and import. Every file path comes from a native dialog the host opens: the renderer never sends
 * one. A dialog the person closes answers `{ saved: false }` / `{ imported: false }`, not an error.
 * Write failures answer `disk-full`, `read-only` (no permission, read-only drive, or locked on Windows),
 * `file-in-use` or `storage-failed`; refused imports answer `invalid-file` or `too-large`. Messages are
 * written for the person and can be shown as they are.
 */
export const pdfChannels = {
  exportAttemptPdf: defineChannel({
    channel: 'pdf:export',
    summary:
      'Ask where to save, then write the attempt as a PDF for a tutor, with the attempt attached inside so it can be imported again.',
    request: z.object({ attemptId: idSchema, options: pdfExportOptionsSchema.optional() }).strict(),
    response: pdfSavedResponseSchema,
  }),
  preparePdfExport: defineChannel({
    channel: 'pdf:prepare',
    summary:
      'Get the PDF engine ready (fonts parsed, code warmed) while the person chooses what to export, so the export itself is quicker. Safe to call often: the work is done once.',
    request: z.object({}).strict(),
    response: z.object({ ready: z.literal(true) }),
  }),
  exportAttemptFile: defineChannel({
    channel: 'exchange:export',
    summary:
      'Ask where to save, then write the attempt as a .casework file (the same data a PDF export carries).',
    request: z.object({ attemptId: idSchema }).strict(),
    response: z.union([
      z.object({ saved: z.literal(true), fileName: z.string(), bytes: z.number().int().min(1) }),
      z.object({ saved: z.literal(false) }),
    ]),
  }),
  importAttemptFile: defineChannel({
    channel: 'exchange:import',
    summary:
      'Ask for a PDF exported by the app or a .casework file, check it, and save the attempt in it as a new attempt (never over existing work).',
    request: z.object({}).strict(),
    response: z.union([
      z.object({
        imported: z.literal(true),
        /** The new attempt as saved: a new id, everything else as it was exported. */
        attempt: attemptSchema,
        /** The id the attempt had where it was exported. */
        originalId: idSchema,
        source: z.enum(['pdf', 'casework']),
        fileName: z.string(),
      }),
      z.object({ imported: z.literal(false) }),
    ]),
  }),
};
