import type { Notice } from '../../shared/model/notices';
import type { HostDeps } from './deps';
import { createHandlers } from './handlers';
import type { HandlerTable } from './handler-types';
import { openStorage } from './storage/storage';
import type { Storage } from './storage/storage';

/** What handlers may use. Areas add their services here as they land (pdf, cases, ...). */
export interface HostServices {
  deps: HostDeps;
  storage: Storage;
}

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
 * dialogs; tests and the harness pass `createConfStore`, a temp folder and fake dialogs.
 */
export async function createHost(deps: HostDeps): Promise<Host> {
  const storage = await openStorage(
    { dataDir: deps.dataDir, createStore: deps.createStore, now: deps.now, newId: deps.newId, log: deps.log },
    deps.storage,
  );
  const services: HostServices = { deps, storage };
  return {
    handlers: createHandlers(services),
    get notices() {
      return storage.notices;
    },
    services,
    storage,
    close: () => storage.close(),
  };
}
