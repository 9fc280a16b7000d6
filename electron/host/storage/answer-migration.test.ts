import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileStore } from './file-store';
import { openStorage } from './storage';
import type { Storage } from './storage';
import { failingWrites, testHostDeps } from './testing';

/** A saved attempt whose sentence plan was written against version 1 (objectives with actions). */
const fixtureFile = path.join(
  import.meta.dirname,
  '../../../shared/templates/fixtures/attempt-sentence-plan-v1.json',
);
const fixtureText = fs.readFileSync(fixtureFile, 'utf8');
const fixtureId = (JSON.parse(fixtureText) as { id: string }).id;

const opened: Storage[] = [];
afterEach(async () => {
  for (const storage of opened.splice(0)) await storage.close().catch(() => undefined);
});

type Deps = ReturnType<typeof testHostDeps>;

/** A saved attempt whose plan's contingency owners and timescales were free text (template version 2). */
const planFixtureText = fs.readFileSync(
  path.join(import.meta.dirname, '../../../shared/templates/__fixtures__/attempt-before-issue-13.json'),
  'utf8',
);
const planFixtureId = (JSON.parse(planFixtureText) as { id: string }).id;

async function openWithFixture(deps: Deps, text = fixtureText, id = fixtureId): Promise<Storage> {
  const attemptsDir = path.join(deps.dataDir, 'attempts');
  fs.mkdirSync(attemptsDir, { recursive: true });
  fs.writeFileSync(path.join(attemptsDir, `${id}.json`), text);
  const storage = await openStorage(deps, { fsyncFolders: false });
  opened.push(storage);
  return storage;
}

const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('saved answers from an older template version', () => {
  it('lifts a version 1 sentence plan to goals when the attempt is opened, after backing up the file as it was', async () => {
    const deps = testHostDeps();
    const storage = await openWithFixture(deps);
    const attempt = await storage.getAttempt(fixtureId);
    expect(attempt.templateVersions).toMatchObject({ 'sentence-plan': 3, 'rosh-analysis': 3 });
    const plan = attempt.answers['sentence-plan']!;
    expect(plan).not.toHaveProperty('objectives');
    expect(plan.goals).toEqual([
      expect.objectContaining({
        rowId: 'obj-0000001',
        values: expect.objectContaining({ goal: 'I will stay off drink on weekdays', area: 'alcohol' }),
      }),
    ]);
    // Everything else is as it was saved.
    expect(attempt.revision).toBe(12);
    expect(attempt.answers['rosh-analysis']).toEqual({
      setting: 'community',
      'da-status': 'requested',
      'da-requested-on': '2026-09-28',
    });

    // The upgrade is on disk, and the file as it was is kept as a backup taken before the migration.
    const onDisk = readJson(path.join(storage.layout.attemptsDir, `${fixtureId}.json`));
    expect(onDisk.templateVersions).toMatchObject({ 'sentence-plan': 3 });
    const backups = fs.readdirSync(path.join(storage.layout.backupsDir, fixtureId));
    const before = backups.filter((name) => name.endsWith('-before-migration.json'));
    expect(before).toHaveLength(1);
    expect(readJson(path.join(storage.layout.backupsDir, fixtureId, before[0]!))).toEqual(
      JSON.parse(fixtureText),
    );
    // Only the note that the list of attempts was rebuilt (the fixture arrives without an index); no warning.
    expect(storage.notices.filter((notice) => notice.level !== 'info')).toEqual([]);
  });

  it('migrates once: opening again finds a current attempt and takes no further backup', async () => {
    const deps = testHostDeps();
    let storage = await openWithFixture(deps);
    await storage.getAttempt(fixtureId);
    await storage.close();
    storage = await openStorage(deps, { fsyncFolders: false });
    opened.push(storage);
    const again = await storage.getAttempt(fixtureId);
    expect(again.answers['sentence-plan']).toHaveProperty('goals');
    const before = fs
      .readdirSync(path.join(storage.layout.backupsDir, fixtureId))
      .filter((name) => name.endsWith('-before-migration.json'));
    expect(before).toHaveLength(1);
  });

  it('leaves the file untouched on disk when the backup cannot be written first, and still opens it lifted', async () => {
    const deps = testHostDeps();
    deps.createStore = failingWrites(createFileStore, 'ENOSPC', (name) => name.includes('before-migration'));
    const storage = await openWithFixture(deps);
    expect(fs.readFileSync(path.join(storage.layout.attemptsDir, `${fixtureId}.json`), 'utf8')).toBe(
      fixtureText,
    );
    const attempt = await storage.getAttempt(fixtureId);
    expect(attempt.answers['sentence-plan']).toHaveProperty('goals');
  });

  it('lifts a version 2 plan’s free-text contingency owners to roles on opening, after backing up the file', async () => {
    const deps = testHostDeps();
    const storage = await openWithFixture(deps, planFixtureText, planFixtureId);
    const attempt = await storage.getAttempt(planFixtureId);
    expect(attempt.templateVersions).toEqual({
      'rosh-analysis': 3,
      'risk-management-plan': 3,
      'sentence-plan': 3,
      'reflective-log': 2,
    });
    const lines = attempt.answers['risk-management-plan']!['contingency-lines'] as Array<{
      values: Record<string, unknown>;
    }>;
    expect(lines[0]!.values).toMatchObject({ 'who-role': 'duty-officer', 'how-quickly': 'same-day' });
    expect(lines[0]!.values).not.toHaveProperty('who');
    const before = fs
      .readdirSync(path.join(storage.layout.backupsDir, planFixtureId))
      .filter((name) => name.endsWith('-before-migration.json'));
    expect(before).toHaveLength(1);
    expect(readJson(path.join(storage.layout.backupsDir, planFixtureId, before[0]!))).toEqual(
      JSON.parse(planFixtureText),
    );
  });
});
