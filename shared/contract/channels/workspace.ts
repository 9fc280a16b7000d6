import { z } from 'zod';
import { idSchema } from '../../model/ids';
import { libraryEntrySchema } from '../../model/library';
import { defineChannel } from '../define';
import { typedTitleSchema } from '../text-fields';

const titleSchema = typedTitleSchema;

/**
 * Attempt actions the home screen and the workspace offer beside saving: "try again" and rename. Deleting
 * and undoing a deletion are storage's own channels (`deleteAttempt`, `restoreDeletedAttempt`).
 */
export const workspaceChannels = {
  duplicateAttempt: defineChannel({
    channel: 'workspace:duplicate',
    summary:
      'Start a new attempt from an existing one ("try again"): with its answers and evidence copied, or afresh on the same case.',
    request: z
      .object({
        id: idSchema,
        title: titleSchema,
        /** true: copy answers, evidence and released documents; false: the same case and templates, started afresh. */
        keepAnswers: z.boolean(),
      })
      .strict(),
    response: z.object({ entry: libraryEntrySchema }),
  }),
  /**
   * Renames an attempt that is not open. An open attempt is renamed through its own store (the title is
   * part of the attempt it saves), or its next save would meet a `conflict`.
   */
  renameAttempt: defineChannel({
    channel: 'workspace:rename',
    summary: 'Give a saved attempt a new title.',
    request: z.object({ id: idSchema, title: titleSchema }).strict(),
    response: z.object({ entry: libraryEntrySchema }),
  }),
};
