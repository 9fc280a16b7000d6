import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HostError } from '@shared/contract';
import type { Attempt } from '@shared/model/attempt';
import { createFileStore } from './file-store';
import { formatDateTime } from '@shared/dates/format';
import { openStorage } from './storage';
import type { Storage, StorageOptions } from './storage';
import { failingWrites, testHostDeps } from './testing';

const migrationFixtures = path.join(import.meta.dirname, '../../../shared/model/migrations/fixtures');

const opened: Storage[] = [];
afterEach(async () => {
  for (const storage of opened.splice(0)) await storage.close().catch(() => undefined);
});

type Deps = ReturnType<typeof testHostDeps>;

/**
 * A start as the app makes it: open (from the index's head when there is one), then the whole index, which
 * the app reads straight after the first paint. `library-head.test.ts` pins what comes before that.
 */
async function open(deps: Deps, options: Partial<StorageOptions> = {}): Promise<Storage> {
  const storage = await openStorage(deps, { fsyncFolders: false, ...options });
  opened.push(storage);
  await storage.whenLibraryRead();
  return storage;
}

/** Closes and opens again on the same folder, as a restart of the app would. */
async function reopen(storage: Storage, deps: Deps, options: Partial<StorageOptions> = {}): Promise<Storage> {
  await storage.close();
  return open(deps, options);
}

const newAttempt = {
  title: 'Practice: Dane Whitcombe',
  caseId: 'whitcombe-dane',
  templateIds: ['rosh-summary'],
  templateVersions: { 'rosh-summary': 1 },
  releasedDocumentIds: [],
};

function withAnswer(attempt: Attempt, value: string): Attempt {
  return { ...attempt, answers: { 'rosh-summary': { 'who-is-at-risk': value } } };
}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function listDir(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

describe('storage round trip', () => {
  it('creates, saves, lists and reopens an attempt with its answers', async () => {
    const deps = testHostDeps();
    let storage = await open(deps);
    const created = await storage.createAttempt(newAttempt);
    expect(created.revision).toBe(0);
    deps.clock.advance(60_000);
    const ack = await storage.saveAttempt({
      attempt: withAnswer(created, 'A former partner'),
      progress: 0.25,
    });
    expect(ack).toEqual({ revision: 1, savedAt: '2026-11-23T14:03:00.000Z' });

    storage = await reopen(storage, deps);
    const reread = await storage.getAttempt(created.id);
    expect(reread.answers).toEqual({ 'rosh-summary': { 'who-is-at-risk': 'A former partner' } });
    expect(reread.revision).toBe(1);
    expect(reread.updatedAt).toBe(ack.savedAt);
    expect(storage.listAttempts()).toEqual([
      expect.objectContaining({ id: created.id, progress: 0.25, updatedAt: ack.savedAt }),
    ]);
    expect(storage.notices).toEqual([]);
    expect(listDir(storage.layout.attemptsDir)).toEqual([`${created.id}.json`]);
  });

  it('keeps settings across a restart and answers defaults before any are saved', async () => {
    const deps = testHostDeps();
    let storage = await open(deps);
    expect(storage.getSettings().theme).toBe('system');
    expect(fs.existsSync(path.join(deps.dataDir, 'settings.json'))).toBe(false);
    await storage.updateSettings({ traineeName: 'Morwenna', theme: 'dark' });
    storage = await reopen(storage, deps);
    expect(storage.getSettings()).toMatchObject({ traineeName: 'Morwenna', theme: 'dark', schemaVersion: 2 });
  });

  it('keeps the created time and counts revisions itself, whatever the caller sends', async () => {
    const deps = testHostDeps();
    const storage = await open(deps);
    const created = await storage.createAttempt(newAttempt);
    await storage.saveAttempt({
      attempt: { ...created, createdAt: '2020-01-01T00:00:00.000Z' },
      progress: 0,
    });
    const reread = await storage.getAttempt(created.id);
    expect(reread.createdAt).toBe(created.createdAt);
    expect(reread.revision).toBe(1);
  });
});

describe('saving', () => {
  it('refuses a stale write and leaves the file as it was', async () => {
    const deps = testHostDeps();
    const storage = await open(deps);
    const created = await storage.createAttempt(newAttempt);
    await storage.saveAttempt({ attempt: withAnswer(created, 'first'), progress: 0 });
    const file = path.join(storage.layout.attemptsDir, `${created.id}.json`);
    const before = fs.readFileSync(file, 'utf8');
    const stale = storage.saveAttempt({ attempt: withAnswer(created, 'second'), progress: 0 });
    await expect(stale).rejects.toMatchObject({ code: 'conflict' });
    await expect(stale).rejects.toBeInstanceOf(HostError);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('saves two attempts at once and the index holds both', async () => {
    const deps = testHostDeps();
    let storage = await open(deps);
    const a = await storage.createAttempt({ ...newAttempt, title: 'Attempt A' });
    const b = await storage.createAttempt({ ...newAttempt, title: 'Attempt B' });
    let revA = a;
    let revB = b;
    for (let round = 0; round < 20; round += 1) {
      const [ackA, ackB] = await Promise.all([
        storage.saveAttempt({ attempt: withAnswer(revA, `a${round}`), progress: round / 20 }),
        storage.saveAttempt({ attempt: withAnswer(revB, `b${round}`), progress: round / 40 }),
      ]);
      revA = { ...revA, revision: ackA.revision };
      revB = { ...revB, revision: ackB.revision };
    }
    // Renaming both in the same tick changes a listed field for each, so both index writes race.
    await Promise.all([
      storage.saveAttempt({ attempt: { ...withAnswer(revA, 'a-final'), title: 'A renamed' }, progress: 1 }),
      storage.saveAttempt({ attempt: { ...withAnswer(revB, 'b-final'), title: 'B renamed' }, progress: 0.5 }),
    ]);
    const index = readJson(path.join(deps.dataDir, 'library.json')) as { entries: Array<{ title: string }> };
    expect(index.entries.map((e) => e.title).sort()).toEqual(['A renamed', 'B renamed']);

    storage = await reopen(storage, deps);
    expect((await storage.getAttempt(a.id)).answers['rosh-summary']).toEqual({ 'who-is-at-risk': 'a-final' });
    expect((await storage.getAttempt(b.id)).answers['rosh-summary']).toEqual({ 'who-is-at-risk': 'b-final' });
    expect(storage.listAttempts().map((e) => [e.title, e.progress])).toEqual(
      expect.arrayContaining([
        ['A renamed', 1],
        ['B renamed', 0.5],
      ]),
    );
  });

  it('queues saves of one attempt so each sees the revision the last one wrote', async () => {
    const deps = testHostDeps();
    const storage = await open(deps);
    const created = await storage.createAttempt(newAttempt);
    const first = storage.saveAttempt({ attempt: withAnswer(created, 'one'), progress: 0 });
    const second = storage.saveAttempt({
      attempt: withAnswer({ ...created, revision: 1 }, 'two'),
      progress: 0,
    });
    await expect(first).resolves.toMatchObject({ revision: 1 });
    await expect(second).resolves.toMatchObject({ revision: 2 });
  });

  it('writes the index at once when a listed field changes, and later when only the time does', async () => {
    const deps = testHostDeps();
    const storage = await open(deps, { indexWriteDelayMs: 60_000 });
    const created = await storage.createAttempt(newAttempt);
    const indexFile = path.join(deps.dataDir, 'library.json');
    const afterCreate = fs.readFileSync(indexFile, 'utf8');
    deps.clock.advance(1000);
    await storage.saveAttempt({ attempt: withAnswer(created, 'typing'), progress: 0.1 });
    expect(fs.readFileSync(indexFile, 'utf8')).toBe(afterCreate);
    await storage.saveAttempt({ attempt: { ...created, revision: 1, status: 'finished' }, progress: 1 });
    expect(readJson(indexFile)).toMatchObject({ entries: [{ status: 'finished', progress: 1 }] });
  });
});

describe('importing', () => {
  it('adds an imported attempt under a new id, keeping its answers and dates', async () => {
    const deps = testHostDeps();
    let storage = await open(deps);
    const original = await storage.createAttempt(newAttempt);
    const outside: Attempt = {
      ...withAnswer(original, 'from a colleague'),
      status: 'finished',
      finishedAt: '2026-11-22T10:00:00.000Z',
      revision: 12,
    };
    const imported = await storage.importAttempt(outside, 0.8);
    expect(imported.id).not.toBe(original.id);
    expect(imported).toMatchObject({ status: 'finished', createdAt: original.createdAt, revision: 12 });
    storage = await reopen(storage, deps);
    expect((await storage.getAttempt(imported.id)).answers).toEqual(outside.answers);
    expect((await storage.getAttempt(original.id)).answers).toEqual({});
    expect(storage.listAttempts().find((e) => e.id === imported.id)?.progress).toBe(0.8);
    await expect(storage.importAttempt({ ...outside, title: '' }, 0)).rejects.toMatchObject({
      code: 'invalid-file',
    });
  });
});

describe('backups', () => {
  it('keeps exactly the newest N snapshots of an attempt', async () => {
    const deps = testHostDeps();
    const storage = await open(deps, { backupsToKeep: 4, snapshotIntervalMs: 60_000 });
    let attempt = await storage.createAttempt(newAttempt);
    for (let i = 0; i < 12; i += 1) {
      deps.clock.advance(61_000);
      const ack = await storage.saveAttempt({ attempt: withAnswer(attempt, `v${i}`), progress: 0 });
      attempt = { ...attempt, revision: ack.revision };
    }
    const backups = listDir(path.join(storage.layout.backupsDir, attempt.id));
    expect(backups).toHaveLength(4);
    const newest = readJson(path.join(storage.layout.backupsDir, attempt.id, backups.at(-1)!)) as Attempt;
    expect(newest.answers['rosh-summary']).toEqual({ 'who-is-at-risk': 'v11' });
    const oldestKept = readJson(path.join(storage.layout.backupsDir, attempt.id, backups[0]!)) as Attempt;
    expect(oldestKept.answers['rosh-summary']).toEqual({ 'who-is-at-risk': 'v8' });
  });

  it('snapshots at most once per interval, but always when the status changes', async () => {
    const deps = testHostDeps();
    const storage = await open(deps, { snapshotIntervalMs: 5 * 60_000 });
    let attempt = await storage.createAttempt(newAttempt);
    const folder = path.join(storage.layout.backupsDir, attempt.id);
    expect(listDir(folder)).toHaveLength(1);
    for (let i = 0; i < 10; i += 1) {
      deps.clock.advance(10_000);
      const ack = await storage.saveAttempt({ attempt: withAnswer(attempt, `v${i}`), progress: 0 });
      attempt = { ...attempt, revision: ack.revision };
    }
    expect(listDir(folder)).toHaveLength(1);
    deps.clock.advance(10_000);
    await storage.saveAttempt({ attempt: { ...attempt, status: 'finished' }, progress: 1 });
    expect(listDir(folder)).toHaveLength(2);
    expect(listDir(folder).at(-1)).toMatch(/-status\.json$/);
  });

  it('deleting can be undone from the snapshot taken first', async () => {
    const deps = testHostDeps();
    let storage = await open(deps);
    const created = await storage.createAttempt(newAttempt);
    await storage.saveAttempt({ attempt: withAnswer(created, 'precious'), progress: 0.6 });
    await storage.deleteAttempt(created.id);
    expect(storage.listAttempts()).toEqual([]);
    expect(fs.existsSync(path.join(storage.layout.attemptsDir, `${created.id}.json`))).toBe(false);
    await expect(storage.getAttempt(created.id)).rejects.toMatchObject({ code: 'not-found' });

    const entry = await storage.restoreDeletedAttempt(created.id);
    expect(entry).toMatchObject({ id: created.id, progress: 0.6 });
    expect((await storage.getAttempt(created.id)).answers['rosh-summary']).toEqual({
      'who-is-at-risk': 'precious',
    });
    await expect(storage.restoreDeletedAttempt(created.id)).rejects.toMatchObject({ code: 'conflict' });

    // After a restart the undo still works (without the progress, which only the index knew).
    await storage.deleteAttempt(created.id);
    storage = await reopen(storage, deps);
    expect(storage.listAttempts()).toEqual([]);
    expect(storage.notices).toEqual([]);
    await expect(storage.restoreDeletedAttempt(created.id)).resolves.toMatchObject({ id: created.id });
  });

  it('forgets deleted attempts after the retention period', async () => {
    const deps = testHostDeps();
    let storage = await open(deps, { deletedRetentionMs: 24 * 60 * 60_000 });
    const created = await storage.createAttempt(newAttempt);
    await storage.deleteAttempt(created.id);
    deps.clock.advance(2 * 24 * 60 * 60_000);
    storage = await reopen(storage, deps, { deletedRetentionMs: 24 * 60 * 60_000 });
    await expect(storage.restoreDeletedAttempt(created.id)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('recently deleted attempts', () => {
  it('lists a deleted attempt until its copy is no longer kept, and not once it is restored', async () => {
    const deps = testHostDeps();
    const day = 24 * 60 * 60_000;
    const storage = await open(deps, { deletedRetentionMs: 30 * day });
    const kept = await storage.createAttempt(newAttempt);
    const gone = await storage.createAttempt({ ...newAttempt, title: 'Practice: deleted long ago' });
    await storage.deleteAttempt(gone.id);
    deps.clock.advance(20 * day);
    await storage.deleteAttempt(kept.id);
    deps.clock.advance(11 * day);
    // 31 days after the first deletion and 11 after the second: only the second copy is still kept.
    expect(storage.listDeletedAttempts()).toEqual([
      {
        id: kept.id,
        title: 'Practice: Dane Whitcombe',
        caseId: 'whitcombe-dane',
        deletedAt: new Date(deps.clock.now().getTime() - 11 * day).toISOString(),
        keptUntil: new Date(deps.clock.now().getTime() + 19 * day).toISOString(),
      },
    ]);
    await storage.restoreDeletedAttempt(kept.id);
    expect(storage.listDeletedAttempts()).toEqual([]);
    expect(storage.listAttempts().map((entry) => entry.id)).toEqual([kept.id]);
  });

  it('does not list attempts still in the library, though they have copies', async () => {
    const deps = testHostDeps();
    const storage = await open(deps);
    const created = await storage.createAttempt(newAttempt);
    await storage.saveAttempt({ attempt: withAnswer(created, 'Her former partner'), progress: 0.2 });
    await storage.backupAttempt(created.id, 'before-import');
    expect(storage.listDeletedAttempts()).toEqual([]);
  });
});

describe('migrations on load', () => {
  it('upgrades a v1 settings file after backing it up as it was', async () => {
    const deps = testHostDeps();
    const v1 = fs.readFileSync(path.join(migrationFixtures, 'settings-v1.json'), 'utf8');
    fs.writeFileSync(path.join(deps.dataDir, 'settings.json'), v1);
    const storage = await open(deps);
    expect(storage.getSettings()).toMatchObject({
      schemaVersion: 2,
      traineeName: 'Morwenna Tregaskis',
      theme: 'dark',
      textSize: 'larger',
      dyslexiaFriendlyFont: true,
    });
    expect(readJson(path.join(deps.dataDir, 'settings.json'))).toMatchObject({
      schemaVersion: 2,
      theme: 'dark',
    });
    const backups = listDir(path.join(storage.layout.backupsDir, '_settings'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/-before-migration\.json$/);
    expect(readJson(path.join(storage.layout.backupsDir, '_settings', backups[0]!))).toEqual(JSON.parse(v1));
    expect(storage.notices).toEqual([]);
  });

  it('does not upgrade on disk when the backup cannot be written first', async () => {
    const deps = testHostDeps();
    const v1 = fs.readFileSync(path.join(migrationFixtures, 'settings-v1.json'), 'utf8');
    fs.writeFileSync(path.join(deps.dataDir, 'settings.json'), v1);
    deps.createStore = failingWrites(createFileStore, 'ENOSPC', (name) => name.includes('before-migration'));
    const storage = await open(deps);
    expect(storage.getSettings().theme).toBe('dark');
    expect(fs.readFileSync(path.join(deps.dataDir, 'settings.json'), 'utf8')).toBe(v1);
  });
});

describe('damaged files', () => {
  it('sets a damaged settings file aside and restores the last good copy, saying when it was from', async () => {
    const deps = testHostDeps();
    let storage = await open(deps);
    await storage.updateSettings({ traineeName: 'Morwenna', textSize: 'large' });
    const savedAt = deps.clock.now();
    await storage.close();
    fs.writeFileSync(path.join(deps.dataDir, 'settings.json'), '{"schemaVersion": 2, "traineeN');
    deps.clock.advance(3_600_000);
    storage = await open(deps);
    expect(storage.getSettings()).toMatchObject({ traineeName: 'Morwenna', textSize: 'large' });
    expect(storage.notices).toHaveLength(1);
    expect(storage.notices[0]!.message).toContain(
      `Your settings file was damaged and has been set aside. Your previous settings from ${formatDateTime(savedAt)} were restored.`,
    );
    const quarantined = listDir(storage.layout.quarantineDir);
    expect(quarantined).toEqual([expect.stringMatching(/_settings\.json$/)]);
    expect(fs.readFileSync(path.join(storage.layout.quarantineDir, quarantined[0]!), 'utf8')).toBe(
      '{"schemaVersion": 2, "traineeN',
    );
    expect(readJson(path.join(deps.dataDir, 'settings.json'))).toMatchObject({ traineeName: 'Morwenna' });
  });

  it('rebuilds a damaged index from the attempt files', async () => {
    const deps = testHostDeps();
    let storage = await open(deps);
    const a = await storage.createAttempt({ ...newAttempt, title: 'First' });
    await storage.createAttempt({ ...newAttempt, title: 'Second' });
    deps.clock.advance(6 * 60_000);
    await storage.saveAttempt({ attempt: a, progress: 0.5 });
    await storage.close();
    fs.writeFileSync(path.join(deps.dataDir, 'library.json'), '');
    storage = await open(deps);
    expect(
      storage
        .listAttempts()
        .map((e) => e.title)
        .sort(),
    ).toEqual(['First', 'Second']);
    // Progress lives only in the index, so it comes back from the index's own last snapshot (taken
    // when the delayed index write ran at close, more than the snapshot interval after the first).
    expect(storage.listAttempts().find((e) => e.title === 'First')?.progress).toBe(0.5);
    expect(storage.notices.map((n) => n.message)).toEqual([
      expect.stringContaining(
        'The list of your attempts was damaged and has been set aside. It has been rebuilt from your saved attempts (2 found)',
      ),
    ]);
    expect(listDir(storage.layout.quarantineDir)).toEqual([expect.stringMatching(/_library\.json$/)]);
  });

  it('sets a damaged attempt aside and restores its last snapshot', async () => {
    const deps = testHostDeps();
    let storage = await open(deps);
    const created = await storage.createAttempt(newAttempt);
    deps.clock.advance(6 * 60_000);
    const snapshotAt = deps.clock.now();
    await storage.saveAttempt({ attempt: withAnswer(created, 'snapshotted'), progress: 0 });
    deps.clock.advance(60_000);
    // Within the snapshot interval: this save is in the file but not in a backup.
    await storage.saveAttempt({
      attempt: withAnswer({ ...created, revision: 1 }, 'not snapshotted'),
      progress: 0,
    });
    await storage.close();
    const file = path.join(storage.layout.attemptsDir, `${created.id}.json`);
    fs.writeFileSync(file, JSON.stringify({ ...(readJson(file) as object), revision: 'seven' }));
    storage = await open(deps);
    // Start-up lists it from the index without opening it; the check after the first paint finds it.
    expect(storage.notices).toEqual([]);
    expect(storage.listAttempts().map((entry) => entry.id)).toEqual([created.id]);
    const found = await storage.checkAttemptFiles();
    const restored = expect.stringContaining(
      `Your attempt “Practice: Dane Whitcombe” could not be opened because its file was damaged. The file has been set aside and the copy saved on ${formatDateTime(snapshotAt)} was restored`,
    );
    expect(found.map((n) => n.message)).toEqual([restored]);
    expect(storage.notices.map((n) => n.message)).toEqual([restored]);
    expect((await storage.getAttempt(created.id)).answers['rosh-summary']).toEqual({
      'who-is-at-risk': 'snapshotted',
    });
    expect(listDir(storage.layout.quarantineDir)).toEqual([
      expect.stringContaining(`attempts_${created.id}.json`),
    ]);
    // Checked once: a second check finds nothing more.
    expect(await storage.checkAttemptFiles()).toEqual([]);
  });

  it('checks a damaged attempt when it is opened before the background check reaches it', async () => {
    const deps = testHostDeps();
    let storage = await open(deps);
    const created = await storage.createAttempt(newAttempt);
    deps.clock.advance(6 * 60_000);
    await storage.saveAttempt({ attempt: withAnswer(created, 'snapshotted'), progress: 0 });
    await storage.close();
    const file = path.join(storage.layout.attemptsDir, `${created.id}.json`);
    fs.writeFileSync(file, '{"truncated": ');
    storage = await open(deps);
    expect(storage.notices).toEqual([]);
    expect((await storage.getAttempt(created.id)).answers['rosh-summary']).toEqual({
      'who-is-at-risk': 'snapshotted',
    });
    expect(storage.notices.map((n) => n.message)).toEqual([
      expect.stringContaining('could not be opened because its file was damaged'),
    ]);
    expect(listDir(storage.layout.quarantineDir)).toHaveLength(1);
    // Already checked on opening, so the background check does not quarantine or tell twice.
    expect(await storage.checkAttemptFiles()).toEqual([]);
    expect(listDir(storage.layout.quarantineDir)).toHaveLength(1);
  });

  it('does not open attempt files the index lists at start-up', async () => {
    const deps = testHostDeps();
    let storage = await open(deps);
    const created = await storage.createAttempt(newAttempt);
    await storage.close();
    const file = path.join(storage.layout.attemptsDir, `${created.id}.json`);
    // Control for the claim: unreadable, so a start-up that opened it would have quarantined it.
    fs.writeFileSync(file, 'not json');
    storage = await open(deps);
    expect(listDir(storage.layout.quarantineDir)).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toBe('not json');
    await storage.checkAttemptFiles();
    expect(listDir(storage.layout.quarantineDir)).toHaveLength(1);
  });

  it('repairs index drift both ways', async () => {
    const deps = testHostDeps();
    let storage = await open(deps);
    const kept = await storage.createAttempt({ ...newAttempt, title: 'Only a file' });
    const lost = await storage.createAttempt({ ...newAttempt, title: 'Only an entry' });
    await storage.close();
    const index = readJson(path.join(deps.dataDir, 'library.json')) as { entries: Array<{ id: string }> };
    fs.writeFileSync(
      path.join(deps.dataDir, 'library.json'),
      JSON.stringify({ ...index, entries: index.entries.filter((e) => e.id !== kept.id) }),
    );
    fs.rmSync(path.join(storage.layout.attemptsDir, `${lost.id}.json`));
    fs.rmSync(path.join(storage.layout.backupsDir, lost.id), { recursive: true });
    storage = await open(deps);
    expect(storage.listAttempts().map((e) => e.title)).toEqual(['Only a file']);
    expect(storage.notices.map((n) => n.message).sort()).toEqual([
      'Your attempt “Only a file” was missing from your list of attempts and has been added back.',
      'Your attempt “Only an entry” was in your list, but its file was missing and no copy was found, so it has been removed from the list.',
    ]);
    const onDisk = readJson(path.join(deps.dataDir, 'library.json')) as { entries: Array<{ title: string }> };
    expect(onDisk.entries.map((e) => e.title)).toEqual(['Only a file']);
  });

  it('removes temporary files a killed process left behind', async () => {
    const deps = testHostDeps();
    let storage = await open(deps);
    await storage.createAttempt(newAttempt);
    await storage.close();
    const leftover = path.join(storage.layout.attemptsDir, 'x-000001.json.tmp-1763906520abc123');
    fs.writeFileSync(leftover, '{"half');
    storage = await open(deps);
    expect(fs.existsSync(leftover)).toBe(false);
    expect(storage.notices).toEqual([]);
  });

  it('removes those left in a backup folder with the background check, not at start-up', async () => {
    const deps = testHostDeps();
    let storage = await open(deps);
    const attempt = await storage.createAttempt(newAttempt);
    await storage.close();
    const folder = path.join(storage.layout.backupsDir, attempt.id);
    expect(fs.existsSync(folder)).toBe(true);
    const leftover = path.join(folder, '20261123T101010Z.json.tmp-1763906520abc123');
    fs.writeFileSync(leftover, '{"half');
    storage = await open(deps);
    // Start-up lists no backup folder (10,000 of them were a third of its time at that size)...
    expect(fs.existsSync(leftover)).toBe(true);
    // ...and a snapshot taken meanwhile is unaffected by the leftover beside it.
    await storage.saveAttempt({ attempt: { ...attempt, title: 'Renamed' }, progress: 0 });
    await storage.checkAttemptFiles();
    expect(fs.existsSync(leftover)).toBe(false);
    expect(fs.readdirSync(folder).length).toBeGreaterThan(0);
    expect(storage.notices).toEqual([]);
  });
});
