import type { HandlerTable } from '../handler-types';
import type { SupervisionService } from './service';
import type { SupervisionPdfExport } from './supervision-pdf';

export type SupervisionMethod =
  'listSupervisionRecords' | 'saveSupervisionRecord' | 'deleteSupervisionRecord' | 'exportSupervisionPdf';

export type SupervisionHandlers = Pick<HandlerTable, SupervisionMethod>;

/** This area's part of the handler table, from the services `createHost` built. */
export function createSupervisionHandlers(services: {
  supervision: SupervisionService;
  supervisionPdf: SupervisionPdfExport;
}): SupervisionHandlers {
  const { supervision, supervisionPdf } = services;
  return {
    listSupervisionRecords: () => supervision.listSupervisionRecords(),
    saveSupervisionRecord: (payload) => supervision.saveSupervisionRecord(payload),
    deleteSupervisionRecord: (payload) => supervision.deleteSupervisionRecord(payload),
    exportSupervisionPdf: (payload) => supervisionPdf.exportSupervisionPdf(payload),
  };
}
