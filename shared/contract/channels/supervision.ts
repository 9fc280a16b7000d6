import { z } from 'zod';
import { idSchema, isoDateTime } from '../../model/ids';
import { noticeSchema } from '../../model/notices';
import { supervisionRecordSchema } from '../../supervision/schema';
import { defineChannel } from '../define';
import { pdfSavedResponseSchema } from './pdf';

/** Reflective supervision records: one file each, linked to attempts in the library. */
export const supervisionChannels = {
  listSupervisionRecords: defineChannel({
    channel: 'supervision:list',
    summary: 'List supervision records, newest session first.',
    request: z.object({}).strict(),
    response: z.object({
      records: z.array(supervisionRecordSchema),
      notices: z.array(noticeSchema),
    }),
  }),
  saveSupervisionRecord: defineChannel({
    channel: 'supervision:save',
    summary: 'Save a supervision record (new or changed).',
    request: z.object({ record: supervisionRecordSchema }).strict(),
    response: z.object({ savedAt: isoDateTime }),
  }),
  deleteSupervisionRecord: defineChannel({
    channel: 'supervision:delete',
    summary: 'Delete a supervision record (a copy is kept in the backups folder).',
    request: z.object({ id: idSchema }).strict(),
    response: z.object({ deleted: z.literal(true) }),
  }),
  exportSupervisionPdf: defineChannel({
    channel: 'supervision:export-pdf',
    summary:
      'Ask where to save, then write a supervision record as a PDF (the record as shown, saved or not).',
    request: z.object({ record: supervisionRecordSchema }).strict(),
    response: pdfSavedResponseSchema,
  }),
};
