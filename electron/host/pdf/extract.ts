import { inflateSync } from 'node:zlib';
import { EXCHANGE_FORMAT, MAX_EXCHANGE_BYTES, parseExchange } from '@shared/pdf/exchange';
import type { ExchangeParse } from '@shared/pdf/exchange';

/**
 * Reading an attempt back from a file a person chose: an exported PDF (the exchange JSON is attached inside
 * it) or a plain `.casework` file. Everything here treats the bytes as hostile: sizes are capped before
 * reading and before inflating, and nothing but our own attachment is ever decoded.
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
 * Bounds on reading embedded files, so a small hostile PDF cannot make the process inflate or hold much.
 * The app's export carries one attachment; a viewer that re-saves it may add a few of its own.
 */
export interface PdfImportLimits {
  /** Embedded-file streams looked at before the PDF is refused. */
  maxStreams: number;
  /** Bytes zlib may produce across every stream in one PDF (one stream may produce `MAX_EXCHANGE_BYTES`). */
  maxTotalBytes: number;
  /** Told how many bytes each stream was charged, for tests that pin memory use. */
  onInflate?: (bytes: number) => void;
}

export const PDF_IMPORT_LIMITS: Readonly<PdfImportLimits> = {
  maxStreams: 16,
  maxTotalBytes: 2 * MAX_EXCHANGE_BYTES,
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

type EmbeddedStream =
  | { kind: 'bytes'; bytes: Buffer }
  | { kind: 'damaged' }
  | { kind: 'skipped' }
  | { kind: 'refused'; parse: ExchangeParse };

function isOutputTooLarge(error: unknown): boolean {
  return error instanceof RangeError || (error as { code?: unknown } | null)?.code === 'ERR_BUFFER_TOO_LARGE';
}

/**
 * Each `/Type /EmbeddedFile` stream in turn, decoded when Flate-compressed (other filters are skipped). Lazy,
 * so the caller can stop at our attachment and only one decoded stream is held at a time.
 */
function* embeddedFileStreams(bytes: Buffer, limits: PdfImportLimits): Generator<EmbeddedStream> {
  const text = bytes.toString('latin1');
  const marker = /\/Type\s*\/EmbeddedFile\b/g;
  let seen = 0;
  let budget = limits.maxTotalBytes;
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    seen += 1;
    if (seen > limits.maxStreams) {
      yield { kind: 'refused', parse: tooManyAttachments };
      return;
    }
    const dictStart = text.lastIndexOf('<<', match.index);
    const streamKeyword = /\bstream\r?\n/g;
    streamKeyword.lastIndex = match.index;
    const keyword = streamKeyword.exec(text);
    if (dictStart < 0 || !keyword) {
      yield { kind: 'damaged' };
      continue;
    }
    const dictionary = text.slice(dictStart, keyword.index);
    const dataStart = keyword.index + keyword[0].length;
    const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
    let dataEnd = direct ? dataStart + Number(direct[1]) : text.indexOf('endstream', dataStart);
    if (dataEnd < dataStart || dataEnd > bytes.length || text.indexOf('endstream', dataStart) < 0) {
      yield { kind: 'damaged' };
      continue;
    }
    if (!direct) while (dataEnd > dataStart && /[\r\n]/.test(text[dataEnd - 1]!)) dataEnd -= 1;
    const raw = bytes.subarray(dataStart, dataEnd);
    const filter = /\/Filter\s*(\[\s*)?\/(\w+)/.exec(dictionary)?.[2];
    if (filter === undefined) {
      yield raw.length > MAX_EXCHANGE_BYTES
        ? { kind: 'refused', parse: tooLarge }
        : { kind: 'bytes', bytes: raw };
      continue;
    }
    if (filter !== 'FlateDecode') {
      yield { kind: 'skipped' };
      continue;
    }
    if (budget <= 0) {
      yield { kind: 'refused', parse: tooLarge };
      return;
    }
    // zlib stops with an error as soon as its output passes the cap, so no stream is ever held whole.
    const cap = Math.min(MAX_EXCHANGE_BYTES, budget);
    let inflated: Buffer;
    try {
      inflated = inflateSync(raw, { maxOutputLength: cap });
    } catch (error) {
      // zlib does not say how far a failed stream got, so it is charged the most it could have produced.
      limits.onInflate?.(cap);
      budget -= cap;
      if (isOutputTooLarge(error)) {
        yield { kind: 'refused', parse: tooLarge };
        return;
      }
      yield { kind: 'damaged' };
      continue;
    }
    limits.onInflate?.(inflated.length);
    budget -= inflated.length;
    yield { kind: 'bytes', bytes: inflated };
  }
}

/**
 * The attempt attached to a PDF. Finds our attachment by its content (the exchange marker), so a PDF
 * re-saved by a viewer that keeps attachments still opens; a PDF with no attachment of ours is refused.
 */
export function attemptFromPdf(bytes: Buffer, limits: Partial<PdfImportLimits> = {}): ExchangeParse {
  if (!startsWithPdfHeader(bytes)) return notOurs;
  let sawDamage = false;
  let firstProblem: ExchangeParse | null = null;
  for (const stream of embeddedFileStreams(bytes, { ...PDF_IMPORT_LIMITS, ...limits })) {
    if (stream.kind === 'refused') return stream.parse;
    if (stream.kind === 'skipped') continue;
    if (stream.kind === 'damaged') {
      sawDamage = true;
      continue;
    }
    const text = stream.bytes.toString('utf8');
    if (!text.includes(EXCHANGE_FORMAT)) continue;
    const parsed = parseExchange(text);
    if (parsed.ok) return parsed;
    firstProblem ??= parsed;
  }
  if (firstProblem) return firstProblem;
  if (sawDamage || !/%%EOF\s*$/.test(bytes.subarray(-64).toString('latin1'))) return damaged;
  return noAttachment;
}

/** Reads either kind of export from its bytes: a PDF by its header, anything else as a `.casework` file. */
export function attemptFromFile(bytes: Buffer): ExchangeParse {
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
