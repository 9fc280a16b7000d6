import type { Settings } from '@shared/model/settings';
import type { HandlerTable } from '../handler-types';
import type { HostDeps } from '../ports';
import type { SettingsService } from './service';

export type SettingsMethod =
  'getSettings' | 'updateSettings' | 'getStartupNotices' | 'checkAttemptFiles' | 'reportProblem';

export type SettingsHandlers = Pick<HandlerTable, SettingsMethod>;

/** This area's part of the handler table, from the storage `createHost` opened. */
export function createSettingsHandlers(services: {
  storage: SettingsService;
  deps: Pick<HostDeps, 'log' | 'onSettingsChanged'>;
}): SettingsHandlers {
  const { storage, deps } = services;
  const changed = (settings: Settings) => {
    try {
      deps.onSettingsChanged?.(settings);
    } catch (error) {
      // The shell's follow-up (the native theme) must never turn a saved change into a failed one.
      deps.log?.('Could not apply changed settings', error);
    }
    return settings;
  };
  return {
    getSettings: async () => storage.getSettings(),
    updateSettings: async (patch) => changed(await storage.updateSettings(patch)),
    reportProblem: async ({ kind, message, stack, where }) => {
      const log = deps.log ?? ((text: string, detail?: unknown) => console.warn(text, detail ?? ''));
      log(`Renderer ${kind}${where ? ` on ${where}` : ''}: ${message}`, stack);
      return {};
    },
    getStartupNotices: async () => ({ notices: [...storage.notices] }),
    checkAttemptFiles: async () => ({ notices: await storage.checkAttemptFiles() }),
  };
}
