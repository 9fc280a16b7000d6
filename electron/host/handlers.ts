import type { MethodName } from '@shared/contract';
import type { HandlerContext, HandlerTable } from './handler-types';
import { createAttemptsHandlers } from './attempts/handlers';
import { createCaseHandlers } from './cases/handlers';
import type { CaseService } from './cases/service';
import type { AtRestEncryption } from './encryption/at-rest';
import { createEncryptionHandlers } from './encryption/handlers';
import { createPdfHandlers } from './pdf/handlers';
import type { PdfService } from './pdf/service';
import type { HostDeps } from './ports';
import { createCohortHandlers, createReviewHandlers } from './review/handlers';
import type { CohortService } from './review/cohort';
import { createImportHandlers } from './imports/handlers';
import type { ImportService } from './imports/service';
import type { ImportedCopiesService } from './review/imported-copies';
import type { ReviewPdfService } from './review/review-pdf';
import type { ReviewService } from './review/service';
import { createSettingsHandlers } from './settings/handlers';
import type { Storage } from './storage/storage';
import { createSupervisionHandlers } from './supervision/handlers';
import type { SupervisionService } from './supervision/service';
import type { SupervisionPdfExport } from './supervision/supervision-pdf';
import { createTemplateHandlers } from './templates/handlers';
import type { TemplateService } from './templates/service';
import { createWorkspaceHandlers } from './workspace/handlers';
import { createCaseDocumentHandlers } from './docx/handlers';
import type { CaseDocumentService } from './docx/service';
import type { WorkspaceService } from './workspace/service';

/**
 * What handlers may use, every service built once by `createHost`: handler factories only map channels
 * onto them, so no area builds a service of its own behind the host's back.
 */
export interface HostServices {
  /** As given, except `createStore`, which is the encryption-at-rest wrapper every service must write through. */
  deps: HostDeps;
  storage: Storage;
  encryption: AtRestEncryption;
  /** Built-in and tutors' templates: the one place the host resolves a template id (and version). */
  templates: TemplateService;
  /** Built-in and tutors' cases, every version: the one place the host resolves a case id (and version). */
  cases: CaseService;
  /** Attempt PDFs and attempt files (export and import). */
  pdf: PdfService;
  /** Reviews and the shared files that carry them. */
  reviews: ReviewService;
  reviewPdf: ReviewPdfService;
  importedCopies: ImportedCopiesService;
  /** The tutor's cohort of trainees' imported work, and its debriefs. */
  cohort: CohortService;
  /** Many files at once, a folder, and the watched folder (through the reviews' one import). */
  imports: ImportService;
  supervision: SupervisionService;
  supervisionPdf: SupervisionPdfExport;
  /** Duplicating and renaming attempts. */
  workspace: WorkspaceService;
  /** Word documents brought into a case the tutor is writing. */
  caseDocuments: CaseDocumentService;
}

/**
 * What may answer before the whole library index has been read (start-up lists from its head, decision
 * 0028): the first screen's own requests, none of which uses the list of attempts. `listAttempts` and
 * `checkAttemptFiles` wait for the whole index themselves when they need it.
 */
export const answeredBeforeLibraryRead: ReadonlySet<MethodName> = new Set<MethodName>([
  'getSettings',
  'updateSettings',
  'getStartupNotices',
  'reportProblem',
  'checkAttemptFiles',
  'listAttempts',
  'listTemplates',
  'listCases',
]);

/**
 * Every other method waits for the whole index first, so no service acts on the newest page of the list
 * as if it were the library. One wrapper here rather than a wait in each service: a new method is covered
 * without anyone remembering to.
 */
function afterLibraryRead(table: HandlerTable, storage: Pick<Storage, 'whenLibraryRead'>): HandlerTable {
  const gated: Record<string, unknown> = {};
  for (const [method, handler] of Object.entries(table) as Array<
    [MethodName, (payload: unknown, ctx: HandlerContext) => Promise<unknown>]
  >) {
    gated[method] = answeredBeforeLibraryRead.has(method)
      ? handler
      : async (payload: unknown, ctx: HandlerContext) => {
          await storage.whenLibraryRead();
          return handler(payload, ctx);
        };
  }
  // The keys and handlers are the table's own, each wrapped with the same signature.
  return gated as HandlerTable;
}

/**
 * The one handler table both transports dispatch to (electron/ipc.ts and e2e/harness). Each area builds
 * its part in its own module; this only merges them, and the HandlerTable type makes a missing or extra
 * method a compile error.
 */
export function createHandlers(services: HostServices): HandlerTable {
  return afterLibraryRead(areaHandlers(services), services.storage);
}

function areaHandlers(services: HostServices): HandlerTable {
  return {
    ...createSettingsHandlers(services),
    ...createAttemptsHandlers(services),
    ...createEncryptionHandlers(services.encryption, () => services.storage.flush()),
    ...createPdfHandlers(services),
    ...createWorkspaceHandlers(services),
    ...createReviewHandlers(services),
    ...createCohortHandlers(services),
    ...createImportHandlers(services),
    ...createSupervisionHandlers(services),
    ...createTemplateHandlers(services),
    ...createCaseDocumentHandlers(services),
    ...createCaseHandlers(services),
  };
}
