import type { Storage } from '../storage/storage';

/**
 * Settings and start-up notices are kept by storage (settings.json, and what opening it repaired): this
 * names the part of it the settings channels use, so the handlers ask for no more than that.
 */
export type SettingsService = Pick<
  Storage,
  'getSettings' | 'updateSettings' | 'notices' | 'checkAttemptFiles'
>;
