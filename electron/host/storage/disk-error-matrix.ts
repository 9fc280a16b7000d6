import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { HostError } from '@shared/contract';
import type { ErrorCode } from '@shared/contract';
import type { Attempt } from '@shared/model/attempt';
import { createFileStore } from './file-store';
import { openStorage } from './storage';
import type { Storage } from './storage';
import { failingWrites, testHostDeps } from './testing';
import { assertNever } from '@shared/assert-never';

/**
 * The full-disk and read-only checks. Running as root, chmod does not stop writes, so the store
 * factory is wrapped to fail every write with the system error a full disk, a read-only folder or a
 * locked file gives. Each case checks the answer is the right typed error in plain words, that nothing
 * on disk changed, and that the same request succeeds once the disk recovers.
 */
export const simulatedErrors: ReadonlyArray<{ errno: string; expected: ErrorCode }> = [
  { errno: 'ENOSPC', expected: 'disk-full' },
  { errno: 'EDQUOT', expected: 'disk-full' },
  { errno: 'EROFS', expected: 'read-only' },
  { errno: 'EACCES', expected: 'read-only' },
  { errno: 'EPERM', expected: 'read-only' },
  { errno: 'EBUSY', expected: 'file-in-use' },
  { errno: 'EIO', expected: 'storage-failed' },
];

export const operations = ['save attempt', 'update settings', 'create attempt', 'delete attempt'] as const;
export type Operation = (typeof operations)[number];

export interface DiskErrorOutcome {
  operation: Operation;
  errno: string;
  expected: ErrorCode;
  answered: string | null;
  plainMessage: boolean;
  diskUnchanged: boolean;
  succeededAfterRecovery: boolean;
  ok: boolean;
}

function treeOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = fs.readFileSync(file, 'utf8');
  }
  return out;
}

function operate(storage: Storage, operation: Operation, attempt: Attempt): Promise<unknown> {
  switch (operation) {
    case 'save attempt':
      return storage.saveAttempt({
        attempt: {
          ...attempt,
          answers: { 'rosh-summary': { 'who-is-at-risk': 'typed while the disk was full' } },
        },
        progress: 0.5,
      });
    case 'update settings':
      return storage.updateSettings({ traineeName: 'Olwen Pascoe' });
    case 'create attempt':
      return storage.createAttempt({
        title: 'Second try',
        caseId: null,
        templateIds: ['rosh-summary'],
        templateVersions: { 'rosh-summary': 1 },
        releasedDocumentIds: [],
      });
    case 'delete attempt':
      return storage.deleteAttempt(attempt.id);
    default:
      return assertNever(operation, 'operation');
  }
}

export async function runDiskErrorCase(
  operation: Operation,
  errno: string,
  expected: ErrorCode,
): Promise<DiskErrorOutcome> {
  let failing = false;
  const deps = testHostDeps();
  deps.createStore = failingWrites(createFileStore, errno, () => failing);
  const outcome: DiskErrorOutcome = {
    operation,
    errno,
    expected,
    answered: null,
    plainMessage: false,
    diskUnchanged: false,
    succeededAfterRecovery: false,
    ok: false,
  };
  const storage = await openStorage(deps, { fsyncFolders: false });
  try {
    await storage.updateSettings({ traineeName: 'Before the disk filled' });
    const attempt = await storage.createAttempt({
      title: 'Practice: Rhodri Penhallow',
      caseId: 'penhallow-rhodri',
      templateIds: ['rosh-summary'],
      templateVersions: { 'rosh-summary': 1 },
      releasedDocumentIds: [],
    });
    await storage.flush();
    const before = treeOf(deps.dataDir);
    const settingsBefore = storage.getSettings();
    const listBefore = storage.listAttempts();
    failing = true;
    const error = await operate(storage, operation, attempt).then(
      () => null,
      (e: unknown) => e,
    );
    if (error instanceof HostError) {
      outcome.answered = error.code;
      outcome.plainMessage =
        !/E[A-Z]{3,}|undefined|\[object/.test(error.message) && error.message.length > 20;
    }
    await storage.flush().catch(() => undefined);
    outcome.diskUnchanged =
      isDeepStrictEqual(treeOf(deps.dataDir), before) &&
      isDeepStrictEqual(storage.getSettings(), settingsBefore) &&
      isDeepStrictEqual(storage.listAttempts(), listBefore);
    failing = false;
    outcome.succeededAfterRecovery = await operate(storage, operation, attempt).then(
      () => true,
      () => false,
    );
    outcome.ok =
      outcome.answered === expected &&
      outcome.plainMessage &&
      outcome.diskUnchanged &&
      outcome.succeededAfterRecovery;
  } finally {
    await storage.close().catch(() => undefined);
    fs.rmSync(deps.dataDir, { recursive: true, force: true });
  }
  return outcome;
}

export async function runDiskErrorMatrix(): Promise<DiskErrorOutcome[]> {
  const outcomes: DiskErrorOutcome[] = [];
  for (const operation of operations)
    for (const { errno, expected } of simulatedErrors)
      outcomes.push(await runDiskErrorCase(operation, errno, expected));
  return outcomes;
}
