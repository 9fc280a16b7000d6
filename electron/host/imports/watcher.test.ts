import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Envelope, ResponseOf } from '@shared/contract';
import type { FolderWatchPort } from '../ports';
import { dispatch } from '../dispatch';
import { createHost } from '../services';
import type { Host } from '../services';
import { sequentialIds, tempDataDir, testHostDeps } from '../storage/testing';
import { traineeFile } from './__fixtures__/cohort-files';
import { FakeTime, flush } from './__fixtures__/fake-time';
import { FolderWatcher } from './watcher';
import type { WatchedFile } from './watcher';

/** A folder in memory: the test sets each file's size and modified time as a writer would. */
function fakeFolder() {
  const files = new Map<string, { size: number; mtimeMs: number }>();
  let lists = 0;
  return {
    files,
    get lists() {
      return lists;
    },
    write(name: string, size: number, mtimeMs: number) {
      files.set(name, { size, mtimeMs });
    },
    list: async (): Promise<WatchedFile[]> => {
      lists += 1;
      return [...files].map(([name, info]) => ({ path: `/watched/${name}`, shown: name, ...info }));
    },
  };
}

function hintPort() {
  let hint: (() => void) | null = null;
  let stopped = false;
  const port: FolderWatchPort = {
    watch: (_folder, changed) => {
      hint = changed;
      return () => {
        stopped = true;
      };
    },
  };
  return {
    port,
    hint: () => hint?.(),
    get stopped() {
      return stopped;
    },
  };
}

function watcherOn(folder: ReturnType<typeof fakeFolder>, options: { settleMs?: number } = {}) {
  const time = new FakeTime();
  const hints = hintPort();
  const taken: string[] = [];
  const watcher = new FolderWatcher({
    folder: '/watched',
    watch: hints.port,
    timers: time,
    clock: time.clock,
    settleMs: options.settleMs ?? 2000,
    pollMs: 10_000,
    debounceMs: 300,
    list: folder.list,
    take: async (file) => {
      taken.push(`${file.shown}@${file.size}`);
    },
    log: () => undefined,
  });
  return { time, hints, taken, watcher };
}

describe('the folder watcher', () => {
  it('never takes a file while it is still growing; takes it once it has stopped changing for the settle time', async () => {
    const folder = fakeFolder();
    const { time, hints, taken, watcher } = watcherOn(folder);
    watcher.start();
    folder.write('sam.casework', 100, 1);
    hints.hint();
    await time.advance(1000);
    folder.write('sam.casework', 5000, 2);
    hints.hint();
    await time.advance(1900);
    expect(taken).toEqual([]);
    folder.write('sam.casework', 9000, 3);
    hints.hint();
    await time.advance(1999);
    expect(taken).toEqual([]);
    await time.advance(1000);
    expect(taken).toEqual(['sam.casework@9000']);
    // Unchanged after that: never taken again, however often the folder is looked at.
    await time.advance(60_000);
    hints.hint();
    await time.advance(5000);
    expect(taken).toEqual(['sam.casework@9000']);
    watcher.stop();
  });

  it('negative control: with no settle time the same growing file is taken half-written', async () => {
    const folder = fakeFolder();
    const { time, hints, taken, watcher } = watcherOn(folder, { settleMs: 0 });
    watcher.start();
    folder.write('sam.casework', 100, 1);
    hints.hint();
    await time.advance(400);
    hints.hint();
    await time.advance(400);
    expect(taken).toEqual(['sam.casework@100']);
    watcher.stop();
  });

  it('makes one look at the folder for a burst of change hints', async () => {
    const folder = fakeFolder();
    const { time, hints, watcher } = watcherOn(folder);
    watcher.start();
    await time.advance(0);
    const before = folder.lists;
    for (let n = 0; n < 20; n += 1) hints.hint();
    await time.advance(299);
    expect(folder.lists).toBe(before);
    await time.advance(1);
    expect(folder.lists).toBe(before + 1);
    watcher.stop();
  });

  it('finds a file without any hint (file sharing does not always send one), and an empty file only once it has content', async () => {
    const folder = fakeFolder();
    const { time, taken, watcher } = watcherOn(folder);
    watcher.start();
    folder.write('quiet.casework', 0, 1);
    await time.advance(30_000);
    expect(taken).toEqual([]);
    folder.write('quiet.casework', 800, 2);
    await time.advance(30_000);
    expect(taken).toEqual(['quiet.casework@800']);
    watcher.stop();
  });

  it('takes a file again when a new version replaces it or it is put back after being removed', async () => {
    const folder = fakeFolder();
    const { time, taken, watcher } = watcherOn(folder);
    watcher.start();
    folder.write('sam.casework', 800, 1);
    await time.advance(30_000);
    folder.write('sam.casework', 900, 2);
    await time.advance(30_000);
    folder.files.delete('sam.casework');
    await time.advance(30_000);
    folder.write('sam.casework', 900, 2);
    await time.advance(30_000);
    expect(taken).toEqual(['sam.casework@800', 'sam.casework@900', 'sam.casework@900']);
    watcher.stop();
  });

  it('stops looking, and stops the change hints, when stopped', async () => {
    const folder = fakeFolder();
    const { time, hints, taken, watcher } = watcherOn(folder);
    watcher.start();
    await time.advance(0);
    watcher.stop();
    expect(hints.stopped).toBe(true);
    const lists = folder.lists;
    folder.write('late.casework', 800, 1);
    hints.hint();
    await time.advance(60_000);
    expect(folder.lists).toBe(lists);
    expect(taken).toEqual([]);
    expect(time.pending).toBe(0);
  });
});

const hosts: Host[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

type Status = ResponseOf<'watchStatus'>;

describe('watching a folder through the host', () => {
  async function tutorWatching(dataDir = tempDataDir('watch')) {
    const folder = tempDataDir('watched');
    const time = new FakeTime();
    const deps = testHostDeps({
      dataDir,
      newId: sequentialIds('tutor'),
      storage: { fsyncFolders: false },
      dialogs: {
        chooseSavePath: async () => null,
        chooseOpenPath: async () => null,
        chooseFolder: async () => folder,
      },
      folderWatch: { watch: () => () => undefined },
      timers: time,
    });
    const host = await createHost(deps);
    hosts.push(host);
    const call = async <T>(method: string, payload: unknown = {}): Promise<T> => {
      const envelope = (await dispatch(
        host.handlers,
        method,
        payload,
        { transport: 'harness' },
        () => {},
      )) as Envelope<T>;
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
      return envelope.value;
    };
    return { host, folder, time, call, dataDir };
  }

  /** Moves the fake clock on in steps until the watcher's imports (real file work) have been answered. */
  async function until(
    t: { time: FakeTime; call: <T>(m: string, p?: unknown) => Promise<T> },
    arrivals: number,
  ) {
    await vi.waitFor(
      async () => {
        await t.time.advance(2500);
        await flush(20);
        expect((await t.call<Status>('watchStatus', { after: 0 })).arrivals.length).toBeGreaterThanOrEqual(
          arrivals,
        );
      },
      { timeout: 20_000, interval: 10 },
    );
  }

  it('is off until the tutor chooses a folder; then a half-written file is imported only once complete, and a copy of it is ignored', async () => {
    const t = await tutorWatching();
    expect(await t.call<Status>('watchStatus', { after: 0 })).toMatchObject({
      watching: false,
      folderName: null,
    });
    const started = await t.call<ResponseOf<'watchFolder'>>('watchFolder');
    expect(started).toMatchObject({ chosen: true, watching: true });

    const { fileName, text } = traineeFile(2);
    const path = join(t.folder, fileName);
    writeFileSync(path, text.slice(0, 1500));
    // The regular look finds the file half-written; it is still being written when the settle time is up.
    await t.time.advance(10_000);
    await flush(20);
    await t.time.advance(1000);
    await flush(20);
    appendFileSync(path, text.slice(1500));
    await until(t, 1);
    const status = await t.call<Status>('watchStatus', { after: 0 });
    expect(status.arrivals.map((a) => [a.result.name, a.result.outcome])).toEqual([[fileName, 'imported']]);
    expect(status.latest).toBe(1);

    // The same work under another name: taken, found to be here already, and not news.
    writeFileSync(join(t.folder, 'copy.casework'), text);
    writeFileSync(join(t.folder, 'next.casework'), traineeFile(3).text);
    await until(t, 2);
    const later = await t.call<Status>('watchStatus', { after: 1 });
    expect(later.arrivals.map((a) => a.result.name)).toEqual(['next.casework']);
    expect((await t.call<{ entries: unknown[] }>('listAttempts')).entries).toHaveLength(2);

    await t.call('stopWatchingFolder');
    expect(await t.call<Status>('watchStatus', { after: 0 })).toMatchObject({ watching: false });
  });

  it('stays on from one run of the app to the next until stopped', async () => {
    const first = await tutorWatching();
    await first.call('watchFolder');
    await first.host.close();
    hosts.splice(hosts.indexOf(first.host), 1);
    const second = await tutorWatching(first.dataDir);
    const status = await second.call<Status>('watchStatus', { after: 0 });
    expect(status.watching).toBe(true);
    await second.call('stopWatchingFolder');
    await second.host.close();
    hosts.splice(hosts.indexOf(second.host), 1);
    const third = await tutorWatching(first.dataDir);
    expect((await third.call<Status>('watchStatus', { after: 0 })).watching).toBe(false);
  });
});
