import type { HostDeps } from '../ports';
import type { HandlerTable } from '../handler-types';
import { createReviewService } from './service';
import type { ReviewService, ReviewServiceDeps, ReviewStorage } from './service';

export type ReviewMethod =
  | 'listReviews'
  | 'saveReview'
  | 'deleteReview'
  | 'carryReview'
  | 'exportReviewFile'
  | 'importReviewFile'
  | 'exportReviewPdf'
  | 'listImportedCopies'
  | 'listSupervisionRecords'
  | 'saveSupervisionRecord'
  | 'deleteSupervisionRecord';

export type ReviewHandlers = Pick<HandlerTable, ReviewMethod>;

export function reviewHandlersFor(service: ReviewService): ReviewHandlers {
  return {
    listReviews: (payload) => service.listReviews(payload),
    saveReview: (payload) => service.saveReview(payload),
    deleteReview: (payload) => service.deleteReview(payload),
    carryReview: (payload) => service.carryReview(payload),
    exportReviewFile: (payload) => service.exportReviewFile(payload),
    importReviewFile: (payload) => service.importReviewFile(payload),
    exportReviewPdf: (payload) => service.exportReviewPdf(payload),
    listImportedCopies: () => service.listImportedCopies(),
    listSupervisionRecords: () => service.listSupervisionRecords(),
    saveSupervisionRecord: (payload) => service.saveSupervisionRecord(payload),
    deleteSupervisionRecord: (payload) => service.deleteSupervisionRecord(payload),
  };
}

/** This area's part of the handler table. Its files are read on first use, not at start-up. */
export function createReviewHandlers(services: {
  deps: Pick<HostDeps, 'dataDir' | 'createStore' | 'dialogs' | 'now' | 'newId' | 'log' | 'storage'>;
  storage: ReviewStorage;
  templates?: { templatesFor: NonNullable<ReviewServiceDeps['templates']> };
}): ReviewHandlers {
  const { deps } = services;
  return reviewHandlersFor(
    createReviewService({
      dataDir: deps.dataDir,
      createStore: deps.createStore,
      dialogs: deps.dialogs,
      now: deps.now,
      newId: deps.newId,
      log: deps.log ?? ((message, error) => console.warn(message, error ?? '')),
      storage: services.storage,
      ...(services.templates ? { templates: services.templates.templatesFor } : {}),
      ...(deps.storage?.fsyncFolders === undefined ? {} : { fsyncFolders: deps.storage.fsyncFolders }),
    }),
  );
}
