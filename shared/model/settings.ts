import { z } from 'zod';

export const SETTINGS_SCHEMA_VERSION = 2;

export const themes = ['system', 'light', 'dark'] as const;
export const textSizes = ['standard', 'large', 'larger', 'largest'] as const;

/** Percent of the base size each text-size choice applies; 'largest' reaches the 200% WCAG asks for. */
export const textSizeScale: Record<(typeof textSizes)[number], number> = {
  standard: 100,
  large: 125,
  larger: 150,
  largest: 200,
};

export const settingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  traineeName: z.string().max(120),
  theme: z.enum(themes),
  textSize: z.enum(textSizes),
  dyslexiaFriendlyFont: z.boolean(),
  /** Quiet time after the last keystroke before an answer is written to disk. */
  autosaveDelayMs: z.number().int().min(200).max(5000),
  /** Share of the workspace width the case file takes when shown beside the template. */
  caseFileSplit: z.number().min(0.2).max(0.8),
  /**
   * The first-run welcome is still to be shown. A fresh install starts with it true; a settings file written
   * before the welcome existed has no such field and reads as false, so people already using the app are
   * not welcomed again (no migration needed).
   */
  showWelcome: z.boolean().default(false),
});

export type Settings = z.infer<typeof settingsSchema>;

/**
 * Settings that say who the trainee is. While encryption is on they are kept encrypted; the rest (appearance,
 * timings) stays readable because it is needed before the key is.
 */
export const personalSettingKeys = ['traineeName'] as const satisfies ReadonlyArray<keyof Settings>;

export const defaultSettings: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  traineeName: '',
  theme: 'system',
  textSize: 'standard',
  dyslexiaFriendlyFont: false,
  autosaveDelayMs: 800,
  caseFileSplit: 0.45,
  showWelcome: true,
};

export const settingsPatchSchema = settingsSchema.omit({ schemaVersion: true }).partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
