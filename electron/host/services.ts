import type { Notice } from '@shared/model/notices';
import type { HostDeps } from './ports';
import { openAtRestEncryption } from './encryption/at-rest';
import { createHandlers } from './handlers';
import type { HostServices } from './handlers';
import type { HandlerTable } from './handler-types';
import { openStorage } from './storage/storage';
import type { Storage } from './storage/storage';
import { saveImportedWith } from './pdf/save-imported';
import { createWorkerPdfRunner, pdfWorkerEntry } from './pdf/pdf-runner';
import { createPdfService } from './pdf/service';
import { createCohortService } from './review/cohort';
import { createImportedCopiesService, createImportedCopyStore } from './review/imported-copies';
import type { RecordStoreCommon } from './review/record-store';
import { createReviewPdfService } from './review/review-pdf';
import { createReviewService, createReviewStore } from './review/service';
import { createArchiveParts } from './review/work-archive-parts';
import { createImportService } from './imports/service';
import { createSupervisionService } from './supervision/service';
import { createSupervisionPdfExport } from './supervision/supervision-pdf';
import { createTemplateService } from './templates/service';
import { createCaseService } from './cases/service';
import { createWorkspaceService } from './workspace/service';
import { createCaseDocumentService } from './docx/service';

export type { HostServices };

export interface Host {
  handlers: HandlerTable;
  /** What start-up repaired or restored (the same list `getStartupNotices` answers). */
  notices: readonly Notice[];
  services: HostServices;
  storage: Storage;
  /** Finishes queued saves and writes pending index changes; call before the process exits. */
  close(): Promise<void>;
}

/**
 * Builds the host from injected pieces: the shell passes electron-store, the userData folder and native
 * dialogs; tests and the harness pass `createFileStore`, a temp folder and fake dialogs.
 */
export async function createHost(given: HostDeps): Promise<Host> {
  // Throws KeyUnavailableError (a plain message) when saved work is encrypted and its key cannot be unsealed:
  // nothing is opened, so no encrypted file is mistaken for a damaged one.
  const encryption = openAtRestEncryption({
    dataDir: given.dataDir,
    inner: given.createStore,
    protector: given.keyProtector,
    ...(given.files ? { io: given.files } : {}),
  });
  const deps: HostDeps = { ...given, createStore: encryption.createStore };
  const storage = await openStorage(
    { dataDir: deps.dataDir, createStore: deps.createStore, now: deps.now, newId: deps.newId, log: deps.log },
    deps.storage,
  );
  const log = deps.log ?? ((message: string, error?: unknown) => console.warn(message, error ?? ''));
  const fsync = deps.storage?.fsyncFolders === undefined ? {} : { fsyncFolders: deps.storage.fsyncFolders };
  const templates = createTemplateService({
    dataDir: deps.dataDir,
    createStore: deps.createStore,
    dialogs: deps.dialogs,
    now: deps.now,
    newId: deps.newId,
    log,
    attempts: storage,
    ...fsync,
  });
  // Loaded before any handler runs, so PDF export and review resolve tutors' templates synchronously.
  await templates.ready();
  // Record stores read their folders on first use, not here, so building them costs nothing at start-up.
  const records: RecordStoreCommon = {
    dataDir: deps.dataDir,
    createStore: deps.createStore,
    now: deps.now,
    newId: deps.newId,
    log,
    ...fsync,
  };
  // Every PDF is made in one worker thread with its own heap and time limits (decision 0007).
  const pdfRunner = createWorkerPdfRunner({ entry: pdfWorkerEntry(), ...deps.pdfWorker, log });
  const cases = createCaseService({
    records,
    dialogs: deps.dialogs,
    templates: () => templates.templatesFor(),
  });
  // Loaded before any handler runs too, so an attempt's case (at its version) resolves synchronously.
  await cases.ready();
  const findCase = (caseId: string, version?: number) => cases.resolve(caseId, version);
  const reviewStore = createReviewStore(records);
  const copies = createImportedCopyStore(records);
  const supervision = createSupervisionService(records);
  const reviews = createReviewService({
    dialogs: deps.dialogs,
    now: deps.now,
    storage,
    reviews: reviewStore,
    copies,
    templates: templates.templatesFor,
    findCase,
    cases,
    archiveParts: createArchiveParts({ templates, cases, supervision: supervision.store }),
  });
  const services: HostServices = {
    deps,
    storage,
    encryption,
    templates,
    cases,
    pdf: createPdfService({
      dialogs: deps.dialogs,
      now: deps.now,
      storage,
      saveImportedAttempt: saveImportedWith(storage),
      templates: templates.templatesFor,
      runner: pdfRunner,
      findCase,
    }),
    reviews,
    imports: createImportService({
      dialogs: deps.dialogs,
      now: deps.now,
      reviews,
      createStore: deps.createStore,
      dataDir: deps.dataDir,
      ...(deps.folderWatch ? { folderWatch: deps.folderWatch } : {}),
      ...(deps.timers ? { timers: deps.timers } : {}),
      log,
    }),
    reviewPdf: createReviewPdfService({
      dialogs: deps.dialogs,
      now: deps.now,
      storage,
      reviews: reviewStore,
      copies,
      templates: templates.templatesFor,
      runner: pdfRunner,
      findCase,
    }),
    importedCopies: createImportedCopiesService(copies),
    cohort: createCohortService({
      dialogs: deps.dialogs,
      now: deps.now,
      storage,
      copies,
      // Called only once the services are built (on a request), never while this object is being made.
      fillReviewSummaries: () => services.reviews.listReviewSummaries(),
      templates: templates.templatesFor,
      runner: pdfRunner,
      findCase,
    }),
    supervision,
    supervisionPdf: createSupervisionPdfExport({
      dialogs: deps.dialogs,
      // Tutors' templates too, so a note about one of their items is named by its prompt.
      templates: () => templates.templatesFor(),
      runner: pdfRunner,
    }),
    workspace: createWorkspaceService(storage, deps.log, findCase),
    caseDocuments: createCaseDocumentService({ dialogs: deps.dialogs }),
  };
  // A folder the tutor asked to be watched stays watched from one run of the app to the next.
  services.imports.resume();
  return {
    handlers: createHandlers(services),
    get notices() {
      return storage.notices;
    },
    services,
    storage,
    close: async () => {
      await services.imports.close();
      await pdfRunner.close();
      await storage.close();
    },
  };
}
