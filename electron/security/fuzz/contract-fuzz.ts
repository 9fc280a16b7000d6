/**
 * Sends thousands of bad payloads per contract channel through `dispatch` to the real handler table (storage
 * on `conf` in a temp folder) and counts what happened. Exported for the fuzz test and for
 * `npm run report:reliability`, which prints `formatFuzzReport(await runContractFuzz())`.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { contract, methodNames } from '@shared/contract';
import type { MethodName } from '@shared/contract';
import { createFileStore } from '@host/storage/file-store';
import type { Dialogs, HostDeps } from '@host/ports';
import { dispatch } from '@host/dispatch';
import { createHost } from '@host/services';
import { badPayloadsFor } from './payloads';

export interface ChannelFuzzResult {
  method: MethodName;
  channel: string;
  /** Places in the request the fuzzer broke, one at a time. */
  sites: number;
  cases: number;
  /** Answered `invalid-request`, as every case should be. */
  rejected: number;
  /** Answered ok, or an error other than `invalid-request`: the payload got past validation. */
  acceptedByMistake: number;
  /** dispatch itself threw (it must never). */
  threw: number;
  /** Up to five examples of what went wrong, for the reader of a failing report. */
  examples: string[];
}

export interface FuzzReport {
  seed: number;
  casesPerChannel: number;
  channels: ChannelFuzzResult[];
  totals: { cases: number; rejected: number; acceptedByMistake: number; threw: number };
  /** Files in the data folder, compared byte for byte before and after. */
  filesCompared: number;
  dataUnchanged: boolean;
  /** Native dialogs opened (there must be none: no bad payload may reach a handler). */
  dialogsOpened: number;
  /**
   * Calls that ran a handler, counted inside the handler table (there must be none). This is the figure that
   * can fail: "rejected" alone is only what dispatch answered. The handler fuzz (handler-fuzz.ts) is the one
   * that sends valid requests and checks what handlers do.
   */
  handlersReached: number;
  durationMs: number;
}

/** Every file under `dir`, relative path to sha256, so two snapshots can be compared exactly. */
export function snapshotFolder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const full = join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

export function sameSnapshot(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [file, hash] of a) if (b.get(file) !== hash) return false;
  return true;
}

function hostDeps(dataDir: string, dialogs: Dialogs): HostDeps {
  let counter = 0;
  return {
    dataDir,
    createStore: createFileStore,
    dialogs,
    now: () => new Date('2026-11-23T14:02:00.000Z'),
    newId: () => `fuzz-${String((counter += 1)).padStart(6, '0')}`,
    log: () => {},
  };
}

export interface FuzzOptions {
  /** Bad payloads per channel; 2,000 by default. */
  casesPerChannel?: number;
  seed?: number;
  methods?: readonly MethodName[];
  /** Stands in for the real dispatch in the test that proves a mistake would be counted. */
  dispatchImpl?: typeof dispatch;
}

export async function runContractFuzz(options: FuzzOptions = {}): Promise<FuzzReport> {
  const send = options.dispatchImpl ?? dispatch;
  const casesPerChannel = options.casesPerChannel ?? 2000;
  const seed = options.seed ?? 20261123;
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'casework-fuzz-'));
  let dialogsOpened = 0;
  const dialogs: Dialogs = {
    chooseSavePath: async () => {
      dialogsOpened += 1;
      return null;
    },
    chooseOpenPath: async () => {
      dialogsOpened += 1;
      return null;
    },
    chooseOpenPaths: async () => {
      dialogsOpened += 1;
      return [];
    },
    chooseFolder: async () => {
      dialogsOpened += 1;
      return null;
    },
  };
  try {
    // Real data to protect: an attempt with an answer, and changed settings. Opened and closed twice so
    // every write start-up makes is done before the "before" snapshot.
    const seeding = await createHost(hostDeps(dataDir, dialogs));
    const attempt = await seeding.handlers.createAttempt(
      {
        title: 'Fuzz target',
        caseId: null,
        templateIds: ['rosh'],
        templateVersions: { rosh: 1 },
        releasedDocumentIds: [],
      },
      { transport: 'harness' },
    );
    await seeding.handlers.updateSettings({ traineeName: 'Rhiannon Example' }, { transport: 'harness' });
    await seeding.handlers.saveAttempt(
      { attempt: { ...attempt, answers: { rosh: { 'who-at-risk': 'Known adult' } } }, progress: 0.1 },
      { transport: 'harness' },
    );
    await seeding.close();
    await (await createHost(hostDeps(dataDir, dialogs))).close();
    const before = snapshotFolder(dataDir);

    const host = await createHost(hostDeps(dataDir, dialogs));
    let handlersReached = 0;
    const counted = Object.fromEntries(
      Object.entries(host.handlers).map(([name, handler]) => [
        name,
        (payload: unknown, ctx: unknown) => {
          handlersReached += 1;
          return (handler as (p: unknown, c: unknown) => Promise<unknown>)(payload, ctx);
        },
      ]),
    ) as unknown as typeof host.handlers;
    const channels: ChannelFuzzResult[] = [];
    for (const method of options.methods ?? methodNames) {
      const { channel, request } = contract[method];
      const generated = badPayloadsFor(request, { count: casesPerChannel, seed: seed + channels.length });
      const result: ChannelFuzzResult = {
        method,
        channel,
        sites: generated.sites,
        cases: generated.payloads.length,
        rejected: 0,
        acceptedByMistake: 0,
        threw: 0,
        examples: [],
      };
      for (const { payload, description } of generated.payloads) {
        try {
          const answer = await send(counted, method, payload, { transport: 'ipc' }, () => {});
          if (!answer.ok && answer.error.code === 'invalid-request') {
            result.rejected += 1;
          } else {
            result.acceptedByMistake += 1;
            if (result.examples.length < 5)
              result.examples.push(`${description} -> ${answer.ok ? 'ok' : answer.error.code}`);
          }
        } catch (error) {
          result.threw += 1;
          if (result.examples.length < 5) result.examples.push(`${description} -> threw ${String(error)}`);
        }
      }
      channels.push(result);
    }
    await host.close();
    const after = snapshotFolder(dataDir);
    const totals = channels.reduce(
      (sum, c) => ({
        cases: sum.cases + c.cases,
        rejected: sum.rejected + c.rejected,
        acceptedByMistake: sum.acceptedByMistake + c.acceptedByMistake,
        threw: sum.threw + c.threw,
      }),
      { cases: 0, rejected: 0, acceptedByMistake: 0, threw: 0 },
    );
    return {
      seed,
      casesPerChannel,
      channels,
      totals,
      filesCompared: before.size,
      dataUnchanged: sameSnapshot(before, after),
      dialogsOpened,
      handlersReached,
      durationMs: Date.now() - started,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const number = (n: number) => n.toLocaleString('en-GB');

/** The report as lines of text, for `npm run report:reliability`. */
export function formatFuzzReport(report: FuzzReport): string[] {
  const width = Math.max(...report.channels.map((c) => c.channel.length));
  return [
    `Contract fuzz (seed ${report.seed}): ${number(report.totals.cases)} bad payloads over ${report.channels.length} channels in ${(report.durationMs / 1000).toFixed(1)} s`,
    ...report.channels.map(
      (c) =>
        `  ${c.channel.padEnd(width)}  ${number(c.cases).padStart(6)} cases  ${number(c.rejected).padStart(6)} rejected  ${c.acceptedByMistake} accepted by mistake  ${c.threw} threw  (${c.sites} places broken)`,
    ),
    `  Total: ${number(report.totals.rejected)} rejected, ${report.totals.acceptedByMistake} accepted by mistake, ${report.totals.threw} threw`,
    `  Data folder: ${report.dataUnchanged ? 'unchanged' : 'CHANGED'} (${report.filesCompared} files compared byte for byte); dialogs opened: ${report.dialogsOpened}; handlers reached: ${report.handlersReached}`,
  ];
}
