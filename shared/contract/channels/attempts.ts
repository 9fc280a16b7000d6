import { z } from 'zod';
import { attemptSchema, authoredIdSchema } from '../../model/attempt';
import { idSchema, isoDateTime } from '../../model/ids';
import { libraryEntrySchema } from '../../model/library';
import { defineChannel } from '../define';

export const attemptChannels = {
  listAttempts: defineChannel({
    channel: 'attempts:list',
    summary: 'List saved attempts from the library index, newest first, without opening their files.',
    request: z.object({}).strict(),
    response: z.object({ entries: z.array(libraryEntrySchema) }),
  }),
  createAttempt: defineChannel({
    channel: 'attempts:create',
    summary: 'Start a new attempt on a case (or an own case) with a set of templates.',
    request: z
      .object({
        title: z.string().trim().min(1).max(200),
        caseId: authoredIdSchema.nullable(),
        templateIds: z.array(authoredIdSchema).min(1).max(20),
        templateVersions: z.record(authoredIdSchema, z.number().int().min(1)),
        releasedDocumentIds: z.array(authoredIdSchema).max(500).default([]),
      })
      .strict(),
    response: attemptSchema,
  }),
  getAttempt: defineChannel({
    channel: 'attempts:get',
    summary: 'Open one attempt in full.',
    request: z.object({ id: idSchema }).strict(),
    response: attemptSchema,
  }),
  saveAttempt: defineChannel({
    channel: 'attempts:save',
    summary: 'Write an attempt; refused if it was changed elsewhere since the revision the renderer holds.',
    request: z.object({ attempt: attemptSchema, progress: z.number().min(0).max(1) }).strict(),
    response: z.object({ revision: z.number().int(), savedAt: isoDateTime }),
  }),
  deleteAttempt: defineChannel({
    channel: 'attempts:delete',
    summary: 'Remove an attempt from the library (a backup is kept so it can be restored).',
    request: z.object({ id: idSchema }).strict(),
    response: z.object({ deleted: z.literal(true) }),
  }),
  restoreDeletedAttempt: defineChannel({
    channel: 'attempts:restore-deleted',
    summary: 'Undo a deletion: bring an attempt back from the copy kept when it was deleted (kept 30 days).',
    request: z.object({ id: idSchema }).strict(),
    response: z.object({ entry: libraryEntrySchema }),
  }),
};
