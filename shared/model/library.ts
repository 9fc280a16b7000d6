import { z } from 'zod';
import { attemptStatuses, authoredIdSchema } from './attempt';
import type { Attempt } from './attempt';
import { idSchema, isoDateTime } from './ids';

export const LIBRARY_SCHEMA_VERSION = 1;

/** What the home screen needs to list an attempt without opening its file. */
export const libraryEntrySchema = z.object({
  id: idSchema,
  title: z.string().max(200),
  caseId: authoredIdSchema.nullable(),
  templateIds: z.array(authoredIdSchema),
  status: z.enum(attemptStatuses),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Share of required, visible items answered, 0 to 1; computed by the renderer's engine and sent with each save. */
  progress: z.number().min(0).max(1),
});
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

export const libraryIndexSchema = z.object({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  entries: z.array(libraryEntrySchema),
});
export type LibraryIndex = z.infer<typeof libraryIndexSchema>;

export function libraryEntryFor(attempt: Attempt, progress: number): LibraryEntry {
  return {
    id: attempt.id,
    title: attempt.title,
    caseId: attempt.caseId,
    templateIds: attempt.templateIds,
    status: attempt.status,
    createdAt: attempt.createdAt,
    updatedAt: attempt.updatedAt,
    progress,
  };
}
