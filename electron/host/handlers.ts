import type { HandlerTable } from './handler-types';
import type { HostServices } from './services';
import { createEncryptionHandlers } from './encryption/handlers';
import { createStorageHandlers } from './storage/handlers';
import { createPdfHandlers } from './pdf/handlers';
import { createReviewHandlers } from './review/handlers';
import { createSupervisionPdfHandlers } from './review/supervision-pdf';
import { createWorkspaceHandlers } from './workspace/handlers';
import { createTemplateHandlers } from './templates/handlers';

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
