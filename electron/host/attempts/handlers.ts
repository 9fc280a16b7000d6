import type { HandlerTable } from '../handler-types';
import type { AttemptsService } from './service';

/** The contract methods this module answers; the rest of the table comes from other areas. */
export type AttemptsMethod =
  'listAttempts' | 'createAttempt' | 'getAttempt' | 'saveAttempt' | 'deleteAttempt' | 'restoreDeletedAttempt';

export type AttemptsHandlers = Pick<HandlerTable, AttemptsMethod>;

/** This area's part of the handler table, from the storage `createHost` opened. */
export function createAttemptsHandlers(services: { storage: AttemptsService }): AttemptsHandlers {
  const { storage } = services;
  return {
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
