import { z } from 'zod';
import { attemptSchema, authoredIdSchema } from '../../model/attempt';
import { idSchema, isoDateTime } from '../../model/ids';
import { libraryEntrySchema } from '../../model/library';
import { defineChannel } from '../define';
import { refuseHiddenCharacters, typedTitleSchema } from '../text-fields';
import { attemptBytes, attemptTooLargeMessage, MAX_ATTEMPT_BYTES } from '../limits';
import type { HostIssueParams } from '../limits';

/** An attempt deleted recently enough that its copy is still kept, for the "Recently deleted" list. */
export const deletedAttemptEntrySchema = z
  .object({
    id: idSchema,
    title: z.string(),
    caseId: authoredIdSchema.nullable(),
    deletedAt: isoDateTime,
    /** When the kept copy goes: the deletion plus the 30 days copies are kept. */
    keptUntil: isoDateTime,
  })
  .strict();
export type DeletedAttemptEntry = z.infer<typeof deletedAttemptEntrySchema>;

export const attemptChannels = {
  listAttempts: defineChannel({
    channel: 'attempts:list',
    summary:
      'List saved attempts from the library index, newest first, without opening their files; with firstPaint, at once from the index head when the whole index is not read yet.',
    request: z
      .object({
        /**
         * The home screen's first list: answer at once, with only the newest entries (`complete` false) if
         * the whole index has not been read yet. Without it the answer waits for the whole index.
         */
        firstPaint: z.boolean().optional(),
      })
      .strict(),
    response: z.object({
      entries: z.array(libraryEntrySchema),
      /** False when `entries` is only the newest page: ask again without `firstPaint` for the rest. */
      complete: z.boolean(),
      /** How many attempts there are in all (more than `entries` holds when not complete). */
      total: z.number().int().min(0),
    }),
  }),
  createAttempt: defineChannel({
    channel: 'attempts:create',
    summary: 'Start a new attempt on a case (or an own case) with a set of templates.',
    request: z
      .object({
        title: typedTitleSchema,
        caseId: authoredIdSchema.nullable(),
        /** The case version the attempt starts on; the case's newest version here when absent. */
        caseVersion: z.number().int().min(1).optional(),
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
  /**
   * The save contract the renderer relies on:
   * - Send the whole attempt with the `revision` it last received (from getAttempt, createAttempt or
   *   the previous save's answer), and send the next save only after this one has answered.
   * - `{revision, savedAt}` is the acknowledgement: it comes only once the file is flushed to disk, so
   *   an acknowledged edit survives the app being killed. Adopt `revision` for the next save.
   * - `disk-full`, `read-only`, `file-in-use`, `storage-failed`: nothing on disk changed (the old file
   *   is intact and the stored revision is the same). Keep the edit in memory, show the message, and
   *   retry the same attempt with the same revision later; do not drop the edit.
   * - `conflict`: the stored attempt moved on from the revision sent (saved from elsewhere). Retrying
   *   will not help; tell the trainee and reopen it.
   * - `not-found`: the attempt was deleted; `restoreDeletedAttempt` can bring it back.
   */
  saveAttempt: defineChannel({
    channel: 'attempts:save',
    summary: 'Write an attempt; refused if it was changed elsewhere since the revision the renderer holds.',
    request: z
      .object({
        attempt: attemptSchema,
        progress: z.number().min(0).max(1),
        /** Quality-rule questions and warnings speaking in the saved answers, for the progress screen. */
        questions: z.number().int().min(0).optional(),
        warnings: z.number().int().min(0).optional(),
      })
      .strict()
      .superRefine((request, ctx) => {
        // Every save carries the title whole, so it is checked here as when it was first typed.
        refuseHiddenCharacters(request.attempt.title, ctx, ['attempt', 'title']);
        // Capped so that every saved attempt can still be exported for exchange.
        const bytes = attemptBytes(request.attempt);
        if (bytes > MAX_ATTEMPT_BYTES) {
          const params: HostIssueParams = { hostErrorCode: 'too-large' };
          ctx.addIssue({ code: 'custom', path: ['attempt'], message: attemptTooLargeMessage(bytes), params });
        }
      }),
    response: z.object({ revision: z.number().int(), savedAt: isoDateTime }),
  }),
  deleteAttempt: defineChannel({
    channel: 'attempts:delete',
    summary: 'Remove an attempt from the library (a backup is kept so it can be restored).',
    request: z.object({ id: idSchema }).strict(),
    response: z.object({ deleted: z.literal(true) }),
  }),
  listDeletedAttempts: defineChannel({
    channel: 'attempts:list-deleted',
    summary: 'List attempts deleted within the 30 days their copies are kept, newest deletion first.',
    request: z.object({}).strict(),
    response: z.object({ entries: z.array(deletedAttemptEntrySchema) }),
  }),
  restoreDeletedAttempt: defineChannel({
    channel: 'attempts:restore-deleted',
    summary: 'Undo a deletion: bring an attempt back from the copy kept when it was deleted (kept 30 days).',
    request: z.object({ id: idSchema }).strict(),
    response: z.object({ entry: libraryEntrySchema }),
  }),
};
