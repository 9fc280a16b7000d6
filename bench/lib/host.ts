/** A whole host on a bench data folder, called through its handler table as the renderer calls it. */
import { createFileStore } from '@host/storage/file-store';
import { dispatch } from '@host/dispatch';
import { createHost } from '@host/services';
import type { Host } from '@host/services';
import { refusingDialogs } from '@host/storage/testing';
import { storageDeps } from './attempts';

export function openHost(dataDir: string): Promise<Host> {
  const deps = storageDeps(dataDir);
  return createHost({
    dataDir,
    createStore: createFileStore,
    dialogs: refusingDialogs,
    now: deps.now,
    newId: deps.newId,
    log: () => undefined,
  });
}

export async function call<T>(host: Host, method: string, payload: unknown): Promise<T> {
  const envelope = await dispatch(host.handlers, method, payload, { transport: 'harness' }, () => undefined);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}
