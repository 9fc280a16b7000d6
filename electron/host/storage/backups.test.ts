import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attempt } from '@shared/model/attempt';
import { openStorage } from './storage';
import type { Storage, StorageOptions } from './storage';
import { testHostDeps } from './testing';

const opened: Storage[] = [];
afterEach(async () => {
  for (const storage of opened.splice(0)) await storage.close().catch(() => undefined);
});

type Deps = ReturnType<typeof testHostDeps>;

async function open(deps: Deps, options: Partial<StorageOptions> = {}): Promise<Storage> {
  const storage = await openStorage(deps, { fsyncFolders: false, ...options });
  opened.push(storage);
  return storage;
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

/** The answer held by each snapshot of an attempt, in the folder's file-name order. */
function snapshotAnswers(storage: Storage, id: string): string[] {
  const folder = path.join(storage.layout.backupsDir, id);
  return fs
    .readdirSync(folder)
    .sort()
    .map((name) => {
      const attempt = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as Attempt;
      const answer = attempt.answers['rosh-summary']?.['who-is-at-risk'];
      return typeof answer === 'string' ? answer : '(none)';
    });
}

describe('backup history', () => {
  it('cannot be flushed by a burst of saves that each change the status', async () => {
    const deps = testHostDeps();
    const storage = await open(deps, { backupsToKeep: 10 });
    let attempt = await storage.createAttempt(newAttempt);
    const save = async (next: Attempt) => {
      const ack = await storage.saveAttempt({ attempt: next, progress: 0 });
      attempt = { ...next, revision: ack.revision };
    };
    // Yesterday's work, snapshotted when the section was finished.
    deps.clock.advance(60_000);
    await save({ ...withAnswer(attempt, 'yesterday'), status: 'finished' });
    // A day later a misbehaving window toggles the status eleven times in as many seconds.
    deps.clock.advance(24 * 60 * 60_000);
    for (let i = 0; i < 11; i += 1) {
      deps.clock.advance(1_000);
      await save({
        ...withAnswer(attempt, `burst ${i}`),
        status: attempt.status === 'finished' ? 'in-progress' : 'finished',
      });
    }
    const answers = snapshotAnswers(storage, attempt.id);
    expect(answers).toContain('yesterday');
    expect(answers.at(-1)).toBe('burst 10');
    // The rolling window is still the newest ten; only a little older history is kept beside it.
    expect(answers.filter((answer) => answer.startsWith('burst'))).toHaveLength(10);
    expect(answers.length).toBeLessThanOrEqual(10 + 4);
  });

  it('keeps a snapshot written after the clock went backwards, and counts it as the newest', async () => {
    const deps = testHostDeps();
    const storage = await open(deps, { backupsToKeep: 3 });
    let attempt = await storage.createAttempt(newAttempt);
    const toggle = async (answer: string) => {
      const next = {
        ...withAnswer(attempt, answer),
        status: attempt.status === 'finished' ? ('in-progress' as const) : ('finished' as const),
      };
      const ack = await storage.saveAttempt({ attempt: next, progress: 0 });
      attempt = { ...next, revision: ack.revision };
    };
    for (const answer of ['one', 'two', 'three']) {
      deps.clock.advance(60_000);
      await toggle(answer);
    }
    // The computer's clock is corrected by a day.
    deps.clock.advance(-24 * 60 * 60_000);
    await toggle('after the clock change');
    const folder = path.join(storage.layout.backupsDir, attempt.id);
    const contents = fs
      .readdirSync(folder)
      .map((name) => JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as Attempt)
      .map((snapshot) => snapshot.answers['rosh-summary']?.['who-is-at-risk']);
    expect(contents).toContain('after the clock change');
    expect(contents).toHaveLength(3);
    expect(contents).not.toContain('one');
  });
});
