import type { MigrationStep } from './registry';

/**
 * Settings v1 (the first release) kept a tri-state `darkMode` (null meant "follow the system"), a free
 * `fontScale` multiplier and `dyslexiaFont`. v2 names a theme, offers four text sizes and adds the
 * autosave delay and case-file split.
 */
function textSizeFor(fontScale: unknown): string {
  if (typeof fontScale !== 'number' || !Number.isFinite(fontScale)) return 'standard';
  // Round to the nearest offered size so someone who had chosen 1.3 keeps roughly what they saw.
  if (fontScale >= 1.75) return 'largest';
  if (fontScale >= 1.375) return 'larger';
  if (fontScale >= 1.125) return 'large';
  return 'standard';
}

function themeFor(darkMode: unknown): string {
  if (darkMode === true) return 'dark';
  if (darkMode === false) return 'light';
  return 'system';
}

const settingsV1ToV2: MigrationStep = (older) => ({
  schemaVersion: 2,
  traineeName: typeof older.traineeName === 'string' ? older.traineeName.slice(0, 120) : '',
  theme: themeFor(older.darkMode),
  textSize: textSizeFor(older.fontScale),
  dyslexiaFriendlyFont: older.dyslexiaFont === true,
  autosaveDelayMs: 800,
  caseFileSplit: 0.45,
});

export const settingsSteps: Readonly<Record<number, MigrationStep>> = { 1: settingsV1ToV2 };
