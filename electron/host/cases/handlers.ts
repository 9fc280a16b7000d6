import type { HandlerTable } from '../handler-types';
import type { CaseService } from './service';

export type CaseHandlers = Pick<
  HandlerTable,
  'listCases' | 'getCase' | 'saveCase' | 'exportCase' | 'importCase' | 'addCaseToLibrary'
>;

/** This area's part of the handler table; the service itself is built with the host (services.ts). */
export function createCaseHandlers(services: { cases: CaseService }): CaseHandlers {
  const { cases } = services;
  return {
    listCases: () => cases.listCases(),
    getCase: (payload) => cases.getCase(payload.caseId, payload.version),
    saveCase: (payload) => cases.saveCase(payload.practiceCase),
    exportCase: (payload) => cases.exportCase(payload.caseId, payload.version),
    importCase: () => cases.importCase(),
    addCaseToLibrary: (payload) => cases.addCaseToLibrary(payload.caseId),
  };
}
