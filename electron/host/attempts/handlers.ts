import type { HandlerTable } from '../handler-types';
import type { AttemptsService } from './service';

/** The contract methods this module answers; the rest of the table comes from other areas. */
export type AttemptsMethod =
  | 'listAttempts'
  | 'createAttempt'
  | 'getAttempt'
  | 'saveAttempt'
  | 'deleteAttempt'
  | 'listDeletedAttempts'
  | 'restoreDeletedAttempt';

export type AttemptsHandlers = Pick<HandlerTable, AttemptsMethod>;

/** This area's part of the handler table, from the storage `createHost` opened. */
export function createAttemptsHandlers(services: {
  storage: AttemptsService;
  /** Which version of a case a new attempt records when the request does not say. */
  cases?: { latestVersion(caseId: string): number | undefined };
}): AttemptsHandlers {
  const { storage, cases } = services;
  return {
    listAttempts: async ({ firstPaint }) => {
      if (firstPaint) return storage.listForFirstPaint();
      await storage.whenLibraryRead();
      const entries = storage.listAttempts();
      return { entries, complete: true, total: entries.length };
    },
    createAttempt: (request) => {
      const { caseVersion, ...rest } = request;
      const version =
        request.caseId === null ? undefined : (caseVersion ?? cases?.latestVersion(request.caseId));
      return storage.createAttempt(version === undefined ? rest : { ...rest, caseVersion: version });
    },
    getAttempt: ({ id }) => storage.getAttempt(id),
    saveAttempt: (request) => storage.saveAttempt(request),
    deleteAttempt: async ({ id }) => {
      await storage.deleteAttempt(id);
      return { deleted: true as const };
    },
    listDeletedAttempts: async () => ({ entries: storage.listDeletedAttempts() }),
    restoreDeletedAttempt: ({ id }) => storage.restoreDeletedAttempt(id).then((entry) => ({ entry })),
  };
}
