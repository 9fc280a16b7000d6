import type { HandlerTable } from '../handler-types';
import type { SettingsService } from './service';

export type SettingsMethod = 'getSettings' | 'updateSettings' | 'getStartupNotices' | 'checkAttemptFiles';

export type SettingsHandlers = Pick<HandlerTable, SettingsMethod>;

/** This area's part of the handler table, from the storage `createHost` opened. */
export function createSettingsHandlers(services: { storage: SettingsService }): SettingsHandlers {
  const { storage } = services;
  return {
    getSettings: async () => storage.getSettings(),
    updateSettings: (patch) => storage.updateSettings(patch),
    getStartupNotices: async () => ({ notices: [...storage.notices] }),
    checkAttemptFiles: async () => ({ notices: await storage.checkAttemptFiles() }),
  };
}
