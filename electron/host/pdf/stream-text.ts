import * as pdfmakeDocumentModule from 'pdfmake/js/PDFDocument.js';
import { pdfmakeClass } from './pdfmake-class';

/**
 * Gathers a PDF stream's drawing operators as text and makes one buffer of them, not one per operator.
 *
 * pdfkit writes every operator of a page (each `BT`, `Tf`, `TJ`, colour and move) through its stream
 * object's `write`, which turns the line into a Buffer of its own, and joins them all with `Buffer.concat`
 * when the page is finished. A 36-page export writes about forty thousand such lines; making and joining
 * those small buffers was about 7% of its CPU time (see docs/decisions/0007-pdf-export.md). Here a text
 * line is kept as the same text pdfkit would have encoded (the line and its newline), and the lines are
 * handed to pdfkit's own `write` as one Buffer just before anything that is not text is written, and before
 * the stream is finished. pdfkit's buffer then holds the same bytes in the same order, and its lengths,
 * compression and encryption work on them as before: `stream-text.test.ts` compares the output both ways.
 *
 * pdfkit's stream class is not exported, so it is found from the first stream a document makes (pdfkit's
 * `ref`, which every document calls for its catalogue before anything is drawn).
 */

/** The parts of pdfkit's PDFReference this module wraps. */
interface PdfStream {
  write(this: PdfStream, chunk: unknown): void;
  finalize(this: PdfStream): void;
}

interface PdfKitDocument {
  ref(this: PdfKitDocument, data?: unknown): PdfStream;
}

const documentClass = pdfmakeClass<{ prototype: PdfKitDocument }>(pdfmakeDocumentModule);

/** Text written to a stream and not yet handed to pdfkit, and how many lines it is. */
interface Pending {
  text: string;
  lines: number;
}

// Appended to one string (which V8 keeps as a rope until it is encoded), not pushed to an array and joined.
const pendingText = new WeakMap<PdfStream, Pending>();

let installed = false;
let patched = false;
let enabled = true;
let gathered = 0;

/** Hands a stream's gathered lines to pdfkit's own `write` as one Buffer, the bytes it would have made. */
function flush(stream: PdfStream, write: PdfStream['write']): void {
  const pending = pendingText.get(stream);
  if (!pending || pending.lines === 0) return;
  pendingText.delete(stream);
  // 'binary' (latin1), as pdfkit encodes each line: the joined text gives the same bytes as the lines did.
  write.call(stream, Buffer.from(pending.text, 'binary'));
  gathered += pending.lines;
}

function patchStreams(prototype: PdfStream): void {
  if (patched || typeof prototype.write !== 'function' || typeof prototype.finalize !== 'function') return;
  patched = true;
  const write = prototype.write;
  const finalize = prototype.finalize;
  prototype.write = function gatherText(this: PdfStream, chunk: unknown) {
    if (!enabled || chunk instanceof Uint8Array) {
      flush(this, write);
      return write.call(this, chunk);
    }
    let pending = pendingText.get(this);
    if (!pending) pendingText.set(this, (pending = { text: '', lines: 0 }));
    // pdfkit's own conversion of a chunk that is not bytes: `chunk + '\n'`.
    pending.text += (chunk as string) + '\n';
    pending.lines += 1;
  };
  prototype.finalize = function finalizeGathered(this: PdfStream) {
    flush(this, write);
    return finalize.call(this);
  };
}

/** Installs the gathering once for the process; safe to call before every render. */
export function installStreamText(): void {
  if (installed || !documentClass || typeof documentClass.prototype.ref !== 'function') return;
  installed = true;
  const ref = documentClass.prototype.ref;
  documentClass.prototype.ref = function refGathered(this: PdfKitDocument, data?: unknown) {
    const stream = ref.call(this, data);
    if (!patched && stream && typeof stream === 'object')
      patchStreams(Object.getPrototypeOf(stream) as PdfStream);
    return stream;
  };
}

/** For tests: one Buffer per line again (pdfkit's own way). */
export function setStreamTextEnabled(on: boolean): void {
  enabled = on;
}

/** How many lines were gathered so far (tests check it moves, so a silent fallback is noticed). */
export function streamTextLineCount(): number {
  return gathered;
}
