import { z } from 'zod';
import { idSchema, isoDateTime } from '../model/ids';

/**
 * Where an imported attempt came from. Importing never overwrites work, so an attempt brought in from a
 * share package is saved under a new id; this record links that copy to the id it had in the sender's
 * app, so feedback sent back refers to the sender's own attempt, and a file sent again finds its copy.
 */
export const IMPORTED_COPY_SCHEMA_VERSION = 1;

export const importedCopySchema = z.strictObject({
  schemaVersion: z.literal(IMPORTED_COPY_SCHEMA_VERSION),
  /** The local attempt's id. */
  id: idSchema,
  /** The id the attempt has in the app it came from. */
  originalAttemptId: idSchema,
  /** Whose work it is, from the package; null when the sender had not set a name. */
  traineeName: z.string().max(200).nullable(),
  importedAt: isoDateTime,
  /** The name of the file it came from (never its folder). */
  fileName: z.string().max(255),
  /**
   * The attempt's revision in the sender's app when it was last brought in, so a later file can be told to be
   * newer or older than the copy here. Absent in records written before it was kept: the copy's own revision,
   * which an import keeps, stands in.
   */
  originalRevision: z.number().int().min(0).optional(),
});
export type ImportedCopy = z.infer<typeof importedCopySchema>;
