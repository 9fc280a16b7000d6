import fs from 'node:fs';
import path from 'node:path';
import { documentKinds, versionLines } from '@shared/model/migrations';
import type { DocumentKind } from '@shared/model/migrations';
import { LIBRARY_BACKUP_KEY, openStorage, SETTINGS_BACKUP_KEY } from './storage';
import type { Storage } from './storage';
import { testHostDeps } from './testing';

/**
 * The upgrade check: a data folder holding a file of every schema version this app has known is
 * opened by the current storage, which must upgrade it, keep a copy of the original first, and keep
 * what the trainee had. Fixtures live in shared/model/migrations/fixtures/<kind>-v<version>.json; the
 * attempt and library fixtures describe the same attempt, so they can be opened together.
 */
export const migrationFixturesDir = path.join(
  import.meta.dirname,
  '../../../shared/model/migrations/fixtures',
);

export interface UpgradeOutcome {
  kind: DocumentKind;
  fromVersion: number;
  toVersion: number;
  /** A copy of the file exactly as it was, taken before it was replaced (only needed when upgraded). */
  backupFirst: boolean;
  upgradedOnDisk: boolean;
  keptContent: boolean;
  ok: boolean;
  problem: string | null;
}

function fixtureText(kind: DocumentKind, version: number): string {
  return fs.readFileSync(path.join(migrationFixturesDir, `${kind}-v${version}.json`), 'utf8');
}

function latestFixtureVersion(kind: DocumentKind): number {
  return versionLines[kind].current;
}

export async function runUpgradeCase(kind: DocumentKind, version: number): Promise<UpgradeOutcome> {
  const deps = testHostDeps();
  const current = versionLines[kind].current;
  const outcome: UpgradeOutcome = {
    kind,
    fromVersion: version,
    toVersion: current,
    backupFirst: false,
    upgradedOnDisk: false,
    keptContent: false,
    ok: false,
    problem: null,
  };
  let storage: Storage | null = null;
  try {
    const original = fixtureText(kind, version);
    const attemptText =
      kind === 'attempt' ? original : fixtureText('attempt', latestFixtureVersion('attempt'));
    const attemptId = (JSON.parse(attemptText) as { id: string }).id;
    const attemptsDir = path.join(deps.dataDir, 'attempts');
    fs.mkdirSync(attemptsDir, { recursive: true });
    fs.writeFileSync(path.join(attemptsDir, `${attemptId}.json`), attemptText);
    fs.writeFileSync(
      path.join(deps.dataDir, 'library.json'),
      kind === 'library' ? original : fixtureText('library', latestFixtureVersion('library')),
    );
    if (kind === 'settings') fs.writeFileSync(path.join(deps.dataDir, 'settings.json'), original);

    storage = await openStorage(deps, { fsyncFolders: false });
    const file =
      kind === 'settings'
        ? path.join(deps.dataDir, 'settings.json')
        : kind === 'library'
          ? path.join(deps.dataDir, 'library.json')
          : path.join(attemptsDir, `${attemptId}.json`);
    const backupKey =
      kind === 'settings' ? SETTINGS_BACKUP_KEY : kind === 'library' ? LIBRARY_BACKUP_KEY : attemptId;
    const backupDir = path.join(storage.layout.backupsDir, backupKey);
    const backups = fs.existsSync(backupDir) ? fs.readdirSync(backupDir) : [];
    const preMigration = backups.find((name) => name.endsWith('-before-migration.json'));
    outcome.backupFirst =
      preMigration !== undefined &&
      JSON.stringify(JSON.parse(fs.readFileSync(path.join(backupDir, preMigration), 'utf8'))) ===
        JSON.stringify(JSON.parse(original));
    outcome.upgradedOnDisk =
      (JSON.parse(fs.readFileSync(file, 'utf8')) as { schemaVersion: number }).schemaVersion === current;

    const older = JSON.parse(original) as Record<string, unknown>;
    if (kind === 'settings') {
      // Every version has had the trainee's name; the rest is checked by the migration's own tests.
      outcome.keptContent = storage.getSettings().traineeName === older.traineeName;
    } else if (kind === 'library') {
      const entries = older.entries as Array<{ id: string; progress: number }>;
      outcome.keptContent = entries.every(
        (entry) => storage?.listAttempts().find((e) => e.id === entry.id)?.progress === entry.progress,
      );
    } else {
      const attempt = await storage.getAttempt(attemptId);
      outcome.keptContent = JSON.stringify(attempt.answers) === JSON.stringify(older.answers);
    }
    const problems: string[] = [];
    if (version < current && !outcome.backupFirst) problems.push('no copy of the original was kept');
    if (version === current && preMigration) problems.push('a current file was backed up as if upgraded');
    if (!outcome.upgradedOnDisk) problems.push('the file on disk was not upgraded');
    if (!outcome.keptContent) problems.push('content was lost in the upgrade');
    if (storage.notices.length > 0)
      problems.push(`unexpected notices: ${storage.notices.map((n) => n.message).join(' | ')}`);
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

/** Every version of every kind, oldest supported to current (the current one checks nothing is disturbed). */
export async function runUpgradeMatrix(): Promise<UpgradeOutcome[]> {
  const outcomes: UpgradeOutcome[] = [];
  for (const kind of documentKinds) {
    const line = versionLines[kind];
    for (let version = line.oldestSupported; version <= line.current; version += 1)
      outcomes.push(await runUpgradeCase(kind, version));
  }
  return outcomes;
}
