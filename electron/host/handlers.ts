import type { HandlerTable } from './handler-types';
import type { AtRestEncryption } from './encryption/at-rest';
import type { HostDeps } from './ports';
import type { Storage } from './storage/storage';
import type { TemplateService } from './templates/service';
import { createEncryptionHandlers } from './encryption/handlers';
import { createStorageHandlers } from './storage/handlers';
import { createPdfHandlers } from './pdf/handlers';
import { createReviewHandlers } from './review/handlers';
import { createSupervisionPdfHandlers } from './review/supervision-pdf';
import { createWorkspaceHandlers } from './workspace/handlers';
import { createTemplateHandlers } from './templates/handlers';

/** What handlers may use, built once by `createHost`. Areas add their services here as they land. */
export interface HostServices {
  /** As given, except `createStore`, which is the encryption-at-rest wrapper every service must write through. */
  deps: HostDeps;
  storage: Storage;
  encryption: AtRestEncryption;
  /** Built-in and tutors' templates: the one place the host resolves a template id (and version). */
  templates: TemplateService;
}

/**
 * The one handler table both transports dispatch to (electron/ipc.ts and e2e/harness). Each area builds
 * its part in its own module; this only merges them, and the HandlerTable type makes a missing or extra
 * method a compile error.
 */
export function createHandlers(services: HostServices): HandlerTable {
  return {
    ...createStorageHandlers(services.storage),
    ...createEncryptionHandlers(services.encryption, () => services.storage.flush()),
    ...createPdfHandlers(services),
    ...createWorkspaceHandlers(services.storage, services.deps.log),
    ...createReviewHandlers(services),
    ...createSupervisionPdfHandlers(services),
    ...createTemplateHandlers(services),
  };
}
