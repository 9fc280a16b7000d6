import { versionLines } from './registry';
import type { DocumentKind } from './registry';

export { documentKinds, versionLines } from './registry';
export type { DocumentKind, MigrationStep, VersionLine } from './registry';

export type MigrationProblem =
  | { kind: 'not-an-object' }
  | { kind: 'no-version' }
  | { kind: 'too-old'; version: number }
  | { kind: 'too-new'; version: number }
  | { kind: 'step-failed'; version: number; reason: string };

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; fromVersion: number; toVersion: number }
  | { ok: false; problem: MigrationProblem };

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The version a parsed file says it was written in, or null when it says nothing usable. */
export function schemaVersionOf(value: unknown): number | null {
  if (!isPlainRecord(value)) return null;
  const version = value.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/**
 * Lifts a parsed file to the current version of its kind, one step at a time. It does not validate the
 * result against the current schema: the caller does that, so a step that produces nonsense is caught
 * in the same place as a damaged file.
 */
export function migrateDocument(kind: DocumentKind, value: unknown): MigrationResult {
  if (!isPlainRecord(value)) return { ok: false, problem: { kind: 'not-an-object' } };
  const fromVersion = schemaVersionOf(value);
  if (fromVersion === null) return { ok: false, problem: { kind: 'no-version' } };
  const line = versionLines[kind];
  if (fromVersion > line.current) return { ok: false, problem: { kind: 'too-new', version: fromVersion } };
  if (fromVersion < line.oldestSupported)
    return { ok: false, problem: { kind: 'too-old', version: fromVersion } };
  let current: Record<string, unknown> = value;
  for (let version = fromVersion; version < line.current; version += 1) {
    const step = line.steps[version];
    if (!step) return { ok: false, problem: { kind: 'too-old', version } };
    try {
      current = step(current);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, problem: { kind: 'step-failed', version, reason } };
    }
    if (schemaVersionOf(current) !== version + 1)
      return {
        ok: false,
        problem: { kind: 'step-failed', version, reason: `step did not produce version ${version + 1}` },
      };
  }
  return { ok: true, value: current, fromVersion, toVersion: line.current };
}
