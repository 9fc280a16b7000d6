import { Worker } from 'node:worker_threads';
import { EXCHANGE_FORMAT, MAX_EXCHANGE_BYTES, parseExchange } from '@shared/pdf/exchange';
import type { ExchangeParse } from '@shared/pdf/exchange';
import type { AttachmentWorkerInput, AttachmentWorkerOutput } from './attachment-worker-types';

/**
 * Reading an attempt back from a file a person chose: an exported PDF (the exchange JSON is attached inside
 * it) or a plain `.casework` file. Everything here treats the bytes as hostile: sizes are capped before
 * reading, and the PDF is parsed in a worker thread with a budget on what it may allocate and a time limit.
 */

/** Larger than any export this app makes (a 200-page PDF is about 1 MB), small enough to read at once. */
export const MAX_IMPORT_FILE_BYTES = 64 * 1024 * 1024;

const notOurs: ExchangeParse = {
  ok: false,
  problem: 'not-ours',
  message:
    'This file is not a Casework Practice export (a PDF made by the app or a .casework file), so it was not opened.',
};

const noAttachment: ExchangeParse = {
  ok: false,
  problem: 'not-ours',
  message:
    'This PDF does not contain Casework Practice data. Only PDFs exported by the app (not printed or re-saved copies) can be opened.',
};

const damaged: ExchangeParse = {
  ok: false,
  problem: 'damaged',
  message:
    'This PDF is damaged or incomplete (it may have been cut short while copying), so it was not opened.',
};

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/**
 * Bounds on reading a PDF's embedded files. The PDF is parsed by pdfjs-dist in a worker thread (so object
 * streams, cross-reference streams, linearised files and incremental updates all read as a PDF reader reads
 * them); these keep a small hostile PDF from making that parse hold much memory or run for long.
 */
export interface PdfImportLimits {
  /** Embedded files a PDF may hold; an export carries one, and a viewer that re-saves it may add a few. */
  maxStreams: number;
  /**
   * Bytes the parse may allocate for decoded data, over the whole parse, on top of twice the file's own size
   * (pdfjs keeps a copy of it). Our largest attachment decodes to `MAX_EXCHANGE_BYTES`.
   */
  maxTotalBytes: number;
  /** Wall-clock time the parse may take before the worker is ended. */
  timeLimitMs: number;
  /** Told how many bytes the parse allocated, for tests that pin memory use. */
  onInflate?: (bytes: number) => void;
}

export const PDF_IMPORT_LIMITS: Readonly<PdfImportLimits> = {
  maxStreams: 16,
  maxTotalBytes: 4 * MAX_EXCHANGE_BYTES,
  timeLimitMs: 20_000,
};

const tooLarge: ExchangeParse = {
  ok: false,
  problem: 'too-large',
  message: 'The data inside this PDF is too large to open.',
};

const tooManyAttachments: ExchangeParse = {
  ok: false,
  problem: 'too-large',
  message: 'This PDF holds more attached files than an export from the app would, so it was not opened.',
};

const tooSlow: ExchangeParse = {
  ok: false,
  problem: 'too-large',
  message: 'This PDF took too long to read, so it was not opened.',
};

/**
 * Where the worker is: beside this module in the source (tests, the harness), and in the app the file the
 * build emits beside the bundled main process (electron.vite.config.ts). In an installed app that file and
 * pdfjs-dist are unpacked from the asar archive (electron-builder.yml `asarUnpack`), because Node's own
 * loader starts a worker.
 */
function workerUrl(): URL {
  if (import.meta.url.endsWith('.ts')) return new URL('./attachment-worker.mjs', import.meta.url);
  const url = new URL('./pdf-attachments.js', import.meta.url);
  return new URL(url.href.replace('/app.asar/', '/app.asar.unpacked/'));
}

/** The PDF's embedded files, read by pdfjs in a worker within `limits`, or why they could not be. */
export async function readPdfAttachments(
  bytes: Uint8Array,
  limits: PdfImportLimits,
): Promise<AttachmentWorkerOutput | { ok: false; problem: 'too-slow'; allocatedBytes: number }> {
  const input: AttachmentWorkerInput = {
    bytes: new Uint8Array(bytes),
    maxAllocatedBytes: limits.maxTotalBytes + 2 * bytes.length,
    maxAttachments: limits.maxStreams,
  };
  const worker = new Worker(workerUrl(), {
    workerData: input,
    transferList: [input.bytes.buffer as ArrayBuffer],
  });
  return new Promise((resolve) => {
    let settled = false;
    const finish = (output: Awaited<ReturnType<typeof readPdfAttachments>>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      limits.onInflate?.(output.allocatedBytes);
      resolve(output);
    };
    const timer = setTimeout(
      () => finish({ ok: false, problem: 'too-slow', allocatedBytes: 0 }),
      limits.timeLimitMs,
    );
    worker.once('message', (output: AttachmentWorkerOutput) => finish(output));
    worker.once('error', (error) =>
      finish({
        ok: false,
        problem: (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too-large' : 'damaged',
        allocatedBytes: 0,
      }),
    );
    worker.once('exit', () => finish({ ok: false, problem: 'damaged', allocatedBytes: 0 }));
  });
}

/**
 * The attempt attached to a PDF. Finds our attachment by its content (the exchange marker), so a PDF
 * re-saved by another program (object streams, linearised, annotated in an incremental update) still opens,
 * whatever the attachment is called; a PDF with no attachment of ours is refused.
 */
export async function attemptFromPdf(
  bytes: Buffer,
  limits: Partial<PdfImportLimits> = {},
): Promise<ExchangeParse> {
  if (!startsWithPdfHeader(bytes)) return notOurs;
  // Readers look for the end-of-file marker within the last kilobyte; without it the file was cut short (or
  // is not a PDF at all), and saying so needs no parser, so no worker is started for it.
  if (!bytes.subarray(-1024).toString('latin1').includes('%%EOF')) return damaged;
  const read = await readPdfAttachments(bytes, { ...PDF_IMPORT_LIMITS, ...limits });
  if (!read.ok) {
    if (read.problem === 'too-large') return tooLarge;
    if (read.problem === 'too-many') return tooManyAttachments;
    if (read.problem === 'too-slow') return tooSlow;
    return damaged;
  }
  let firstProblem: ExchangeParse | null = null;
  for (const { content } of read.attachments) {
    if (content.length > MAX_EXCHANGE_BYTES) return tooLarge;
    const text = Buffer.from(content.buffer, content.byteOffset, content.length).toString('utf8');
    if (!text.includes(EXCHANGE_FORMAT)) continue;
    const parsed = parseExchange(text);
    if (parsed.ok) return parsed;
    firstProblem ??= parsed;
  }
  if (firstProblem) return firstProblem;
  if (!/%%EOF\s*$/.test(bytes.subarray(-64).toString('latin1'))) return damaged;
  return noAttachment;
}

/** Reads either kind of export from its bytes: a PDF by its header, anything else as a `.casework` file. */
export async function attemptFromFile(bytes: Buffer): Promise<ExchangeParse> {
  if (bytes.length > MAX_IMPORT_FILE_BYTES)
    return {
      ok: false,
      problem: 'too-large',
      message: 'This file is too large to be a Casework Practice export.',
    };
  if (startsWithPdfHeader(bytes)) return attemptFromPdf(bytes);
  if (bytes.length > MAX_EXCHANGE_BYTES)
    return {
      ok: false,
      problem: 'too-large',
      message: 'This file is too large to be a Casework Practice attempt, so it was not opened.',
    };
  const text = bytes.toString('utf8');
  const parsed = parseExchange(text);
  if (!parsed.ok && parsed.problem === 'not-ours') return notOurs;
  return parsed;
}
