/**
 * The fuzz that reaches the handlers: for every contract channel, fast-check generates requests the schema
 * ACCEPTS (built from the zod schemas by `arbitraryFor`, aimed at ids that exist), sends each through
 * `dispatch` to the real host on a temp data folder, and checks after every call:
 * - no other attempt, review or record changed: a file may change only when the request names its id, the
 *   file already referred to a named id (a review of a deleted attempt), or the file is new;
 * - nothing was written outside the data folder, except at a path a save dialog answered;
 * - the library index lists exactly the attempt files;
 * - a dialog opened only on a channel whose contract says it asks the person, at most one per call;
 * - no handler crashed (`internal`).
 * It counts calls that reached the handler, not payloads refused. Exported for the test and for
 * `npm run report:reliability`.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { contract, methodNames } from '@shared/contract';
import type { MethodName } from '@shared/contract';
import { createFileStore } from '@host/storage/file-store';
import { dispatch } from '@host/dispatch';
import type { HandlerTable } from '@host/handler-types';
import type { Dialogs, HostDeps, KeyProtector } from '@host/ports';
import { createHost } from '@host/services';
import type { Host } from '@host/services';
import { arbitraryFor } from './arbitraries';

/** A break in a handler the mutation controls put in, to show the invariants notice it. */
export type Mutation = (
  handlers: HandlerTable,
  place: { dataDir: string; victimId: string; dialogs: Dialogs },
) => HandlerTable;

export interface HandlerFuzzOptions {
  callsPerChannel?: number;
  seed?: number;
  methods?: readonly MethodName[];
  /** Calls per fresh copy of the seeded data folder, so the folder (and each check) stays small. */
  callsPerBatch?: number;
  mutate?: Mutation;
}

export interface ChannelHandlerResult {
  method: MethodName;
  channel: string;
  /** Generated requests the schema accepted and the fuzz sent. */
  sent: number;
  /** Sent requests that ran the handler (counted inside the handler table, not from the answer). */
  reached: number;
  answeredOk: number;
  /** Answered with a typed error (not-found, conflict, invalid-file...): a handler refusing calmly. */
  answeredTypedError: number;
  /** Answered `internal`: the handler threw something it did not mean to. */
  crashed: number;
  violations: number;
  examples: string[];
  durationMs: number;
}

export interface HandlerFuzzReport {
  seed: number;
  callsPerChannel: number;
  channels: ChannelHandlerResult[];
  totals: { sent: number; reached: number; violations: number; crashed: number };
  durationMs: number;
}

/** Files whose content is shared by every call rather than owned by one id. */
const sharedFile =
  /^(settings\.json|library\.json|library-head\.json|import-watch\.json|encryption-key\.bin|templates[\\/].*|quarantine[\\/].*|backups[\\/]_(settings|library|templates)[\\/].*)$/;
/** Channels that rewrite every saved file by design (the bytes change, the names must not). */
const rewritesEverything = new Set<MethodName>(['setEncryption']);
const asksPerson = (method: MethodName) => contract[method].summary.startsWith('Ask ');

/** A key protector that always works, so the fuzz can switch encryption on and off. */
const fakeProtector: KeyProtector = {
  isAvailable: () => true,
  encrypt: (plain) => Buffer.from(`sealed:${plain}`),
  decrypt: (sealed) => sealed.toString().slice('sealed:'.length),
};

interface FileState {
  signature: string;
  content: string;
}

function signatureOf(full: string): string {
  const s = statSync(full, { bigint: true });
  return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
}

/** Every file under `dir`, with contents reused from `cache` when its inode, size and times are the same. */
function walkFiles(dir: string, cache: Map<string, FileState>, skip?: string): Map<string, FileState> {
  const files = new Map<string, FileState>();
  const walk = (current: string) => {
    let entries: string[];
    try {
      entries = readdirSync(current);
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(current, entry);
      if (full === skip) continue;
      let isDir: boolean;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        continue;
      }
      if (isDir) {
        walk(full);
        continue;
      }
      const signature = signatureOf(full);
      const cached = cache.get(full);
      const state =
        cached && cached.signature === signature
          ? cached
          : { signature, content: readFileSync(full, 'latin1') };
      files.set(relative(dir, full), state);
      cache.set(full, state);
    }
  };
  walk(dir);
  return files;
}

/** The id a data file belongs to: its own name, or the folder it sits in under backups/. */
function ownerOf(file: string): string | null {
  if (sharedFile.test(file)) return null;
  const parts = file.split(sep);
  // backups/<attempt id>/<snapshot>, backups/_<records folder>/<record id>/<snapshot>
  if (parts[0] === 'backups') return (parts[1]!.startsWith('_') ? parts[2] : parts[1]) ?? null;
  const last = parts[parts.length - 1]!;
  return last.replace(/\.json$/, '');
}

/** Every string in a request (keys too), since any of them may name what the call is about. */
function namedIn(value: unknown, into = new Set<string>(), depth = 0): Set<string> {
  if (depth > 80) return into;
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) namedIn(item, into, depth + 1);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      into.add(key);
      namedIn(item, into, depth + 1);
    }
  return into;
}

/**
 * Memory-backed where there is one (Linux): fsync there is a no-op, so 32,000 calls stay within a CI budget.
 * Durability is not this test's subject (the fault-injecting file layer's tests are).
 */
const fastTemp = process.platform === 'linux' && existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

interface Place {
  jail: string;
  dataDir: string;
  chosenDir: string;
}

/** data/ sits two folders deep in a jail, so `../../x` from inside it still lands where the check looks. */
function newPlace(pristine: string | null): Place {
  const jail = mkdtempSync(join(fastTemp, 'casework-hfuzz-'));
  const dataDir = join(jail, 'outer', 'inner', 'data');
  const chosenDir = join(jail, 'chosen');
  mkdirSync(chosenDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(jail, 'outer', 'sentinel.txt'), 'outside the data folder');
  if (pristine) cpSync(pristine, dataDir, { recursive: true });
  return { jail, dataDir, chosenDir };
}

interface DialogLog {
  opened: number;
  savedTo: string[];
}

function fuzzDialogs(place: Place, log: DialogLog, rng: () => number): Dialogs {
  let n = 0;
  return {
    chooseSavePath: async ({ defaultName }) => {
      log.opened += 1;
      // Mostly the person cancels; now and then a file is written, so the writing half runs too.
      if (rng() > 0.03) return null;
      n += 1;
      const file = join(
        place.chosenDir,
        `${n}-${defaultName.replace(/[^\w.-]/g, '_').slice(0, 60) || 'file'}`,
      );
      log.savedTo.push(file);
      return file;
    },
    chooseOpenPath: async () => {
      log.opened += 1;
      const roll = rng();
      if (roll < 0.7) return null;
      if (roll < 0.85) return join(place.chosenDir, 'not-there.casework');
      const junk = join(place.chosenDir, `junk-${(n += 1)}.casework`);
      writeFileSync(junk, Buffer.from(`%PDF-1.7 junk ${roll}`));
      return junk;
    },
    // Several files at once: the same mix, a few at a time.
    chooseOpenPaths: async () => {
      log.opened += 1;
      const roll = rng();
      if (roll < 0.7) return [];
      const junk = join(place.chosenDir, `junk-${(n += 1)}.casework`);
      writeFileSync(junk, Buffer.from(`{"format":"casework-share","junk":${roll}}`));
      return [junk, join(place.chosenDir, 'not-there.casework'), junk];
    },
    // A folder: mostly cancelled, otherwise the chosen folder with whatever junk the other dialogs left there.
    chooseFolder: async () => {
      log.opened += 1;
      return rng() < 0.7 ? null : place.chosenDir;
    },
  };
}

function hostDeps(dataDir: string, dialogs: Dialogs): HostDeps {
  let counter = 0;
  return {
    dataDir,
    createStore: createFileStore,
    dialogs,
    keyProtector: fakeProtector,
    now: () => new Date('2026-11-23T14:02:00.000Z'),
    newId: () => `made-${String((counter += 1)).padStart(6, '0')}`,
    storage: { fsyncFolders: false },
    log: () => {},
  };
}

/** Seeds a data folder with two attempts (one the "victim"), settings, and lets start-up settle. */
async function seedFolder(): Promise<{ pristine: Place; knownIds: string[]; victimId: string }> {
  const pristine = newPlace(null);
  const log: DialogLog = { opened: 0, savedTo: [] };
  const host = await createHost(
    hostDeps(
      pristine.dataDir,
      fuzzDialogs(pristine, log, () => 1),
    ),
  );
  const ctx = { transport: 'harness' } as const;
  const make = async (title: string) => {
    const attempt = await host.handlers.createAttempt(
      {
        title,
        caseId: null,
        templateIds: ['rosh-analysis'],
        templateVersions: { 'rosh-analysis': 1 },
        releasedDocumentIds: [],
      },
      ctx,
    );
    await host.handlers.saveAttempt(
      {
        attempt: { ...attempt, answers: { 'rosh-analysis': { 'who-at-risk': `Known adult (${title})` } } },
        progress: 0.1,
      },
      ctx,
    );
    return attempt.id;
  };
  const own = await make('Own practice');
  const victim = await make('Victim practice');
  const deleted = await make('Deleted practice');
  await host.handlers.deleteAttempt({ id: deleted }, ctx);
  await host.handlers.updateSettings({ traineeName: 'Rhiannon Example' }, ctx);
  const knownIds = [own, victim, deleted, 'rosh-analysis', 'risk-management-plan', 'missing-000001'];
  // Reviews and supervision records from the fuzz's own generator, so those channels find data to act on.
  for (const [method, field] of [
    ['saveReview', 'review'],
    ['saveSupervisionRecord', 'record'],
  ] as const) {
    const { request } = contract[method];
    const candidates = fc.sample(arbitraryFor(request, { knownIds }), { numRuns: 300, seed: 5 });
    let saved = 0;
    for (const payload of candidates) {
      if (saved === 2 || !request.safeParse(payload).success) continue;
      const id = `seed-${field}-${saved + 1}`;
      const withId = { [field]: { ...(payload as Record<string, Record<string, unknown>>)[field], id } };
      const answer = await dispatch(host.handlers, method, withId, ctx, () => {});
      if (answer.ok) {
        saved += 1;
        knownIds.push(id);
      }
    }
  }
  await host.close();
  // Settled as a trainee's folder is after a day's use: start-up lists from the index without opening files,
  // so the background check is run here too, upgrading older files once (with their backups) before the
  // fuzz starts; otherwise the first call of any channel would meet that one-off upgrade.
  const settling = await createHost(
    hostDeps(
      pristine.dataDir,
      fuzzDialogs(pristine, log, () => 1),
    ),
  );
  await settling.handlers.checkAttemptFiles({}, ctx);
  await settling.close();
  return { pristine, knownIds, victimId: victim };
}

function readIndexIds(host: Host, dataDir: string): string[] | string {
  try {
    const store = host.services.deps.createStore({ cwd: dataDir, configName: 'library' });
    const entries = (store.store as { entries?: Array<{ id?: unknown }> }).entries;
    if (!Array.isArray(entries)) return 'library index has no entries list';
    return entries.map((entry) => String(entry.id)).sort();
  } catch (error) {
    return `library index unreadable: ${String(error)}`;
  }
}

function attemptFileIds(dataDir: string): string[] {
  const dir = join(dataDir, 'attempts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** What changed between two walks of the data folder that the request did not allow. */
function forbiddenChanges(
  before: Map<string, FileState>,
  after: Map<string, FileState>,
  named: Set<string>,
  method: MethodName,
): string[] {
  const problems: string[] = [];
  if (rewritesEverything.has(method)) {
    for (const file of before.keys()) if (!after.has(file) && ownerOf(file)) problems.push(`removed ${file}`);
    return problems;
  }
  const allowed = (file: string, state: FileState | undefined) => {
    const owner = ownerOf(file);
    if (owner === null || named.has(owner)) return true;
    // A file that referred to a named id (a review of that attempt, a record linking it) may follow it.
    if (state && [...named].some((id) => id.length >= 6 && state.content.includes(id))) return true;
    return false;
  };
  for (const [file, state] of before) {
    const now = after.get(file);
    if (now?.content === state.content) continue;
    if (!allowed(file, state)) problems.push(`${now ? 'changed' : 'removed'} ${file}`);
  }
  return problems;
}

async function fuzzChannel(
  method: MethodName,
  seeded: { pristine: Place; knownIds: string[]; victimId: string },
  options: Required<Pick<HandlerFuzzOptions, 'callsPerChannel' | 'seed' | 'callsPerBatch'>> &
    HandlerFuzzOptions,
  channelSeed: number,
): Promise<ChannelHandlerResult> {
  const { request, channel } = contract[method];
  const arbitrary = arbitraryFor(request, { knownIds: seeded.knownIds });
  const result: ChannelHandlerResult = {
    method,
    channel,
    sent: 0,
    reached: 0,
    answeredOk: 0,
    answeredTypedError: 0,
    crashed: 0,
    violations: 0,
    examples: [],
    durationMs: 0,
  };
  const started = Date.now();
  const note = (line: string) => {
    result.violations += 1;
    if (result.examples.length < 5) result.examples.push(line);
  };
  let generated = 0;
  let rngState = channelSeed >>> 0;
  const rng = () => {
    rngState = (Math.imul(rngState, 1664525) + 1013904223) >>> 0;
    return rngState / 2 ** 32;
  };
  while (result.sent < options.callsPerChannel) {
    const batch = fc
      .sample(arbitrary, { numRuns: options.callsPerBatch, seed: channelSeed + generated })
      .filter((payload) => request.safeParse(payload).success);
    generated += options.callsPerBatch;
    if (generated > options.callsPerChannel * 20) {
      note(`only ${result.sent} valid requests generated`);
      break;
    }
    const place = newPlace(seeded.pristine.dataDir);
    const dialogLog: DialogLog = { opened: 0, savedTo: [] };
    try {
      const dialogs = fuzzDialogs(place, dialogLog, rng);
      const host = await createHost(hostDeps(place.dataDir, dialogs));
      const counted = { ...host.handlers } as Record<
        MethodName,
        (p: unknown, c: unknown) => Promise<unknown>
      >;
      let reachedNow = 0;
      const original = counted[method];
      counted[method] = (payload, ctx) => {
        reachedNow += 1;
        return original(payload, ctx);
      };
      let handlers = counted as unknown as HandlerTable;
      if (options.mutate)
        handlers = options.mutate(handlers, { dataDir: place.dataDir, victimId: seeded.victimId, dialogs });
      const cache = new Map<string, FileState>();
      const outsideBefore = walkFiles(place.jail, cache, place.dataDir);
      let dataBefore = walkFiles(place.dataDir, cache);
      for (const payload of batch) {
        if (result.sent >= options.callsPerChannel) break;
        result.sent += 1;
        const opened = dialogLog.opened;
        const reachedBefore = reachedNow;
        const answer = await dispatch(handlers, method, payload, { transport: 'ipc' }, () => {}, {
          checkResponses: true,
        });
        if (reachedNow > reachedBefore) result.reached += 1;
        if (answer.ok) result.answeredOk += 1;
        else if (answer.error.code === 'internal') {
          result.crashed += 1;
          note(`internal: ${answer.error.message}`);
        } else result.answeredTypedError += 1;
        const describe = () => JSON.stringify(payload)?.slice(0, 160) ?? 'undefined';
        const dialogs = dialogLog.opened - opened;
        if (dialogs > 1 || (dialogs === 1 && !asksPerson(method)))
          note(`${dialogs} dialog(s) opened by ${channel}: ${describe()}`);
        const outsideAfter = walkFiles(place.jail, cache, place.dataDir);
        for (const [file, state] of outsideAfter) {
          const full = join(place.jail, file);
          if (outsideBefore.get(file)?.content === state.content) continue;
          if (dialogLog.savedTo.includes(full) || full.startsWith(join(place.chosenDir, 'junk-'))) continue;
          note(`wrote outside the data folder: ${file} (${describe()})`);
          outsideBefore.set(file, state);
        }
        const dataAfter = walkFiles(place.dataDir, cache);
        for (const problem of forbiddenChanges(dataBefore, dataAfter, namedIn(payload), method))
          note(`${problem} (${describe()})`);
        // Unchanged files keep their cached state object, so identity says whether the call touched them.
        const touchedAttempts =
          dataBefore.size !== dataAfter.size ||
          [...dataAfter].some(
            ([file, state]) =>
              (file === 'library.json' || file.startsWith(`attempts${sep}`)) &&
              dataBefore.get(file) !== state,
          );
        if (touchedAttempts || result.sent === 1) {
          const indexIds = readIndexIds(host, place.dataDir);
          const fileIds = attemptFileIds(place.dataDir);
          if (typeof indexIds === 'string') note(indexIds);
          else if (indexIds.join() !== fileIds.join())
            note(`index [${indexIds.join(', ')}] but files [${fileIds.join(', ')}] after ${describe()}`);
        }
        dataBefore = dataAfter;
      }
      await host.close();
    } finally {
      rmSync(place.jail, { recursive: true, force: true });
    }
  }
  result.durationMs = Date.now() - started;
  return result;
}

export async function runHandlerFuzz(options: HandlerFuzzOptions = {}): Promise<HandlerFuzzReport> {
  const settings = {
    ...options,
    callsPerChannel: options.callsPerChannel ?? 1000,
    seed: options.seed ?? 20261202,
    callsPerBatch: options.callsPerBatch ?? 50,
  };
  const started = Date.now();
  const seeded = await seedFolder();
  const channels: ChannelHandlerResult[] = [];
  try {
    for (const method of options.methods ?? methodNames) {
      channels.push(await fuzzChannel(method, seeded, settings, settings.seed + channels.length * 7919));
    }
  } finally {
    rmSync(seeded.pristine.jail, { recursive: true, force: true });
  }
  const totals = channels.reduce(
    (sum, c) => ({
      sent: sum.sent + c.sent,
      reached: sum.reached + c.reached,
      violations: sum.violations + c.violations,
      crashed: sum.crashed + c.crashed,
    }),
    { sent: 0, reached: 0, violations: 0, crashed: 0 },
  );
  return {
    seed: settings.seed,
    callsPerChannel: settings.callsPerChannel,
    channels,
    totals,
    durationMs: Date.now() - started,
  };
}

const number = (n: number) => n.toLocaleString('en-GB');

export function formatHandlerFuzzReport(report: HandlerFuzzReport): string[] {
  const width = Math.max(...report.channels.map((c) => c.channel.length));
  return [
    `Handler fuzz (seed ${report.seed}): ${number(report.totals.sent)} valid requests, ${number(report.totals.reached)} reached a handler, over ${report.channels.length} channels in ${(report.durationMs / 1000).toFixed(1)} s`,
    ...report.channels.map(
      (c) =>
        `  ${c.channel.padEnd(width)}  ${number(c.reached).padStart(6)} reached  ${number(c.answeredOk).padStart(6)} ok  ${number(c.answeredTypedError).padStart(6)} refused calmly  ${c.crashed} crashed  ${c.violations} invariant breaks  ${(c.durationMs / 1000).toFixed(1)} s${c.examples.length ? `\n      ${c.examples.join('\n      ')}` : ''}`,
    ),
    `  Total: ${number(report.totals.reached)} reached, ${report.totals.crashed} crashed, ${report.totals.violations} invariant breaks`,
  ];
}
