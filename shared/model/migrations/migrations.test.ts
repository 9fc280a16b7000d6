import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attemptSchema } from '../attempt';
import { libraryIndexSchema } from '../library';
import { defaultSettings, settingsSchema } from '../settings';
import { documentKinds, migrateDocument, versionLines } from './index';
import type { DocumentKind } from './index';

const fixturesDir = path.join(import.meta.dirname, 'fixtures');
const schemas = { settings: settingsSchema, library: libraryIndexSchema, attempt: attemptSchema };

function fixture(kind: DocumentKind, version: number): unknown {
  return JSON.parse(fs.readFileSync(path.join(fixturesDir, `${kind}-v${version}.json`), 'utf8'));
}

describe('migrations', () => {
  it('has a fixture for every version of every kind, and each one upgrades to a valid current file', () => {
    for (const kind of documentKinds) {
      const line = versionLines[kind];
      for (let version = line.oldestSupported; version <= line.current; version += 1) {
        const result = migrateDocument(kind, fixture(kind, version));
        expect(result.ok, `${kind} v${version}`).toBe(true);
        if (!result.ok) continue;
        expect(result.fromVersion).toBe(version);
        expect(result.toVersion).toBe(line.current);
        expect(schemas[kind].safeParse(result.value).success, `${kind} v${version} validates`).toBe(true);
      }
    }
  });

  it('turns v1 settings into v2, keeping what the trainee chose', () => {
    const result = migrateDocument('settings', fixture('settings', 1));
    expect(result).toEqual({
      ok: true,
      fromVersion: 1,
      toVersion: 2,
      value: {
        schemaVersion: 2,
        traineeName: 'Morwenna Tregaskis',
        theme: 'dark',
        textSize: 'larger',
        dyslexiaFriendlyFont: true,
        autosaveDelayMs: defaultSettings.autosaveDelayMs,
        caseFileSplit: defaultSettings.caseFileSplit,
      },
    });
  });

  it('maps every v1 dark-mode and font-scale choice to the nearest v2 one', () => {
    const cases: Array<[unknown, unknown, string, string]> = [
      [null, 1, 'system', 'standard'],
      [false, 1.2, 'light', 'large'],
      [true, 1.4, 'dark', 'larger'],
      [undefined, 2, 'system', 'largest'],
      ['yes', 'big', 'system', 'standard'],
    ];
    for (const [darkMode, fontScale, theme, textSize] of cases) {
      const result = migrateDocument('settings', {
        schemaVersion: 1,
        traineeName: 'x',
        darkMode,
        fontScale,
        dyslexiaFont: false,
      });
      expect(result.ok && result.value).toMatchObject({ theme, textSize });
    }
  });

  it('does not change the file it was given', () => {
    const older = fixture('settings', 1) as Record<string, unknown>;
    const copy = structuredClone(older);
    migrateDocument('settings', older);
    expect(older).toEqual(copy);
  });

  it('says why a file cannot be upgraded', () => {
    expect(migrateDocument('settings', [1, 2])).toEqual({ ok: false, problem: { kind: 'not-an-object' } });
    expect(migrateDocument('settings', { traineeName: 'x' })).toEqual({
      ok: false,
      problem: { kind: 'no-version' },
    });
    expect(migrateDocument('attempt', { schemaVersion: 9 })).toEqual({
      ok: false,
      problem: { kind: 'too-new', version: 9 },
    });
    expect(migrateDocument('settings', { schemaVersion: 0 })).toEqual({
      ok: false,
      problem: { kind: 'no-version' },
    });
  });
});
