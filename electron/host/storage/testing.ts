import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultFileIo } from './file-system';
import { fileStoreWith } from './file-store';
import type { CreateJsonStore, Dialogs, HostDeps } from '../ports';

/**
 * Building blocks for host tests, the reliability script and the loopback harness: a temp data folder,
 * a clock that only moves when told, predictable ids and dialogs that answer what the test says.
 */
export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
  set(iso: string): void;
}

export function testClock(startIso = '2026-11-23T14:02:00.000Z'): TestClock {
  let at = Date.parse(startIso);
  return {
    now: () => new Date(at),
    advance: (ms) => {
      at += ms;
    },
    set: (iso) => {
      at = Date.parse(iso);
    },
  };
}

/** Ids shaped like the real ones (lower-case, dashes), counting up so tests can predict them. */
export function sequentialIds(prefix = 'test'): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}-${String(n).padStart(6, '0')}`;
  };
}

export function tempDataDir(label = 'casework'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
}

export const refusingDialogs: Dialogs = {
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null,
};

export function testHostDeps(overrides: Partial<HostDeps> = {}): HostDeps & { clock: TestClock } {
  const clock = testClock();
  return {
    dataDir: overrides.dataDir ?? tempDataDir(),
    // Tests that turn folder flushes off for speed get a store that skips them too.
    createStore: fileStoreWith({ ...defaultFileIo, syncFolders: overrides.storage?.fsyncFolders ?? true }),
    dialogs: refusingDialogs,
    now: clock.now,
    newId: sequentialIds(),
    log: () => undefined,
    ...overrides,
    clock,
  };
}

/**
 * A store factory whose writes fail with a given system error once `failing()` answers true: the way
 * to test a full disk or a read-only folder when running as root (where chmod does not stop writes).
 */
export function failingWrites(
  inner: CreateJsonStore,
  code: string,
  failing: (configName: string) => boolean = () => true,
): CreateJsonStore {
  return (options) => {
    const store = inner(options);
    return {
      path: store.path,
      get store() {
        return store.store;
      },
      set store(value: Record<string, unknown>) {
        if (failing(options.configName)) {
          throw Object.assign(new Error(`${code}: simulated failure, write '${store.path}'`), { code });
        }
        store.store = value;
      },
    };
  };
}
