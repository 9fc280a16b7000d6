import { ATTEMPT_SCHEMA_VERSION } from '../attempt';
import { LIBRARY_SCHEMA_VERSION } from '../library';
import { SETTINGS_SCHEMA_VERSION } from '../settings';
import { settingsSteps } from './settings';

/** The kinds of file the app saves; each has its own version line and its own steps. */
export const documentKinds = ['settings', 'library', 'attempt'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/**
 * One step lifts a document from version n to n + 1. Steps are pure: they take the parsed JSON of the
 * older file and return a new object; they never read the clock, the disk or the settings of the app,
 * so the same old file always becomes the same new one.
 */
export type MigrationStep = (older: Record<string, unknown>) => Record<string, unknown>;

export interface VersionLine {
  current: number;
  /** steps[n] lifts version n to n + 1; versions below `oldestSupported` have no path. */
  steps: Readonly<Record<number, MigrationStep>>;
  oldestSupported: number;
}

export const versionLines: Readonly<Record<DocumentKind, VersionLine>> = {
  settings: { current: SETTINGS_SCHEMA_VERSION, steps: settingsSteps, oldestSupported: 1 },
  library: { current: LIBRARY_SCHEMA_VERSION, steps: {}, oldestSupported: 1 },
  attempt: { current: ATTEMPT_SCHEMA_VERSION, steps: {}, oldestSupported: 1 },
};
