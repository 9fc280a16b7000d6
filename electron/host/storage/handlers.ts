import type { HandlerTable } from '../handler-types';
import type { Storage } from './storage';

/** The contract methods this module answers; the rest of the table comes from other areas. */
export type StorageMethod =
  | 'getSettings'
  | 'updateSettings'
  | 'getStartupNotices'
  | 'listAttempts'
  | 'createAttempt'
  | 'getAttempt'
  | 'saveAttempt'
  | 'deleteAttempt'
  | 'restoreDeletedAttempt';

export type StorageHandlers = Pick<HandlerTable, StorageMethod>;

export function createStorageHandlers(storage: Storage): StorageHandlers {
  return {
    getSettings: async () => storage.getSettings(),
    updateSettings: (patch) => storage.updateSettings(patch),
    getStartupNotices: async () => ({ notices: [...storage.notices] }),
    listAttempts: async () => ({ entries: storage.listAttempts() }),
    createAttempt: (request) => storage.createAttempt(request),
    getAttempt: ({ id }) => storage.getAttempt(id),
    saveAttempt: (request) => storage.saveAttempt(request),
    deleteAttempt: async ({ id }) => {
      await storage.deleteAttempt(id);
      return { deleted: true as const };
    },
    restoreDeletedAttempt: ({ id }) => storage.restoreDeletedAttempt(id).then((entry) => ({ entry })),
  };
}
