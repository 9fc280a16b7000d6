import type { HandlerTable } from '../handler-types';
import type { CohortService } from './cohort';
import type { ImportedCopiesService } from './imported-copies';
import type { ReviewPdfService } from './review-pdf';
import type { ReviewService } from './service';

export type ReviewMethod =
  | 'listReviews'
  | 'saveReview'
  | 'deleteReview'
  | 'carryReview'
  | 'exportReviewFile'
  | 'exportAllWork'
  | 'importAllWork'
  | 'importReviewFile'
  | 'exportReviewPdf'
  | 'listImportedCopies'
  | 'listProgress'
  | 'listReviewSummaries';

export type ReviewHandlers = Pick<HandlerTable, ReviewMethod>;

/** The cohort's part of the handler table (the tutor's view of many trainees' imported work). */
export function createCohortHandlers(services: {
  cohort: CohortService;
}): Pick<HandlerTable, 'listCohort' | 'exportDebriefPdf'> {
  return {
    listCohort: () => services.cohort.listCohort(),
    exportDebriefPdf: (payload) => services.cohort.exportDebriefPdf(payload),
  };
}

/** This area's part of the handler table, from the services `createHost` built. */
export function createReviewHandlers(services: {
  reviews: ReviewService;
  reviewPdf: ReviewPdfService;
  importedCopies: ImportedCopiesService;
}): ReviewHandlers {
  const { reviews, reviewPdf, importedCopies } = services;
  return {
    listReviews: (payload) => reviews.listReviews(payload),
    saveReview: (payload) => reviews.saveReview(payload),
    deleteReview: (payload) => reviews.deleteReview(payload),
    carryReview: (payload) => reviews.carryReview(payload),
    exportReviewFile: (payload) => reviews.exportReviewFile(payload),
    exportAllWork: () => reviews.exportAllWork(),
    importAllWork: () => reviews.importAllWork(),
    importReviewFile: (payload) => reviews.importReviewFile(payload),
    exportReviewPdf: (payload) => reviewPdf.exportReviewPdf(payload),
    listImportedCopies: () => importedCopies.listImportedCopies(),
    listProgress: () => reviews.listProgress(),
    listReviewSummaries: () => reviews.listReviewSummaries(),
  };
}
