import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants as osConstants, setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { HostError } from '@shared/contract';
import type { PdfWorkerLimits, PdfWorkerSettings } from '../ports';
import type { PdfJob } from './pdf-jobs';
import { renderPdfJob } from './pdf-jobs';
import { findFontsDir } from './render';
import type { RenderedPdf } from './render';

/**
 * Where PDFs are made. The host renders in a child process (or a worker thread) with its own heap limit and
 * a time limit, so a long export never holds up the thread that acknowledges saves, and an export that runs
 * away (a returned review with thousands of long comments, a template that prints a huge table) ends in a
 * typed error instead of taking the app down. Tests of the builder's output may render in-process with the
 * same code.
 */
export interface PdfRunner {
  render(job: PdfJob): Promise<RenderedPdf>;
  /** Stops the worker, if one is running; later renders start a new one. */
  close(): Promise<void>;
  /** Workers started so far (tests check a failed export is followed by a fresh one). */
  readonly workersStarted: number;
}

/** What the main thread sends the worker, and what it answers. */
export interface PdfWorkerRequest {
  id: number;
  job: PdfJob;
  fontsDir: string;
}

export type PdfWorkerReply =
  | { id: number; ok: true; bytes: Uint8Array; pages: number; usage?: PdfWorkerUsage }
  | { id: number; ok: false; message: string };

/** What an export cost where it ran, for the benches: the worker's CPU for the job and its peak RSS so far. */
export interface PdfWorkerUsage {
  cpuMs: number;
  maxRssMb: number;
}

/**
 * The stress export (229 pages) keeps about 50 MB of its own live after layout, over the worker's ~55 MB of
 * code, parsed fonts and text model (measured with forced collections), so a 192 MB old generation leaves
 * room for documents about twice as long; a review stuffed with thousands of long comments stops here with
 * "too large" instead of growing the app towards gigabytes. The young generation trades memory for time
 * (bundled worker, 229-page stress export; ours / Chromium from the PDF bench's paired runs): 12 MB peaked
 * at 227-235 MB, 36 pages 1.21-1.24x; 24 MB at 239-246 MB, 1.11-1.41x; 48 MB at 263-276 MB, 1.05-1.13x,
 * over the 250 MB the export may take (decision 0007, "Memory and the young generation").
 */
export const defaultPdfWorkerLimits: PdfWorkerLimits = {
  maxOldGenerationSizeMb: 192,
  maxYoungGenerationSizeMb: 24,
  timeoutMs: 120_000,
  idleMs: 60_000,
};

export interface PdfWorkerOptions extends PdfWorkerSettings {
  fontsDir?: string;
  /** Where a failed export's cause is reported (the person sees only the typed error). */
  log?: (message: string, error?: unknown) => void;
}

const TOO_BIG =
  'This PDF is too large to make: it needed more memory than the app allows an export. Your work is safe; a shorter document will fit (fewer templates, or a review with fewer comments).';
const TOO_SLOW =
  'This PDF took too long to make and was stopped. Your work is safe; a shorter document will be quicker (fewer templates, or a review with fewer comments).';
const FAILED = 'The PDF could not be made. Your work is safe; please try again.';

/**
 * The worker entry the shell and the harness both use: `pdf-worker.js` beside the bundled main process when
 * the app has been built into `bundledDir`, otherwise the source file next to this module.
 */
export function pdfWorkerEntry(bundledDir?: string): string {
  if (bundledDir) {
    const bundled = join(bundledDir, 'pdf-worker.js');
    if (existsSync(bundled)) return bundled;
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const bundledHere = join(here, 'pdf-worker.js');
  if (existsSync(bundledHere)) return bundledHere;
  return join(here, 'pdf-worker.ts');
}

/** What the runner needs of a worker, a thread or a child process alike. */
interface PdfWorkerHandle {
  postMessage(request: PdfWorkerRequest): void;
  /** 'message' (a reply), 'error' (with code ERR_WORKER_OUT_OF_MEMORY when the heap limit was hit), 'exit'. */
  on(event: 'message', listener: (reply: PdfWorkerReply) => void): void;
  on(event: 'error', listener: (error: Error & { code?: string }) => void): void;
  on(event: 'exit', listener: () => void): void;
  removeAllListeners(): void;
  unref(): void;
  terminate(): void;
}

function startThread(entry: string, limits: PdfWorkerLimits): PdfWorkerHandle {
  const resourceLimits = {
    maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
    maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
  };
  if (!entry.endsWith('.ts')) return asHandle(new Worker(entry, { resourceLimits }));
  // Node's worker loader does not apply tsx to the entry itself, so a one-line bootstrap registers tsx in
  // the worker and then imports the source (path aliases come from the tsconfig tsx finds).
  // require.resolve finds tsx's CommonJS build; the ESM build beside it is the one whose register() works here.
  const tsxApi = pathToFileURL(
    createRequire(entry)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const code = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
  return asHandle(new Worker(code, { eval: true, resourceLimits }));
}

function asHandle(worker: Worker): PdfWorkerHandle {
  return {
    postMessage: (request) => worker.postMessage(request),
    on: ((event: string, listener: (...args: unknown[]) => void) => {
      worker.on(event, listener);
    }) as PdfWorkerHandle['on'],
    removeAllListeners: () => void worker.removeAllListeners(),
    unref: () => worker.unref(),
    terminate: () => void worker.terminate(),
  };
}

/** What V8 prints as it stops a process that reached its heap limit. */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/i;

/**
 * A child Node process (in Electron, the app's own binary run as Node, which `fork` arranges). It has its
 * own heap, garbage collector threads and limits, and runs at the lowest priority: measured on two busy
 * cores, a worker thread at low priority still held saves up because its collector's threads are the app's
 * and run at normal priority (decision 0007, "Saves during an export").
 */
function startProcess(entry: string, limits: PdfWorkerLimits): PdfWorkerHandle {
  const heapArgs = [
    `--max-old-space-size=${limits.maxOldGenerationSizeMb}`,
    // V8's young generation is three semi-spaces; the limit is given as the whole, like a worker's.
    `--max-semi-space-size=${Math.max(1, Math.floor(limits.maxYoungGenerationSizeMb / 3))}`,
  ];
  const tsx = entry.endsWith('.ts')
    ? ['--import', pathToFileURL(createRequire(entry).resolve('tsx')).href.replace(/\.cjs$/, '.mjs')]
    : [];
  const child = fork(entry, [], {
    execArgv: [...tsx, ...heapArgs],
    // glibc gives each thread that allocates its own malloc arena; two are plenty for one export at a time
    // and keep about 10 MB of the export's peak from sitting in half-empty arenas (decision 0007). Other C
    // libraries ignore the variable.
    env: { ...process.env, MALLOC_ARENA_MAX: '2' },
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const events = new EventEmitter();
  let stderrTail = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-4096);
  });
  if (child.pid !== undefined) {
    try {
      // Windows and macOS lower the whole process; Linux only its first thread, so the child lowers the rest.
      setPriority(child.pid, osConstants.priority.PRIORITY_LOW);
    } catch {
      // Only a courtesy: the export works the same at normal priority.
    }
  }
  child.on('message', (reply: PdfWorkerReply) => events.emit('message', reply));
  child.on('error', (error) => events.emit('error', error));
  child.on('exit', (code, signal) => {
    // The stderr pipe may still hold V8's last words; read what has arrived before judging the exit.
    setImmediate(() => {
      if (OUT_OF_MEMORY.test(stderrTail))
        events.emit(
          'error',
          Object.assign(new Error(`PDF process ran out of memory (${signal ?? code})`), {
            code: 'ERR_WORKER_OUT_OF_MEMORY',
          }),
        );
      else events.emit('exit');
    });
  });
  return {
    postMessage: (request) => {
      child.send(request);
    },
    on: ((event: string, listener: (...args: unknown[]) => void) => {
      events.on(event, listener);
    }) as PdfWorkerHandle['on'],
    removeAllListeners: () => void events.removeAllListeners(),
    unref: () => {
      child.unref();
      child.channel?.unref();
      // The stderr pipe (read for V8's out-of-memory message) still holds a plain Node process open until
      // the child ends: the idle timer or close() ends it. Electron's main process quits regardless.
    },
    terminate: () => void child.kill('SIGKILL'),
  };
}

interface Pending {
  job: PdfJob;
  resolve: (rendered: RenderedPdf) => void;
  reject: (error: unknown) => void;
}

export function createWorkerPdfRunner(options: PdfWorkerOptions): PdfRunner {
  const limits = { ...defaultPdfWorkerLimits, ...options.limits };
  let fontsDir = options.fontsDir;
  const start = options.isolation === 'thread' ? startThread : startProcess;
  let worker: PdfWorkerHandle | null = null;
  let started = 0;
  let nextId = 1;
  const queue: Pending[] = [];
  let current: (Pending & { id: number; timer: NodeJS.Timeout }) | null = null;
  let idleTimer: NodeJS.Timeout | null = null;

  function stopWorker(): void {
    const stopping = worker;
    worker = null;
    if (stopping) {
      stopping.removeAllListeners();
      // An error from a worker already on its way out is of no interest.
      stopping.on('error', () => undefined);
      stopping.terminate();
    }
  }

  function fail(error: HostError): void {
    const failed = current;
    current = null;
    if (failed) clearTimeout(failed.timer);
    // The worker is not trusted after a failure (its heap may be full or its state half-built).
    stopWorker();
    failed?.reject(error);
    pump();
  }

  function ensureWorker(): PdfWorkerHandle {
    if (worker) return worker;
    const fresh = start(options.entry, limits);
    started += 1;
    // The worker must never keep the app from quitting; pending work is unaffected.
    fresh.unref();
    fresh.on('message', (reply: PdfWorkerReply) => {
      if (!current || reply.id !== current.id) return;
      const done = current;
      current = null;
      clearTimeout(done.timer);
      if (reply.ok)
        done.resolve({
          bytes: Buffer.from(reply.bytes),
          pages: reply.pages,
          ...(reply.usage ? { usage: reply.usage } : {}),
        });
      else {
        options.log?.(`PDF export failed: ${reply.message}`);
        done.reject(new HostError('internal', FAILED));
      }
      pump();
    });
    fresh.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      options.log?.(outOfMemory ? 'PDF export ran out of memory' : 'PDF worker failed', error);
      fail(new HostError(outOfMemory ? 'too-large' : 'internal', outOfMemory ? TOO_BIG : FAILED));
    });
    fresh.on('exit', () => {
      if (worker === fresh) worker = null;
      if (current) fail(new HostError('internal', FAILED));
    });
    worker = fresh;
    return fresh;
  }

  function pump(): void {
    if (current) return;
    const next = queue.shift();
    if (!next) {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = setTimeout(stopWorker, limits.idleMs);
      idleTimer.unref();
      return;
    }
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    let target: PdfWorkerHandle;
    try {
      fontsDir ??= findFontsDir();
      target = ensureWorker();
    } catch (error) {
      next.reject(error);
      pump();
      return;
    }
    const id = nextId++;
    const timer = setTimeout(() => {
      options.log?.(`PDF export stopped after ${limits.timeoutMs} ms`);
      fail(new HostError('too-large', TOO_SLOW));
    }, limits.timeoutMs);
    current = { ...next, id, timer };
    const request: PdfWorkerRequest = { id, job: next.job, fontsDir };
    target.postMessage(request);
  }

  return {
    render(job) {
      return new Promise<RenderedPdf>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        pump();
      });
    },
    async close() {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      for (const waiting of queue.splice(0))
        waiting.reject(new HostError('cancelled', 'The app is closing.'));
      if (current) fail(new HostError('cancelled', 'The app is closing.'));
      stopWorker();
    },
    get workersStarted() {
      return started;
    },
  };
}

/** Renders on the calling thread: for tests of the builder's output and for measuring pdfmake itself. */
export function createInProcessPdfRunner(
  options: { fontsDir?: string; onProgress?: (share: number) => void } = {},
): PdfRunner {
  let fontsDir = options.fontsDir;
  return {
    render(job) {
      fontsDir ??= findFontsDir();
      return renderPdfJob(job, {
        fontsDir,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
    },
    async close() {},
    workersStarted: 0,
  };
}
