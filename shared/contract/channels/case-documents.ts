import { z } from 'zod';
import { documentBlockSchema } from '../../cases/schema';
import { defineChannel } from '../define';

/** The largest .docx the case editor reads; a long Word report with a few pictures is well under it. */
export const MAX_DOCX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Bringing a Word document into a case the tutor is writing. The host opens its own dialog (the renderer
 * never sends a path), reads the file through the bounded reader, checks the zip inside before converting,
 * and answers the document's text as case-file blocks. A file that is too big, unpacks too big, is not a
 * Word document or takes too long is refused with `too-large` or `invalid-file` and a plain message.
 */
export const caseDocumentChannels = {
  importCaseDocumentDocx: defineChannel({
    channel: 'editor:import-docx',
    summary: 'Ask for a Word document (.docx) and answer its text as case-file blocks, for the case editor.',
    request: z.object({}).strict(),
    response: z.union([
      z.object({ imported: z.literal(false) }),
      z.object({
        imported: z.literal(true),
        /** As shown to the person (never a path). */
        fileName: z.string().max(255),
        blocks: z.array(documentBlockSchema).max(300),
        /** What the conversion left out or changed, in plain words. */
        warnings: z.array(z.string().max(500)).max(50),
      }),
    ]),
  }),
};
