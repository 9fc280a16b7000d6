import type { HandlerTable } from '../handler-types';
import type { ImportService } from './service';

export type ImportMethod =
  'importFiles' | 'importFolder' | 'watchFolder' | 'stopWatchingFolder' | 'watchStatus';

export type ImportHandlers = Pick<HandlerTable, ImportMethod>;

/** This area's part of the handler table, from the service `createHost` built. */
export function createImportHandlers(services: { imports: ImportService }): ImportHandlers {
  const { imports } = services;
  return {
    importFiles: (payload) => imports.importFiles(payload),
    importFolder: () => imports.importFolder(),
    watchFolder: () => imports.watchFolder(),
    stopWatchingFolder: () => imports.stopWatchingFolder(),
    watchStatus: (payload) => imports.watchStatus(payload),
  };
}
