import { z } from 'zod';
import { idSchema, isoDateTime } from '../../model/ids';
import { defineChannel } from '../define';
import { hostErrorSchema } from '../errors';
import { MAX_SHARE_BASE64_CHARS } from '../limits';

/**
 * Bringing many trainees' files in at once (docs/decisions/0024-importing-many-files-and-watching-a-folder.md):
 * several chosen or dropped files, a whole folder, or a folder the host watches. Every file goes through the
 * same checks as `reviews:import` and gets one result line; a refused file changes nothing, and the others
 * are still imported.
 */

/** Files in one import: a folder or a choice holding more is refused as a whole, before any is read. */
export const MAX_FILES_PER_IMPORT = 500;
/** How deep a folder import looks: the folder chosen and folders inside it (one per trainee, say), no deeper. */
export const MAX_FOLDER_DEPTH = 2;
/**
 * Dropped files travel in requests of at most this much base64 (the size of one share package), so the page
 * sends a large drop in several calls and no request is larger than a single-file import's.
 */
export const MAX_DROPPED_BASE64_CHARS = MAX_SHARE_BASE64_CHARS;

export const droppedFileSchema = z
  .object({
    /** The name the file had where it was dropped from: shown in its result line, never opened. */
    displayName: z.string().trim().min(1).max(255),
    contentBase64: z.string().min(1).max(MAX_SHARE_BASE64_CHARS),
  })
  .strict();

const common = {
  /** The file's name as shown (its last path part only). */
  name: z.string().max(255),
  /** One sentence in plain English saying what happened to this file. */
  message: z.string().max(2000),
};

const work = {
  /** The attempt in the library the file is now (or already was) held as. */
  attemptId: idSchema,
  title: z.string().max(500),
  traineeName: z.string().max(200).nullable(),
};

/**
 * One file's result. `imported`: new work, added beside existing work. `updated`: a newer version of work
 * already here (the same trainee's same attempt) replaced it, or the file added feedback to work here.
 * `already-here`: nothing new (the same work, or an older version of work here). `refused`: the file was not
 * imported, with the typed reason every other import uses.
 */
export const importFileResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('imported'), ...common, ...work }),
  z.object({ outcome: z.literal('updated'), ...common, ...work }),
  z.object({ outcome: z.literal('already-here'), ...common, ...work }),
  z.object({ outcome: z.literal('refused'), ...common, error: hostErrorSchema }),
]);
export type ImportFileResult = z.infer<typeof importFileResultSchema>;

export const importCountsSchema = z.object({
  imported: z.number().int().min(0),
  updated: z.number().int().min(0),
  alreadyHere: z.number().int().min(0),
  refused: z.number().int().min(0),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

/** How many results came out each way (the summary line's numbers). */
export function importCountsOf(results: readonly ImportFileResult[]): ImportCounts {
  const counts: ImportCounts = { imported: 0, updated: 0, alreadyHere: 0, refused: 0 };
  for (const result of results) {
    if (result.outcome === 'imported') counts.imported += 1;
    else if (result.outcome === 'updated') counts.updated += 1;
    else if (result.outcome === 'already-here') counts.alreadyHere += 1;
    else counts.refused += 1;
  }
  return counts;
}

const batchResult = z.object({
  chosen: z.literal(true),
  results: z.array(importFileResultSchema).max(MAX_FILES_PER_IMPORT),
  counts: importCountsSchema,
  /** Files in a chosen folder that are not .casework or PDF files (or are hidden or shortcuts): left alone. */
  leftAlone: z.number().int().min(0),
  /** The chosen folder's own name, for a folder import. */
  folderName: z.string().max(255).optional(),
});

const watchState = {
  watching: z.boolean(),
  /** The watched folder's own name (not its whole path), or null when no folder is watched. */
  folderName: z.string().max(255).nullable(),
};

export const arrivalSchema = z.object({
  /** Counts up from 1 for each file the watcher took, so the page asks only for what is new. */
  seq: z.number().int().min(1),
  at: isoDateTime,
  result: importFileResultSchema,
});
export type Arrival = z.infer<typeof arrivalSchema>;

export const importChannels = {
  importFiles: defineChannel({
    channel: 'imports:files',
    summary:
      'Ask for one or more .casework or exported PDF files (or take the ones dropped on the window), check each, and import it: one result per file.',
    request: z
      .object({
        /**
         * Files dropped on the window: names and bytes, never paths. Absent: the host asks with its open
         * dialog, where several files can be chosen. Their base64 together is at most one share package's.
         */
        dropped: z
          .array(droppedFileSchema)
          .min(1)
          .max(MAX_FILES_PER_IMPORT)
          .superRefine((files, context) => {
            const total = files.reduce((sum, file) => sum + file.contentBase64.length, 0);
            if (total > MAX_DROPPED_BASE64_CHARS)
              context.addIssue({
                code: 'custom',
                message: 'Too many dropped files were sent at once. Please try again.',
                params: { hostErrorCode: 'too-large' },
              });
          })
          .optional(),
      })
      .strict(),
    response: z.union([batchResult, z.object({ chosen: z.literal(false) })]),
  }),
  importFolder: defineChannel({
    channel: 'imports:folder',
    summary:
      'Ask for a folder, then import the .casework and exported PDF files in it and in the folders inside it (one level down): one result per file.',
    request: z.object({}).strict(),
    response: z.union([batchResult, z.object({ chosen: z.literal(false) })]),
  }),
  watchFolder: defineChannel({
    channel: 'imports:watch',
    summary:
      'Ask for a folder to watch (one kept in sync by file sharing, say); new .casework files that arrive in it are imported once they have finished arriving. Kept on until stopped.',
    request: z.object({}).strict(),
    response: z.union([
      z.object({ chosen: z.literal(true), ...watchState }),
      z.object({ chosen: z.literal(false), ...watchState }),
    ]),
  }),
  stopWatchingFolder: defineChannel({
    channel: 'imports:unwatch',
    summary: 'Stop watching the folder (files already imported stay).',
    request: z.object({}).strict(),
    response: z.object(watchState),
  }),
  watchStatus: defineChannel({
    channel: 'imports:watch-status',
    summary:
      'Whether a folder is watched, and the files the watcher took after the given one (`after`: the last seq the page has seen).',
    request: z.object({ after: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }).strict(),
    response: z.object({
      ...watchState,
      arrivals: z.array(arrivalSchema).max(MAX_FILES_PER_IMPORT),
      /** The last seq handed out so far (0 before any). */
      latest: z.number().int().min(0),
    }),
  }),
};
