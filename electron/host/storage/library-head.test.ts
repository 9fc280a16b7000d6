import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LIBRARY_HEAD_SIZE, libraryHeadSchema, libraryIndexSchema } from '@shared/model/library';
import { createFileStore } from './file-store';
import { DocumentFiles } from './files';
import { KeyedQueue } from './keyed-queue';
import { LibraryIndexFile } from './library-index';
import { noticeText } from './notices';
import { openStorage } from './storage';
import type { Storage } from './storage';
import { testHostDeps } from './testing';
import { dispatch } from '../dispatch';
import { createHost } from '../services';
import type { Host } from '../services';

// Start-up from the index's head (decision 0028): the home screen's first list without reading the whole
// index, the whole index straight after, and a head that is missing, damaged or behind costing only speed.

const opened: Array<Storage | Host> = [];
afterEach(async () => {
  for (const open of opened.splice(0)) await open.close().catch(() => undefined);
});

type Deps = ReturnType<typeof testHostDeps>;
const options = { fsyncFolders: false, indexWriteDelayMs: 0 };

async function open(deps: Deps): Promise<Storage> {
  const storage = await openStorage(deps, options);
  opened.push(storage);
  return storage;
}

async function libraryOf(count: number): Promise<{ deps: Deps; ids: string[] }> {
  const deps = testHostDeps();
  const storage = await open(deps);
  const ids: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    deps.clock.advance(60_000);
    const created = await storage.createAttempt({
      title: `Practice ${n}`,
      caseId: null,
      templateIds: ['reflective-log'],
      templateVersions: { 'reflective-log': 1 },
      releasedDocumentIds: [],
    });
    ids.push(created.id);
  }
  await storage.close();
  return { deps, ids };
}

const headFile = (deps: Deps) => path.join(deps.dataDir, 'library-head.json');
const indexFile = (deps: Deps) => path.join(deps.dataDir, 'library.json');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
const quarantined = (storage: Storage) => fs.readdirSync(storage.layout.quarantineDir);

describe('the head of the library index', () => {
  it('is written with the index: its newest entries and how many there are', async () => {
    const { deps, ids } = await libraryOf(LIBRARY_HEAD_SIZE + 5);
    const head = readJson(headFile(deps)) as { total: number; entries: Array<{ id: string }> };
    expect(head.total).toBe(LIBRARY_HEAD_SIZE + 5);
    expect(head.entries.map((entry) => entry.id)).toEqual(ids.slice(5).reverse());
    const index = readJson(indexFile(deps)) as { entries: unknown[] };
    expect(head.entries).toEqual(index.entries.slice(0, LIBRARY_HEAD_SIZE));
  });

  it('lets start-up list the newest page without reading the whole index, which is read straight after', async () => {
    const { deps, ids } = await libraryOf(LIBRARY_HEAD_SIZE + 5);
    // A damaged whole index: a start that read it would set it aside at once.
    fs.writeFileSync(indexFile(deps), '{"schemaVersion":1,"entries":[');
    const storage = await open(deps);
    const first = storage.listForFirstPaint();
    expect(first).toMatchObject({ complete: false, total: LIBRARY_HEAD_SIZE + 5 });
    expect(first.entries.map((entry) => entry.id)).toEqual(ids.slice(5).reverse());
    expect(quarantined(storage)).toEqual([]);
    expect(storage.notices).toEqual([]);
    // Nothing may act on the newest page as if it were the library.
    expect(() => storage.listAttempts()).toThrow(/before the whole index had been read/);

    const found = await storage.checkAttemptFiles();
    expect(found.map((notice) => notice.message)).toEqual([
      noticeText.libraryRebuilt(LIBRARY_HEAD_SIZE + 5, 'damaged'),
    ]);
    expect(quarantined(storage)).toHaveLength(1);
    expect(storage.listAttempts()).toHaveLength(LIBRARY_HEAD_SIZE + 5);
    expect(storage.listForFirstPaint()).toMatchObject({ complete: true, total: LIBRARY_HEAD_SIZE + 5 });
  });

  it('is the only reason start-up does not read the whole index (control: without it, it does)', async () => {
    const { deps } = await libraryOf(3);
    fs.rmSync(headFile(deps));
    fs.writeFileSync(indexFile(deps), '{"schemaVersion":1,"entries":[');
    const storage = await open(deps);
    expect(storage.libraryRead).toBe(true);
    expect(quarantined(storage)).toHaveLength(1);
    expect(storage.notices.map((notice) => notice.message)).toEqual([
      noticeText.libraryRebuilt(3, 'damaged'),
    ]);
    // And the head is written again for the next start.
    expect((readJson(headFile(deps)) as { total: number }).total).toBe(3);
  });

  it('lets an attempt be opened and saved before the whole index is read, by reading it first', async () => {
    const { deps, ids } = await libraryOf(3);
    const storage = await open(deps);
    expect(storage.libraryRead).toBe(false);
    const attempt = await storage.getAttempt(ids[0]!);
    expect(storage.libraryRead).toBe(true);
    await storage.saveAttempt({ attempt, progress: 0.5 });
    await storage.flush();
    expect((readJson(indexFile(deps)) as { entries: unknown[] }).entries).toHaveLength(3);
  });

  it('behind the index (a crash between the two writes) shows for the first paint only, and is put right', async () => {
    const { deps, ids } = await libraryOf(3);
    const behind = readJson(headFile(deps));
    // A later start deletes the newest attempt; its head write is then lost, as if killed between the two.
    let storage = await open(deps);
    await storage.deleteAttempt(ids[2]!);
    await storage.close();
    fs.writeFileSync(headFile(deps), JSON.stringify(behind));

    storage = await open(deps);
    expect(storage.listForFirstPaint().entries.map((entry) => entry.id)).toContain(ids[2]);
    await storage.whenLibraryRead();
    expect(storage.listAttempts().map((entry) => entry.id)).toEqual([ids[1], ids[0]]);
    expect(storage.notices).toEqual([]);
    await expect(storage.getAttempt(ids[2]!)).rejects.toMatchObject({ code: 'not-found' });
    const head = readJson(headFile(deps)) as { total: number; entries: Array<{ id: string }> };
    expect(head.total).toBe(2);
    expect(head.entries.map((entry) => entry.id)).toEqual([ids[1], ids[0]]);
  });

  it.each([
    ['cut short', '{"schemaVersion":1,"total":3,"entries":['],
    ['not in the expected form', JSON.stringify({ schemaVersion: 1, total: 1, entries: [{ id: 'x' }] })],
    ['from a newer version', JSON.stringify({ schemaVersion: 99, total: 0, entries: [] })],
    [
      'listing more than it counts',
      JSON.stringify({ schemaVersion: 1, total: 0, entries: [] }).replace('"total":0', '"total":-1'),
    ],
  ])(
    'damaged (%s) costs only speed: the whole index is read, nothing set aside, no notice',
    async (_, text) => {
      const { deps } = await libraryOf(3);
      fs.writeFileSync(headFile(deps), text);
      const storage = await open(deps);
      expect(storage.libraryRead).toBe(true);
      expect(storage.listAttempts()).toHaveLength(3);
      expect(storage.notices).toEqual([]);
      expect(quarantined(storage)).toEqual([]);
      expect((readJson(headFile(deps)) as { total: number }).total).toBe(3);
    },
  );

  it('closing while the whole index is being read lets the read finish first', async () => {
    const { deps } = await libraryOf(3);
    const storage = await open(deps);
    const reading = storage.whenLibraryRead();
    await storage.close();
    await expect(reading).resolves.toBeUndefined();
  });
});

describe('the index file itself before the whole index is read', () => {
  it('refuses to write the index after a start from the head, leaving library.json byte for byte as it was (control: after the whole read the same write goes ahead)', async () => {
    const { deps, ids } = await libraryOf(LIBRARY_HEAD_SIZE + 5);
    const indexBefore = fs.readFileSync(indexFile(deps));
    const headBefore = fs.readFileSync(headFile(deps));
    const logged: string[] = [];
    let snapshots = 0;
    const index = new LibraryIndexFile({
      dataDir: deps.dataDir,
      fileName: 'library',
      headFileName: 'library-head',
      queueKey: 'library',
      files: new DocumentFiles(createFileStore, { fsyncFolders: false, log: () => undefined }),
      queue: new KeyedQueue(),
      writeDelayMs: 0,
      snapshot: async () => {
        snapshots += 1;
      },
      assertOpen: () => undefined,
      log: (message) => logged.push(message),
    });
    index.startFromHead(libraryHeadSchema.parse(readJson(headFile(deps))));
    expect(index).toMatchObject({ complete: false, total: LIBRARY_HEAD_SIZE + 5 });
    expect(index.entries.size).toBe(LIBRARY_HEAD_SIZE);

    // A new attempt listed: written now, the index would hold the head's entries and it, and lose the five
    // older ones the head leaves out.
    const added = { ...index.list()[0]!, id: 'test-000099', title: 'Made before the whole read' };
    index.entries.set(added.id, { ...added, updatedAt: '2027-01-04T09:00:00.000Z' });
    index.markDirty();
    await expect(index.writeNow()).rejects.toThrow(
      'The library index was to be written before it had been read whole',
    );
    expect(fs.readFileSync(indexFile(deps)).equals(indexBefore)).toBe(true);
    expect(fs.readFileSync(headFile(deps)).equals(headBefore)).toBe(true);
    expect(snapshots).toBe(0);
    // The change is kept for the write the whole read allows, not dropped with the refusal.
    expect(index.dirty).toBe(true);
    // Asked to write soon instead (a save's index update), the refusal is logged, never a failed save.
    await index.writeSoon();
    expect(logged).toEqual(['Could not write the library index']);
    expect(fs.readFileSync(indexFile(deps)).equals(indexBefore)).toBe(true);

    // The control: the whole index in place of the head's entries, the same change, and the write goes ahead.
    index.beginWholeRead();
    for (const entry of libraryIndexSchema.parse(readJson(indexFile(deps))).entries)
      index.entries.set(entry.id, entry);
    index.entries.set(added.id, { ...added, updatedAt: '2027-01-04T09:00:00.000Z' });
    index.markComplete();
    await index.writeNow();
    expect(index.dirty).toBe(false);
    expect(fs.readFileSync(indexFile(deps)).equals(indexBefore)).toBe(false);
    const written = libraryIndexSchema.parse(readJson(indexFile(deps)));
    expect(written.entries.map((entry) => entry.id)).toEqual([added.id, ...[...ids].reverse()]);
    expect((readJson(headFile(deps)) as { total: number }).total).toBe(LIBRARY_HEAD_SIZE + 6);
    expect(snapshots).toBe(1);
  });
});

describe('the host before the whole index is read', () => {
  it('answers the first list from the head, and every other request once the index is read', async () => {
    const { deps, ids } = await libraryOf(LIBRARY_HEAD_SIZE + 2);
    const host = await createHost({ ...deps, storage: options });
    opened.push(host);
    const call = (method: string, payload: unknown) =>
      dispatch(host.handlers, method, payload, { transport: 'harness' }, () => undefined);
    expect(await call('listAttempts', { firstPaint: true })).toMatchObject({
      ok: true,
      value: { complete: false, total: LIBRARY_HEAD_SIZE + 2 },
    });
    expect(host.storage.libraryRead).toBe(false);
    // A request that needs the list (here, the recently deleted ones) waits for the whole index.
    expect(await call('listDeletedAttempts', {})).toEqual({ ok: true, value: { entries: [] } });
    expect(host.storage.libraryRead).toBe(true);
    const whole = await call('listAttempts', {});
    expect(whole).toMatchObject({ ok: true, value: { complete: true, total: LIBRARY_HEAD_SIZE + 2 } });
    if (whole.ok) expect((whole.value as { entries: unknown[] }).entries).toHaveLength(ids.length);
  });
});
