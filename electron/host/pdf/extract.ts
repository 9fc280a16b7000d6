import { inflateSync } from 'node:zlib';
import { EXCHANGE_FORMAT, MAX_EXCHANGE_BYTES, parseExchange } from '../../../shared/pdf/exchange';
import type { ExchangeParse } from '../../../shared/pdf/exchange';

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

/** The bytes of every `/Type /EmbeddedFile` stream, decoded when Flate-compressed (other filters are skipped). */
function embeddedFileStreams(bytes: Buffer): Array<Buffer | 'damaged'> {
  const text = bytes.toString('latin1');
  const found: Array<Buffer | 'damaged'> = [];
  const marker = /\/Type\s*\/EmbeddedFile\b/g;
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    const dictStart = text.lastIndexOf('<<', match.index);
    const streamKeyword = /\bstream\r?\n/g;
    streamKeyword.lastIndex = match.index;
    const keyword = streamKeyword.exec(text);
    if (dictStart < 0 || !keyword) {
      found.push('damaged');
      continue;
    }
    const dictionary = text.slice(dictStart, keyword.index);
    const dataStart = keyword.index + keyword[0].length;
    const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
    let dataEnd = direct ? dataStart + Number(direct[1]) : text.indexOf('endstream', dataStart);
    if (dataEnd < dataStart || dataEnd > bytes.length || text.indexOf('endstream', dataStart) < 0) {
      found.push('damaged');
      continue;
    }
    if (!direct) while (dataEnd > dataStart && /[\r\n]/.test(text[dataEnd - 1]!)) dataEnd -= 1;
    const raw = bytes.subarray(dataStart, dataEnd);
    const filter = /\/Filter\s*(\[\s*)?\/(\w+)/.exec(dictionary)?.[2];
    if (filter === undefined) {
      found.push(Buffer.from(raw));
      continue;
    }
    if (filter !== 'FlateDecode') continue;
    try {
      found.push(inflateSync(raw, { maxOutputLength: MAX_EXCHANGE_BYTES + 1 }));
    } catch {
      found.push('damaged');
    }
  }
  return found;
}

/**
 * The attempt attached to a PDF. Finds our attachment by its content (the exchange marker), so a PDF
 * re-saved by a viewer that keeps attachments still opens; a PDF with no attachment of ours is refused.
 */
export function attemptFromPdf(bytes: Buffer): ExchangeParse {
  if (!startsWithPdfHeader(bytes)) return notOurs;
  const streams = embeddedFileStreams(bytes);
  let sawDamage = false;
  let firstProblem: ExchangeParse | null = null;
  for (const stream of streams) {
    if (stream === 'damaged') {
      sawDamage = true;
      continue;
    }
    if (stream.length > MAX_EXCHANGE_BYTES)
      return { ok: false, problem: 'too-large', message: 'The data inside this PDF is too large to open.' };
    const text = stream.toString('utf8');
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
