import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Attempt } from '@shared/model/attempt';
import type { LibraryEntry } from '@shared/model/library';
import type { Settings } from '@shared/model/settings';
import { noticeText } from './notices';
import { openStorage } from './storage';
import type { Storage } from './storage';
import { testHostDeps } from './testing';
import { assertNever } from '@shared/assert-never';

/**
 * The corruption matrix: each kind of damage to each kind of file, then a start. Shared by the
 * unit test (which asserts every case) and `npm run report:reliability` (which prints them).
 */
export const damagedFiles = ['settings', 'library', 'attempt'] as const;
export type DamagedFile = (typeof damagedFiles)[number];

export const damageKinds = [
  'truncated',
  'zero-length',
  'invalid-json',
  'wrong-schema',
  'newer-version',
] as const;
export type DamageKind = (typeof damageKinds)[number];

export interface CorruptionOutcome {
  file: DamagedFile;
  damage: DamageKind;
  started: boolean;
  /** Files found in quarantine afterwards. */
  quarantined: number;
  /** What the trainee now sees equals what they last saved (restored or rebuilt). */
  recovered: boolean;
  notices: string[];
  expectedNotice: string;
  ok: boolean;
  problem: string | null;
}

function damage(file: string, kind: DamageKind, which: DamagedFile): void {
  const original = fs.readFileSync(file, 'utf8');
  const parsed = JSON.parse(original) as Record<string, unknown>;
  switch (kind) {
    case 'truncated':
      // Cut mid-way, as an in-place write interrupted by a power cut would leave it.
      fs.writeFileSync(file, original.slice(0, Math.floor(original.length / 2)));
      return;
    case 'zero-length':
      fs.writeFileSync(file, '');
      return;
    case 'invalid-json':
      fs.writeFileSync(file, `\u0000\u0000${original.slice(3)}`);
      return;
    case 'wrong-schema': {
      const wrong =
        which === 'settings'
          ? { ...parsed, theme: 'purple' }
          : which === 'library'
            ? { ...parsed, entries: 'all of them' }
            : { ...parsed, revision: 'seven' };
      fs.writeFileSync(file, JSON.stringify(wrong));
      return;
    }
    case 'newer-version':
      fs.writeFileSync(file, JSON.stringify({ ...parsed, schemaVersion: 99 }));
      return;
    default:
      return assertNever(kind, 'corruption');
  }
}

interface Before {
  settings: Settings;
  entries: LibraryEntry[];
  attempt: Attempt;
  /** When the settings were saved, and so snapshotted. */
  settingsSavedAt: Date;
  /** When the last snapshots of the attempts were taken (the clock does not move after the last save). */
  savedAt: Date;
}

async function prepare(storage: Storage, advance: (ms: number) => void, now: () => Date): Promise<Before> {
  await storage.updateSettings({ traineeName: 'Tamsin Hollowell', theme: 'dark', textSize: 'larger' });
  const settingsSavedAt = now();
  const first = await storage.createAttempt({
    title: 'Practice: Kieran Ashdown',
    caseId: 'ashdown-kieran',
    templateIds: ['rosh-summary'],
    templateVersions: { 'rosh-summary': 1 },
    releasedDocumentIds: [],
  });
  const second = await storage.createAttempt({
    title: 'Own case reflection',
    caseId: null,
    templateIds: ['reflective-log'],
    templateVersions: { 'reflective-log': 1 },
    releasedDocumentIds: [],
  });
  advance(60_000);
  const edited: Attempt = {
    ...first,
    answers: { 'rosh-summary': { 'who-is-at-risk': 'A neighbour named in the police callout log.' } },
  };
  const ack = await storage.saveAttempt({ attempt: edited, progress: 0.35 });
  await storage.saveAttempt({ attempt: second, progress: 0.1 });
  const settings = storage.getSettings();
  await storage.flush();
  const entries = storage.listAttempts();
  await storage.close();
  return {
    settings,
    settingsSavedAt,
    entries,
    attempt: { ...edited, revision: ack.revision, updatedAt: ack.savedAt },
    savedAt: now(),
  };
}

function expectedNotice(which: DamagedFile, kind: DamageKind, before: Before): string {
  if (which === 'settings')
    return kind === 'newer-version'
      ? noticeText.settingsTooNewRestored(before.settingsSavedAt)
      : noticeText.settingsRestored(before.settingsSavedAt);
  if (which === 'library')
    return noticeText.libraryRebuilt(2, kind === 'newer-version' ? 'newer' : 'damaged');
  return kind === 'newer-version'
    ? noticeText.attemptTooNew(before.attempt.title)
    : noticeText.attemptRestored(before.attempt.title, before.savedAt);
}

export async function runCorruptionCase(which: DamagedFile, kind: DamageKind): Promise<CorruptionOutcome> {
  const deps = testHostDeps();
  // Snapshot every save, so "the last good backup" is the last saved state and recovery can be exact.
  const options = { fsyncFolders: false, snapshotIntervalMs: 0 };
  const outcome: CorruptionOutcome = {
    file: which,
    damage: kind,
    started: false,
    quarantined: 0,
    recovered: false,
    notices: [],
    expectedNotice: '',
    ok: false,
    problem: null,
  };
  let storage: Storage | null = null;
  try {
    const before = await prepare(await openStorage(deps, options), deps.clock.advance, deps.now);
    outcome.expectedNotice = expectedNotice(which, kind, before);
    const target =
      which === 'settings'
        ? path.join(deps.dataDir, 'settings.json')
        : which === 'library'
          ? path.join(deps.dataDir, 'library.json')
          : path.join(deps.dataDir, 'attempts', `${before.attempt.id}.json`);
    damage(target, kind, which);
    deps.clock.advance(3_600_000);

    storage = await openStorage(deps, options);
    // What the app does once the first screen has painted: every attempt the index listed is checked.
    await storage.checkAttemptFiles();
    outcome.started = true;
    outcome.notices = storage.notices.map((n) => n.message);
    outcome.quarantined = fs.readdirSync(storage.layout.quarantineDir).length;

    if (which === 'settings') outcome.recovered = isDeepStrictEqual(storage.getSettings(), before.settings);
    else if (which === 'library')
      outcome.recovered = isDeepStrictEqual(storage.listAttempts(), before.entries);
    else if (kind === 'newer-version') {
      // Left for the newer version: out of the list, file untouched, the other attempt still there.
      outcome.recovered =
        fs.existsSync(target) &&
        storage.listAttempts().every((e) => e.id !== before.attempt.id) &&
        storage.listAttempts().length === 1;
    } else outcome.recovered = isDeepStrictEqual(await storage.getAttempt(before.attempt.id), before.attempt);

    const expectedQuarantined = which === 'attempt' && kind === 'newer-version' ? 0 : 1;
    const problems: string[] = [];
    if (outcome.quarantined !== expectedQuarantined)
      problems.push(`${outcome.quarantined} file(s) in quarantine, expected ${expectedQuarantined}`);
    if (!outcome.recovered) problems.push('what the trainee sees is not what they last saved');
    if (outcome.notices.length !== 1 || outcome.notices[0] !== outcome.expectedNotice)
      problems.push(`notices were ${JSON.stringify(outcome.notices)}`);
    outcome.problem = problems.length > 0 ? problems.join('; ') : null;
    outcome.ok = problems.length === 0;
  } catch (error) {
    outcome.problem = error instanceof Error ? error.message : String(error);
  } finally {
    await storage?.close();
    fs.rmSync(deps.dataDir, { recursive: true, force: true });
  }
  return outcome;
}

export async function runCorruptionMatrix(): Promise<CorruptionOutcome[]> {
  const outcomes: CorruptionOutcome[] = [];
  for (const which of damagedFiles)
    for (const kind of damageKinds) outcomes.push(await runCorruptionCase(which, kind));
  return outcomes;
}
