/**
 * Faults at the byte level. For each kind of edit, the file operations it makes are listed from a run without
 * faults; then, on a fresh copy of the data folder each time, every one of those operations is failed in turn
 * (and every write is also cut part-way: after 0 bytes, 1 byte, half, all but one). At each point:
 * - the answer is a typed error (never `internal`), or the edit is acknowledged and on disk;
 * - the file holds the old value (the new one only when the fault came after the rename), never a mix;
 * - once the disk works again, the same edit succeeds, and the next start-up finds it and no temporary files.
 * Exported for the test and the reliability report.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ErrorCode } from '@shared/contract';
import type { Attempt } from '@shared/model/attempt';
import type { Review } from '@shared/review/schema';
import type { SupervisionRecord } from '@shared/supervision/schema';
import type { Host } from '../../services';
import { createHost } from '../../services';
import { leftoverTempFile } from '../../encryption/replace-file';
import { carelessStoreWith, FaultyFileSystem, faultyIo } from '../__fixtures__/faulty-fs';
import type { Operation } from '../__fixtures__/faulty-fs';
import { defaultFileIo } from '../file-system';
import { call, deps, fastTemp, seed } from './power-loss';
import type { Seed } from './power-loss';

/** System errors and the typed error each must become (what the trainee is told). */
export const simulatedErrors: ReadonlyArray<{ errno: string; expected: ErrorCode }> = [
  { errno: 'ENOSPC', expected: 'disk-full' },
  { errno: 'EDQUOT', expected: 'disk-full' },
  { errno: 'EROFS', expected: 'read-only' },
  { errno: 'EACCES', expected: 'read-only' },
  { errno: 'EPERM', expected: 'read-only' },
  { errno: 'EBUSY', expected: 'file-in-use' },
  { errno: 'EIO', expected: 'storage-failed' },
];

export const faultSteps = [
  'save attempt',
  'update settings',
  'create attempt',
  'save review',
  'save supervision record',
  'switch encryption on',
  'open attempt',
] as const;
export type FaultStep = (typeof faultSteps)[number];

interface StepDefinition {
  /** The files whose rename puts the new value in place (before it, only the old value may be found). */
  target: (file: string, s: Seed) => boolean;
  run: (host: Host, s: Seed) => Promise<unknown>;
  /** The value the edit sets, read back through a host. */
  read: (host: Host, s: Seed) => Promise<unknown>;
  oldValue: unknown;
  newValue: unknown;
}

const steps: Record<FaultStep, StepDefinition> = {
  'save attempt': {
    target: (file, s) => file === path.join('attempts', `${s.attemptId}.json`),
    run: async (host, s) => {
      const attempt = await call<Attempt>(host, 'getAttempt', { id: s.attemptId });
      return call(host, 'saveAttempt', {
        attempt: {
          ...attempt,
          answers: { 'rosh-analysis': { 'persons-account': 'typed as the disk failed' } },
        },
        progress: 0.4,
      });
    },
    read: async (host, s) =>
      (await call<Attempt>(host, 'getAttempt', { id: s.attemptId })).answers['rosh-analysis']?.[
        'persons-account'
      ],
    oldValue: 'first words',
    newValue: 'typed as the disk failed',
  },
  'update settings': {
    target: (file) => file === 'settings.json',
    run: (host) => call(host, 'updateSettings', { traineeName: 'Olwen Pascoe' }),
    read: async (host) => (await call<{ traineeName: string }>(host, 'getSettings', {})).traineeName,
    oldValue: 'Sam Okafor',
    newValue: 'Olwen Pascoe',
  },
  'create attempt': {
    // Start-up adds an attempt file the index does not list yet, so the new attempt's own rename is enough.
    target: (file) => file === 'library.json' || file.startsWith(`attempts${path.sep}`),
    run: (host) =>
      call(host, 'createAttempt', {
        title: 'Second try',
        caseId: null,
        templateIds: ['rosh-analysis'],
        templateVersions: { 'rosh-analysis': 1 },
        releasedDocumentIds: [],
      }),
    read: async (host) =>
      (await call<{ entries: Array<{ title: string }> }>(host, 'listAttempts', {})).entries.some(
        (entry) => entry.title === 'Second try',
      ),
    oldValue: false,
    newValue: true,
  },
  'save review': {
    target: (file, s) => file === path.join('reviews', `${s.review.id}.json`),
    run: (host, s) => call(host, 'saveReview', { review: { ...s.review, overallFeedback: 'Well argued.' } }),
    read: async (host, s) =>
      (await call<{ reviews: Review[] }>(host, 'listReviews', {})).reviews.find((r) => r.id === s.review.id)
        ?.overallFeedback,
    oldValue: '',
    newValue: 'Well argued.',
  },
  'save supervision record': {
    target: (file, s) => file === path.join('supervision', `${s.record.id}.json`),
    run: (host, s) =>
      call(host, 'saveSupervisionRecord', { record: { ...s.record, agenda: 'Risk to the child' } }),
    read: async (host, s) =>
      (await call<{ records: SupervisionRecord[] }>(host, 'listSupervisionRecords', {})).records.find(
        (r) => r.id === s.record.id,
      )?.agenda,
    oldValue: '',
    newValue: 'Risk to the child',
  },
  'switch encryption on': {
    target: (file) => file === 'library.json',
    run: (host) => call(host, 'setEncryption', { enabled: true }),
    read: async (host) => (await call<{ enabled: boolean }>(host, 'getEncryption', {})).enabled,
    oldValue: false,
    newValue: true,
  },
  'open attempt': {
    target: (file, s) => file === path.join('attempts', `${s.attemptId}.json`),
    run: (host, s) => call(host, 'getAttempt', { id: s.attemptId }),
    read: async (host, s) => (await call<Attempt>(host, 'getAttempt', { id: s.attemptId })).title,
    oldValue: 'Practice on a fictional case',
    newValue: 'Practice on a fictional case',
  },
};

export interface FaultPoint {
  step: FaultStep;
  /** Index of the failed operation among the step's operations. */
  at: number;
  operation: Operation['kind'];
  file: string;
  /** For a cut write: bytes that reached the file. */
  bytesBeforeFailure?: number;
  errno: string;
}

export interface FaultOutcome extends FaultPoint {
  answered: string;
  typedError: boolean;
  oldOrNewIntact: boolean;
  noAcknowledgedEditLost: boolean;
  recovered: boolean;
  ok: boolean;
  detail: string;
}

const errnoFor = (kind: Operation['kind']) =>
  kind === 'fsync' || kind === 'folder-fsync' || kind === 'read' || kind === 'folder-open' ? 'EIO' : 'ENOSPC';

function copyOf(seeded: Seed, root: string, label: string): string {
  const dir = path.join(root, label);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(seeded.dir, dir, { recursive: true });
  return dir;
}

function leftovers(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && leftoverTempFile.test(entry.name))
    .map((entry) => entry.name);
}

/** The operations a step makes, from a run without faults. */
async function operationsOf(
  step: FaultStep,
  seeded: Seed,
  root: string,
  options: ByteFaultOptions,
): Promise<Operation[]> {
  const dataDir = copyOf(seeded, root, 'listing');
  const layer = new FaultyFileSystem();
  const host = await createHost(hostDeps(dataDir, layer, options));
  layer.arm(null);
  await steps[step].run(host, seeded);
  // Paths relative to the data folder, so they compare with each case's own copy.
  const operations = layer.log.map((o) => ({ ...o, file: path.relative(dataDir, o.file) }));
  layer.arm(null);
  await host.close();
  return operations;
}

export interface ByteFaultOptions {
  /** Negative control: a store that renames before it writes, so a cut write tears the file itself. */
  careless?: boolean;
}

function hostDeps(dataDir: string, layer: FaultyFileSystem, options: ByteFaultOptions) {
  const io = faultyIo(layer);
  const given = deps(dataDir, io, { path: null });
  return options.careless ? { ...given, createStore: carelessStoreWith(io) } : given;
}

async function runPoint(
  point: FaultPoint,
  seeded: Seed,
  root: string,
  operations: Operation[],
  options: ByteFaultOptions,
): Promise<FaultOutcome> {
  const step = steps[point.step];
  const dataDir = copyOf(seeded, root, 'case');
  const layer = new FaultyFileSystem();
  const host = await createHost(hostDeps(dataDir, layer, options));
  const outcome: FaultOutcome = {
    ...point,
    answered: 'ok',
    typedError: true,
    oldOrNewIntact: false,
    noAcknowledgedEditLost: false,
    recovered: false,
    ok: false,
    detail: '',
  };
  // The new value may be in place only if the fault came after the rename onto the file checked.
  const renamedBefore = operations
    .slice(0, point.at)
    .some((o) => o.kind === 'rename' && step.target(o.file, seeded));
  try {
    layer.arm({ at: point.at, code: point.errno, bytesBeforeFailure: point.bytesBeforeFailure });
    let acknowledged = true;
    try {
      await step.run(host, seeded);
    } catch (error) {
      acknowledged = false;
      const answer = (error as { answer?: { ok: false; error: { code: string } } }).answer;
      outcome.answered = answer?.error.code ?? String(error);
      outcome.typedError = answer !== undefined && answer.error.code === expectedCodeFor(point.errno);
    }
    layer.arm(null);
    // What a fresh start finds right after the fault, before any retry.
    await host.close().catch(() => undefined);
    const fresh = await createHost(deps(dataDir, defaultFileIo, { path: null }));
    const found = await step.read(fresh, seeded).catch((error: unknown) => `unreadable: ${String(error)}`);
    const quarantined =
      fs.existsSync(path.join(dataDir, 'quarantine')) &&
      fs.readdirSync(path.join(dataDir, 'quarantine')).length > 0;
    const allowed = acknowledged
      ? [step.newValue]
      : renamedBefore
        ? [step.oldValue, step.newValue]
        : [step.oldValue];
    outcome.oldOrNewIntact = allowed.includes(found) && !quarantined;
    outcome.noAcknowledgedEditLost = !acknowledged || found === step.newValue;
    if (!outcome.oldOrNewIntact)
      outcome.detail = `found ${JSON.stringify(found)}${quarantined ? ', a file quarantined' : ''}`;
    // The disk works again: the same edit succeeds, and the next start finds it and no temporary files.
    await step.run(fresh, seeded);
    await fresh.close();
    const again = await createHost(deps(dataDir, defaultFileIo, { path: null }));
    outcome.recovered = (await step.read(again, seeded)) === step.newValue && leftovers(dataDir).length === 0;
    await again.close();
    if (!outcome.recovered) outcome.detail += ` not recovered (leftovers: ${leftovers(dataDir).join(', ')})`;
  } catch (error) {
    outcome.detail += ` threw: ${String(error)}`;
  }
  outcome.ok =
    outcome.typedError && outcome.oldOrNewIntact && outcome.noAcknowledgedEditLost && outcome.recovered;
  return outcome;
}

/** Every fault point of every step (or of the steps named), each operation failed and each write cut. */
export async function runByteFaults(
  only: readonly FaultStep[] = faultSteps,
  options: ByteFaultOptions = {},
): Promise<FaultOutcome[]> {
  const root = fs.mkdtempSync(path.join(fastTemp, 'casework-faults-'));
  const outcomes: FaultOutcome[] = [];
  try {
    const seeded = await seed(root);
    for (const step of only) {
      const operations = await operationsOf(step, seeded, root, options);
      const points: FaultPoint[] = [];
      operations.forEach((operation, at) => {
        const base = { step, at, operation: operation.kind, file: operation.file || '.' };
        if (operation.kind !== 'write') {
          points.push({ ...base, errno: errnoFor(operation.kind) });
          return;
        }
        const length = operation.bytes ?? 0;
        for (const bytes of new Set(
          [0, 1, Math.floor(length / 2), length - 1].filter((n) => n >= 0 && n < length),
        ))
          points.push({ ...base, bytesBeforeFailure: bytes, errno: 'ENOSPC' });
      });
      // Each system error once, at the first write of the step, to pin what the trainee is told.
      const firstWrite = points.find((p) => p.operation === 'write');
      if (firstWrite)
        for (const { errno } of simulatedErrors) points.push({ ...firstWrite, errno, bytesBeforeFailure: 1 });
      for (const point of points) outcomes.push(await runPoint(point, seeded, root, operations, options));
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return outcomes;
}

/** The typed error each system error must give, for the test of the messages. */
export function expectedCodeFor(errno: string): ErrorCode | undefined {
  return simulatedErrors.find((e) => e.errno === errno)?.expected;
}
