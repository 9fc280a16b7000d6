import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError } from '@shared/contract';
import type { PdfWorkerLimits } from '../ports';
import type { PdfJob } from './pdf-jobs';
import { createInProcessPdfRunner, createWorkerPdfRunner, pdfWorkerEntry } from './pdf-runner';
import type { PdfRunner } from './pdf-runner';
import { warmUpAttempt } from './warm-up-attempt';
import { builtinTemplates } from '@shared/templates/builtin';
import { serialiseExchange } from '@shared/pdf/exchange';

const misbehaving = fileURLToPath(new URL('./__fixtures__/misbehaving-pdf-worker.mjs', import.meta.url));

/** A job for the misbehaving worker: it reads only `input`. */
function ask(input: { behaviour: string; mb?: number; ms?: number }): PdfJob {
  return { kind: 'review', input } as unknown as PdfJob;
}

const runners: PdfRunner[] = [];
let isolation: 'process' | 'thread' = 'process';
function runner(entry: string, limits: Partial<PdfWorkerLimits> = {}): PdfRunner {
  const made = createWorkerPdfRunner({ entry, limits, isolation });
  runners.push(made);
  return made;
}

async function failureOf(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

afterEach(async () => {
  await Promise.all(runners.splice(0).map((made) => made.close()));
});

describe.each(['process', 'thread'] as const)('the PDF worker runner (%s)', (kind) => {
  beforeEach(() => {
    isolation = kind;
  });

  it('renders in the worker exactly what the same job renders in-process', async () => {
    const attempt = warmUpAttempt();
    const job: PdfJob = {
      kind: 'attempt',
      input: { attempt, templates: builtinTemplates, traineeName: 'Siân Ellis', caseInfo: null },
      attachment: { json: serialiseExchange(attempt), updatedAt: attempt.updatedAt },
    };
    const inWorker = await runner(pdfWorkerEntry()).render(job);
    const here = await createInProcessPdfRunner().render(job);
    expect(inWorker.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(inWorker.pages).toBe(here.pages);
    expect(Buffer.compare(inWorker.bytes, here.bytes)).toBe(0);
  }, 60_000);

  it('turns a worker that runs out of heap into a typed error, and the app goes on', async () => {
    const limited = runner(misbehaving, { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 });
    const error = await failureOf(limited.render(ask({ behaviour: 'allocate', mb: 400 })));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/too large to make/);
    // The runner starts a fresh worker for the next export, which is answered.
    await expect(limited.render(ask({ behaviour: 'allocate', mb: 4 }))).resolves.toMatchObject({ pages: 1 });
    expect(limited.workersStarted).toBe(2);
  }, 30_000);

  it('control: the same allocation under a limit it fits in is answered, so the error above is the limit', async () => {
    const roomy = runner(misbehaving, { maxOldGenerationSizeMb: 1024 });
    await expect(roomy.render(ask({ behaviour: 'allocate', mb: 400 }))).resolves.toMatchObject({ pages: 1 });
  }, 30_000);

  it('stops a worker that hangs past the time limit with a typed error', async () => {
    const hurried = runner(misbehaving, { timeoutMs: 2000 });
    const error = await failureOf(hurried.render(ask({ behaviour: 'hang' })));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/too long/);
    // Control: a worker that answers within the limit is not stopped.
    await expect(hurried.render(ask({ behaviour: 'wait', ms: 20 }))).resolves.toMatchObject({ pages: 1 });
  }, 30_000);

  it('a worker that dies or fails gives the usual typed error, and the queue carries on', async () => {
    const fragile = runner(misbehaving);
    const dying = fragile.render(ask({ behaviour: 'exit' }));
    const after = fragile.render(ask({ behaviour: 'wait', ms: 1 }));
    expect((await failureOf(dying)).code).toBe('internal');
    await expect(after).resolves.toMatchObject({ pages: 1 });
    expect((await failureOf(fragile.render(ask({ behaviour: 'throw' })))).code).toBe('internal');
  }, 30_000);
});

/** The nice value of every thread of a process (Linux `/proc`), or of this process's own threads. */
function niceOfTasks(pid: number | 'self'): number[] {
  return readdirSync(`/proc/${pid}/task`).map((task) => {
    const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
    // Fields after the command name's closing bracket: state is field 3, nice is field 19.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

function pdfChildren(): number[] {
  const children = readdirSync('/proc/self/task').flatMap((task) =>
    readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
  );
  return children.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('pdf-worker');
    } catch {
      return false;
    }
  });
}

describe.runIf(process.platform === 'linux')('the PDF worker gives way to the host', () => {
  const job = (): PdfJob => {
    const attempt = warmUpAttempt();
    return {
      kind: 'attempt',
      input: { attempt, templates: builtinTemplates, traineeName: 'Siân Ellis', caseInfo: null },
      attachment: { json: serialiseExchange(attempt), updatedAt: attempt.updatedAt },
    };
  };

  it('a child process runs every one of its threads (its collector too) at the lowest priority', async () => {
    isolation = 'process';
    const before = new Set(pdfChildren());
    await runner(pdfWorkerEntry()).render(job());
    const started = pdfChildren().filter((pid) => !before.has(pid));
    expect(started).toHaveLength(1);
    const nice = niceOfTasks(started[0]!);
    expect(nice.length).toBeGreaterThan(1);
    expect(nice.every((value) => value === 19)).toBe(true);
    // Control: this process, which made the child, keeps its own priority.
    expect(niceOfTasks('self')).toContain(0);
  }, 60_000);

  it('control: a worker thread lowers only itself, so the threads it shares with the app stay at normal priority', async () => {
    isolation = 'thread';
    const before = niceOfTasks('self').filter((value) => value === 19).length;
    await runner(pdfWorkerEntry()).render(job());
    const lowered = niceOfTasks('self').filter((value) => value === 19).length;
    expect(lowered - before).toBe(1);
    expect(niceOfTasks('self')).toContain(0);
  }, 60_000);
});
