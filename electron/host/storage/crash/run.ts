import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { libraryIndexSchema } from '@shared/model/library';
import { decodeDocument } from '../documents';
import { editsIn, SLOTS } from './edits';
import type { ChildLine } from './edits';

export interface CrashRunOptions {
  cycles: number;
  /** Independent data folders killed side by side (each core can run one). */
  lanes?: number;
  seed?: number;
  /** Most acknowledged saves a child makes before the kill is armed (chosen at random per cycle). */
  maxAcksBeforeKill?: number;
  /** Longest extra wait once the kill is armed, so it lands anywhere in a save, not just between saves. */
  maxKillJitterMs?: number;
  /** Share of cycles killed at a random moment from launch, often during start-up repair. */
  earlyKillShare?: number;
  onCycle?: (done: number, report: CrashReport) => void;
  /** Runs a child whose writes are in place and unacknowledged: only for checking that the checks fail. */
  careless?: boolean;
}

export interface CrashReport {
  seed: number;
  cycles: number;
  editsAcknowledged: number;
  /** Acknowledged edits missing from the file after a kill. Must be 0. */
  editsLost: number;
  /** Files that did not parse or validate after a kill, plus files the host moved to quarantine. Must be 0. */
  filesQuarantined: number;
  /** Kills that landed while a file was being written (a temporary file was left behind). */
  killsMidWrite: number;
  /** Kills before the child had finished opening its storage. */
  killsDuringStartup: number;
  /** Notices the host showed at start (e.g. an attempt added back to the index after a kill). */
  noticesAtStart: number;
  /** Children that stopped by themselves with an error (must be 0). */
  childFailures: number;
  problems: string[];
  durationMs: number;
}

/** A small seeded generator, so a failing run can be repeated exactly. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Bundles the child once per run into a single file, so each cycle costs one plain `node` start
 * (about a quarter of a second here) rather than a TypeScript loader start (about a second and a half).
 */
export async function bundleCrashChild(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'crash-child.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'child.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return outfile;
}

interface Verified {
  revision: number;
  /** Highest acknowledged edit per slot, already confirmed on disk. */
  slots: Map<number, number>;
}

interface CycleOutcome {
  acks: Extract<ChildLine, { type: 'ack' }>[];
  ready: Extract<ChildLine, { type: 'ready' }> | null;
  failed: string | null;
}

/**
 * When to kill: a moment after "go" (often during start-up repair), or after a number of acknowledged
 * saves plus a random wait. Counting saves keeps the number of edits per cycle the same on a slow,
 * busy machine and a fast one; the wait makes the moment random within the next save.
 */
type KillPlan = { fromGoMs: number } | { afterAcks: number; jitterMs: number };

interface PreparedChild {
  /** Tells the waiting child to open storage and start saving; resolves once it has been killed. */
  go(firstEdit: number, killAt: KillPlan): Promise<CycleOutcome>;
  /** Ends a child that was never told to go. */
  discard(): void;
}

/** Starts a child that loads its code and then waits, so the next cycle does not pay for Node's start. */
function prepareChild(childFile: string, dataDir: string, careless: boolean): PreparedChild {
  const args = [childFile, dataDir, ...(careless ? ['careless'] : [])];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const outcome: CycleOutcome = { acks: [], ready: null, failed: null };
  let buffer = '';
  let stderr = '';
  let killed = false;
  let plan: KillPlan | null = null;
  const arm = () => {
    if (plan && 'afterAcks' in plan && outcome.ready && outcome.acks.length >= plan.afterAcks) {
      setTimeout(kill, plan.jitterMs);
      plan = null;
    }
  };
  const kill = () => {
    if (killed) return;
    killed = true;
    child.kill('SIGKILL');
  };
  child.stdin.on('error', () => undefined);
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      // Only whole lines count: a line cut by the kill was never fully acknowledged to anyone.
      const line = JSON.parse(buffer.slice(0, newline)) as ChildLine;
      buffer = buffer.slice(newline + 1);
      if (line.type === 'ack') outcome.acks.push(line);
      else outcome.ready = line;
      arm();
      newline = buffer.indexOf('\n');
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const closed = new Promise<CycleOutcome>((resolve) => {
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' || !killed)
        outcome.failed = `child ended by itself (code ${code}, signal ${signal}): ${stderr.slice(0, 500)}`;
      resolve(outcome);
    });
  });
  return {
    go(firstEdit, killAt) {
      const guard = setTimeout(kill, 15_000);
      plan = killAt;
      if ('fromGoMs' in killAt) setTimeout(kill, killAt.fromGoMs);
      child.stdin.write(`go ${firstEdit}\n`);
      return closed.then((result) => {
        clearTimeout(guard);
        return result;
      });
    },
    discard() {
      kill();
    },
  };
}

const leftoverTemp = /\.json\.tmp-\d{10}[0-9a-f]{6}$/;

function countLeftovers(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => leftoverTemp.test(name))
    .length;
}

/** Checks the folder the way the trainee's next start would meet it, before the next child repairs anything. */
function verify(
  dataDir: string,
  verified: Map<string, Verified>,
  acks: CycleOutcome['acks'],
  report: CrashReport,
): void {
  const attemptsDir = path.join(dataDir, 'attempts');
  const onDisk = new Map<string, ReturnType<typeof editsIn> & { revision?: number }>();
  for (const name of fs.existsSync(attemptsDir) ? fs.readdirSync(attemptsDir) : []) {
    if (!name.endsWith('.json')) continue;
    const id = name.slice(0, -'.json'.length);
    let decoded;
    try {
      decoded = decodeDocument('attempt', JSON.parse(fs.readFileSync(path.join(attemptsDir, name), 'utf8')));
    } catch (error) {
      report.filesQuarantined += 1;
      report.problems.push(`attempts/${name} does not parse: ${String(error)}`);
      continue;
    }
    if (!decoded.ok) {
      report.filesQuarantined += 1;
      report.problems.push(`attempts/${name} does not validate: ${decoded.reason}`);
      continue;
    }
    onDisk.set(id, Object.assign(editsIn(decoded.value), { revision: decoded.value.revision }));
  }
  const indexFile = path.join(dataDir, 'library.json');
  if (fs.existsSync(indexFile)) {
    try {
      if (!libraryIndexSchema.safeParse(JSON.parse(fs.readFileSync(indexFile, 'utf8'))).success) {
        report.filesQuarantined += 1;
        report.problems.push('library.json does not validate');
      }
    } catch (error) {
      report.filesQuarantined += 1;
      report.problems.push(`library.json does not parse: ${String(error)}`);
    }
  }

  for (const ack of acks) {
    const known = verified.get(ack.id) ?? { revision: 0, slots: new Map<number, number>() };
    verified.set(ack.id, known);
    known.revision = Math.max(known.revision, ack.revision);
    const slot = ack.edit % SLOTS;
    known.slots.set(slot, Math.max(known.slots.get(slot) ?? -1, ack.edit));
  }
  for (const ack of acks) {
    const file = onDisk.get(ack.id);
    const value = file?.get(ack.edit % SLOTS);
    if (value === undefined || value < ack.edit) {
      report.editsLost += 1;
      if (report.problems.length < 20)
        report.problems.push(`edit ${ack.edit} of ${ack.id} was acknowledged but is not on disk`);
    }
  }
  // Edits confirmed in earlier cycles must still be there (a restore from an old backup would drop them).
  for (const [id, known] of verified) {
    const file = onDisk.get(id);
    if (!file || (file.revision ?? 0) < known.revision) {
      report.problems.push(`${id}: revision on disk below the acknowledged ${known.revision}`);
      report.editsLost += 1;
      continue;
    }
    for (const [slot, edit] of known.slots) {
      if ((file.get(slot) ?? -1) < edit) {
        report.editsLost += 1;
        report.problems.push(`${id}: edit ${edit} went missing after a later start`);
      }
    }
  }
}

async function runLane(
  childFile: string,
  laneCycles: number,
  random: () => number,
  options: Required<
    Pick<CrashRunOptions, 'maxAcksBeforeKill' | 'maxKillJitterMs' | 'earlyKillShare' | 'careless'>
  >,
  report: CrashReport,
  onCycle: () => void,
): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-crash-'));
  const verified = new Map<string, Verified>();
  let nextEdit = 1;
  try {
    let next = prepareChild(childFile, dataDir, options.careless);
    for (let cycle = 0; cycle < laneCycles; cycle += 1) {
      const early = random() < options.earlyKillShare;
      const killAt: KillPlan = early
        ? { fromGoMs: Math.floor(random() * 60) }
        : {
            afterAcks: Math.floor(random() * (options.maxAcksBeforeKill + 1)),
            jitterMs: random() * options.maxKillJitterMs,
          };
      const current = next;
      const running = current.go(nextEdit, killAt);
      // The next child loads while this one works; it touches nothing until it is told to go.
      next = prepareChild(childFile, dataDir, options.careless);
      const outcome = await running;
      // Edit numbers keep rising across cycles, whether or not the last ones were acknowledged.
      nextEdit += 1_000_000;
      report.cycles += 1;
      report.editsAcknowledged += outcome.acks.length;
      if (!outcome.ready) report.killsDuringStartup += 1;
      else report.noticesAtStart += outcome.ready.notices;
      if (outcome.failed) {
        report.childFailures += 1;
        report.problems.push(outcome.failed);
      }
      if (countLeftovers(dataDir) > 0) report.killsMidWrite += 1;
      verify(dataDir, verified, outcome.acks, report);
      onCycle();
    }
    next.discard();
    const quarantineDir = path.join(dataDir, 'quarantine');
    const quarantined = fs.existsSync(quarantineDir) ? fs.readdirSync(quarantineDir).length : 0;
    if (quarantined > 0) report.problems.push(`${quarantined} file(s) in quarantine`);
    report.filesQuarantined += quarantined;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The crash test: a host saving as fast as it can is SIGKILLed at random moments, and after each
 * kill the files are checked for every acknowledged edit.
 */
export async function runCrashCycles(options: CrashRunOptions): Promise<CrashReport> {
  const started = Date.now();
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const lanes = Math.max(1, options.lanes ?? 1);
  const report: CrashReport = {
    seed,
    cycles: 0,
    editsAcknowledged: 0,
    editsLost: 0,
    filesQuarantined: 0,
    killsMidWrite: 0,
    killsDuringStartup: 0,
    noticesAtStart: 0,
    childFailures: 0,
    problems: [],
    durationMs: 0,
  };
  const buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-crash-build-'));
  try {
    const childFile = await bundleCrashChild(buildDir);
    const perLane = Math.ceil(options.cycles / lanes);
    const settings = {
      maxAcksBeforeKill: options.maxAcksBeforeKill ?? 12,
      maxKillJitterMs: options.maxKillJitterMs ?? 25,
      earlyKillShare: options.earlyKillShare ?? 0.15,
      careless: options.careless ?? false,
    };
    await Promise.all(
      Array.from({ length: lanes }, (_, lane) =>
        runLane(
          childFile,
          Math.min(perLane, options.cycles - lane * perLane),
          mulberry32(seed + lane * 7919),
          settings,
          report,
          () => options.onCycle?.(report.cycles, report),
        ),
      ),
    );
  } finally {
    fs.rmSync(buildDir, { recursive: true, force: true });
  }
  report.durationMs = Date.now() - started;
  return report;
}
