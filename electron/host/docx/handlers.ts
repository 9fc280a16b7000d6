import type { HandlerTable } from '../handler-types';
import type { CaseDocumentService } from './service';

export type CaseDocumentHandlers = Pick<HandlerTable, 'importCaseDocumentDocx'>;

export function createCaseDocumentHandlers(services: {
  caseDocuments: CaseDocumentService;
}): CaseDocumentHandlers {
  return { importCaseDocumentDocx: () => services.caseDocuments.importDocx() };
}
