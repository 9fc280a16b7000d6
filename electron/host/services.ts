import type { Notice } from '../../shared/model/notices';
import type { HostDeps } from './ports';
import { openAtRestEncryption } from './encryption/at-rest';
import { createHandlers } from './handlers';
import type { HostServices } from './handlers';
import type { HandlerTable } from './handler-types';
import { openStorage } from './storage/storage';
import type { Storage } from './storage/storage';
import { createTemplateService } from './templates/service';

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
 * dialogs; tests and the harness pass `createConfStore`, a temp folder and fake dialogs.
 */
export async function createHost(given: HostDeps): Promise<Host> {
  // Throws KeyUnavailableError (a plain message) when saved work is encrypted and its key cannot be unsealed:
  // nothing is opened, so no encrypted file is mistaken for a damaged one.
  const encryption = openAtRestEncryption({
    dataDir: given.dataDir,
    inner: given.createStore,
    protector: given.keyProtector,
  });
  const deps: HostDeps = { ...given, createStore: encryption.createStore };
  const storage = await openStorage(
    { dataDir: deps.dataDir, createStore: deps.createStore, now: deps.now, newId: deps.newId, log: deps.log },
    deps.storage,
  );
  const templates = createTemplateService({
    dataDir: deps.dataDir,
    createStore: deps.createStore,
    dialogs: deps.dialogs,
    now: deps.now,
    newId: deps.newId,
    log: deps.log ?? ((message, error) => console.warn(message, error ?? '')),
    attempts: storage,
    ...(deps.storage?.fsyncFolders === undefined ? {} : { fsyncFolders: deps.storage.fsyncFolders }),
  });
  // Loaded before any handler runs, so PDF export and review resolve tutors' templates synchronously.
  await templates.ready();
  const services: HostServices = { deps, storage, encryption, templates };
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
