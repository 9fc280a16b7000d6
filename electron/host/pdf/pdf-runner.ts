import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
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
 * Where PDFs are made. The host renders in a worker thread with its own heap limit and a time limit, so a
 * long export never holds up the thread that acknowledges saves, and an export that runs away (a returned
 * review with thousands of long comments, a template that prints a huge table) ends in a typed error
 * instead of taking the app down. Tests of the builder's output may render in-process with the same code.
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
  { id: number; ok: true; bytes: Uint8Array; pages: number } | { id: number; ok: false; message: string };

/**
 * The 197-page stress export keeps about 90 MB live after layout (measured with forced collections), so
 * 256 MB leaves room for documents near three times as long; a review stuffed with thousands of long
 * comments stops here with "too large" instead of growing the app towards gigabytes. A small young
 * generation keeps the peak close to what is live at no measurable CPU cost (decision 0007).
 */
export const defaultPdfWorkerLimits: PdfWorkerLimits = {
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 16,
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

function startWorker(entry: string, limits: PdfWorkerLimits): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
    maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
  };
  if (!entry.endsWith('.ts')) return new Worker(entry, { resourceLimits });
  // Node's worker loader does not apply tsx to the entry itself, so a one-line bootstrap registers tsx in
  // the worker and then imports the source (path aliases come from the tsconfig tsx finds).
  // require.resolve finds tsx's CommonJS build; the ESM build beside it is the one whose register() works here.
  const tsxApi = pathToFileURL(
    createRequire(entry)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const code = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
  return new Worker(code, { eval: true, resourceLimits });
}

interface Pending {
  job: PdfJob;
  resolve: (rendered: RenderedPdf) => void;
  reject: (error: unknown) => void;
}

export function createWorkerPdfRunner(options: PdfWorkerOptions): PdfRunner {
  const limits = { ...defaultPdfWorkerLimits, ...options.limits };
  let fontsDir = options.fontsDir;
  let worker: Worker | null = null;
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
      void stopping.terminate();
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

  function ensureWorker(): Worker {
    if (worker) return worker;
    const fresh = startWorker(options.entry, limits);
    started += 1;
    // The worker must never keep the app from quitting; pending work is unaffected.
    fresh.unref();
    fresh.on('message', (reply: PdfWorkerReply) => {
      if (!current || reply.id !== current.id) return;
      const done = current;
      current = null;
      clearTimeout(done.timer);
      if (reply.ok) done.resolve({ bytes: Buffer.from(reply.bytes), pages: reply.pages });
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
    let target: Worker;
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
