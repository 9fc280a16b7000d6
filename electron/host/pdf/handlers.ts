import type { Handler } from '../handler-types';
import type { PdfService } from './service';

export interface PdfHandlers {
  exportAttemptPdf: Handler<'exportAttemptPdf'>;
  exportAttemptFile: Handler<'exportAttemptFile'>;
  preparePdfExport: Handler<'preparePdfExport'>;
  importAttemptFile: Handler<'importAttemptFile'>;
}

export function pdfHandlersFor(service: PdfService): PdfHandlers {
  return {
    exportAttemptPdf: (payload) => service.exportAttemptPdf(payload),
    exportAttemptFile: (payload) => service.exportAttemptFile(payload),
    preparePdfExport: () => service.preparePdfExport(),
    importAttemptFile: () => service.importAttemptFile(),
  };
}

/** This area's part of the handler table, from the service `createHost` built. */
export function createPdfHandlers(services: { pdf: PdfService }): PdfHandlers {
  return pdfHandlersFor(services.pdf);
}
