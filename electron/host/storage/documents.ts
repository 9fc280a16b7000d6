import type { z } from 'zod';
import { attemptSchema } from '@shared/model/attempt';
import type { Attempt } from '@shared/model/attempt';
import { libraryIndexSchema } from '@shared/model/library';
import type { LibraryIndex } from '@shared/model/library';
import { migrateDocument } from '@shared/model/migrations';
import type { DocumentKind } from '@shared/model/migrations';
import { settingsSchema } from '@shared/model/settings';
import type { Settings } from '@shared/model/settings';
import { migrateAttemptAnswers } from '@shared/templates/answer-migrations';

export interface DocumentTypes {
  settings: Settings;
  library: LibraryIndex;
  attempt: Attempt;
}

const schemas: { [K in DocumentKind]: z.ZodType<DocumentTypes[K]> } = {
  settings: settingsSchema,
  library: libraryIndexSchema,
  attempt: attemptSchema,
};

export type Decoded<T> =
  | {
      ok: true;
      value: T;
      migratedFrom: number | null;
      /** Templates whose saved answers were lifted to a newer template version (attempts only). */
      answersMigrated: string[];
    }
  | { ok: false; reason: string; writtenByNewerVersion: boolean };

/** Brings a parsed file up to the current version and checks it; says why when it cannot. */
export function decodeDocument<K extends DocumentKind>(kind: K, raw: unknown): Decoded<DocumentTypes[K]> {
  const migrated = migrateDocument(kind, raw);
  if (!migrated.ok) {
    const { problem } = migrated;
    const reason =
      problem.kind === 'not-an-object'
        ? 'not a JSON object'
        : problem.kind === 'no-version'
          ? 'no schemaVersion'
          : problem.kind === 'too-new'
            ? `schemaVersion ${problem.version} is newer than this app understands`
            : problem.kind === 'too-old'
              ? `schemaVersion ${problem.version} is older than this app can upgrade`
              : `upgrade from version ${problem.version} failed: ${problem.reason}`;
    return { ok: false, reason, writtenByNewerVersion: problem.kind === 'too-new' };
  }
  const checked = schemas[kind].safeParse(migrated.value);
  if (!checked.success) {
    const first = checked.error.issues[0];
    const where = first && first.path.length > 0 ? first.path.join('.') : 'file';
    return {
      ok: false,
      reason: `${where}: ${first?.message ?? 'not in the expected form'}`,
      writtenByNewerVersion: false,
    };
  }
  const migratedFrom = migrated.fromVersion === migrated.toVersion ? null : migrated.fromVersion;
  if (kind === 'attempt') {
    // Answers written against an older version of a built-in template (e.g. a version 1 sentence plan).
    // Should lifting ever fail, the answers are kept as saved rather than the file treated as damaged: the
    // form then shows what it cannot read, and nothing is lost.
    try {
      const lifted = migrateAttemptAnswers(checked.data as Attempt);
      const relifted = schemas.attempt.safeParse(lifted.value);
      if (relifted.success && lifted.migrated.length > 0)
        return {
          ok: true,
          value: relifted.data as DocumentTypes[K],
          migratedFrom,
          answersMigrated: lifted.migrated.map((step) => step.templateId),
        };
    } catch {
      // Kept as saved; see above.
    }
  }
  return { ok: true, value: checked.data, migratedFrom, answersMigrated: [] };
}
