import * as pdfmakeDocumentModule from 'pdfmake/js/PDFDocument.js';
import { pdfmakeClass } from './pdfmake-class';

/**
 * Keeps the parsed fonts and their measured words from one export to the next.
 *
 * pdfmake 0.3 opens every font file afresh for each document (pdfkit's `doc.font(path)` → `fontkit.create`),
 * so each export parsed DejaVu's cmap, GSUB and GPOS tables again and shaped every word from cold. On the
 * 28-page bench document that was about 40% of the CPU time of an export (see docs/decisions/0007-pdf-export.md).
 * This pool wraps pdfmake's `provideFont` so that every document still gets its own pdfkit font object (its
 * own subset, widths and ToUnicode map, so the output bytes do not change), but that object uses one shared
 * fontkit font and one shared word-layout cache per font file.
 *
 * Only pdfkit's per-document font object is touched, through properties pdfkit 0.17–0.19 sets in
 * `EmbeddedFont`'s constructor (`font`, `subset`, `layoutCache`). If a future pdfmake/pdfkit changes shape,
 * the wrapper sees it and leaves the document's own font alone, which is only slower.
 */

/** The parts of pdfkit's EmbeddedFont this pool swaps. */
interface PdfKitEmbeddedFont {
  font?: { createSubset?: () => unknown };
  subset?: unknown;
  layoutCache?: Record<string, unknown>;
  encode?: (text: string, features?: unknown) => Encoded;
  layout?: (text: string, features?: unknown, onlyWidth?: boolean) => Laid;
  layoutCached?: (text: string) => Laid;
}

/** pdfkit's layout of a string: its glyphs and their positions (null when only the width was asked for). */
interface Laid {
  glyphs: unknown[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}

/** pdfkit's `encode` answer: each glyph's id in the document's subset (four hex digits), and its position. */
type Encoded = [hex: string[], positions: unknown[]];

interface PdfMakeDocument {
  fontCache: Record<string, Record<string, unknown> | undefined>;
  getFontType(bold: boolean, italics: boolean): string;
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
  provideFont(family: string, bold: boolean, italics: boolean): unknown;
}

interface PdfMakeDocumentClass {
  prototype: PdfMakeDocument;
}

interface SharedFont {
  font: NonNullable<PdfKitEmbeddedFont['font']>;
  layoutCache: Record<string, unknown>;
}

/** Words measured per font before the cache starts again (a few MB at most; a long export uses ~3,000). */
const MAX_CACHED_RUNS = 50_000;

const documentClass = pdfmakeClass<PdfMakeDocumentClass>(pdfmakeDocumentModule);

const shared = new Map<string, SharedFont>();
let installed = false;
let enabled = true;
let reused = 0;

/**
 * Visits a string's words as pdfkit's layout splits it: each word ends after its space or tab, the last at
 * the end of the string (none after a final space). Both patches below split this way, so that each word's
 * part is exactly what it contributes to the whole string's layout.
 */
function forEachWord(text: string, visit: (word: string) => void): void {
  const length = text.length;
  let last = 0;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9) {
      visit(text.slice(last, index + 1));
      last = index + 1;
    }
  }
  if (last < length) visit(text.slice(last));
}

// Encoded words by document font: a document's subset numbers its glyphs in the order it meets them, so an
// encoding holds for that document's font only. A WeakMap, so they go with the document.
const encodedWords = new WeakMap<object, Map<string, Encoded>>();
let encodingPatched = false;

/**
 * Encodes each space-ended word of a run once per document. pdfkit's `encode` lays the whole string out word
 * by word (from the shared layout cache), concatenates the glyph arrays and looks every glyph up in the
 * subset, for every line drawn. Split the same way, each word's encoding is exactly the part it contributes
 * to the whole string's, and encoding it again would only look up the same glyphs: the subset, widths and
 * Unicode map are filled the first time, so the output is unchanged.
 */
function encodeWordsOnce(prototype: PdfKitEmbeddedFont): void {
  const original = prototype.encode;
  if (encodingPatched || typeof original !== 'function') return;
  encodingPatched = true;
  prototype.encode = function encode(this: object, text: string, features?: unknown): Encoded {
    if (!enabled || features || typeof text !== 'string') return original.call(this, text, features);
    let words = encodedWords.get(this);
    if (!words) encodedWords.set(this, (words = new Map()));
    const hex: string[] = [];
    const positions: unknown[] = [];
    forEachWord(text, (word) => {
      let encoded = words.get(word);
      if (!encoded) words.set(word, (encoded = original.call(this, word)));
      for (const glyph of encoded[0]) hex.push(glyph);
      for (const position of encoded[1]) positions.push(position);
    });
    return [hex, positions];
  };
}

let layoutPatched = false;

/**
 * pdfkit's `layout`, which measures every string pdfmake measures and every run drawn, word by word from the
 * layout cache, with the same split and the same sums, so the widths and glyphs are the same to the bit. It
 * differs in two things that cost time on long runs: pdfkit tested each character by building a two-element
 * array and searching it, and joined each word's glyphs by copying everything gathered so far.
 */
function layOutWithoutCopies(prototype: PdfKitEmbeddedFont): void {
  const original = prototype.layout;
  if (layoutPatched || typeof original !== 'function' || typeof prototype.layoutCached !== 'function') return;
  layoutPatched = true;
  prototype.layout = function layout(
    this: PdfKitEmbeddedFont,
    text: string,
    features?: unknown,
    onlyWidth?: boolean,
  ) {
    if (!enabled || features || typeof text !== 'string')
      return original.call(this, text, features, onlyWidth);
    const glyphs: unknown[] | null = onlyWidth ? null : [];
    const positions: unknown[] | null = onlyWidth ? null : [];
    let advanceWidth = 0;
    forEachWord(text, (word) => {
      const run = this.layoutCached!(word);
      if (glyphs && positions) {
        for (const glyph of run.glyphs!) glyphs.push(glyph);
        for (const position of run.positions!) positions.push(position);
      }
      advanceWidth += run.advanceWidth;
    });
    return { glyphs, positions, advanceWidth };
  };
}

function adopt(embedded: PdfKitEmbeddedFont, key: string): void {
  encodeWordsOnce(Object.getPrototypeOf(embedded) as PdfKitEmbeddedFont);
  layOutWithoutCopies(Object.getPrototypeOf(embedded) as PdfKitEmbeddedFont);
  const own = embedded.font;
  if (!own || typeof own.createSubset !== 'function' || !embedded.layoutCache) return;
  const pooled = shared.get(key);
  if (!pooled || Object.keys(pooled.layoutCache).length > MAX_CACHED_RUNS) {
    shared.set(key, { font: own, layoutCache: embedded.layoutCache });
    return;
  }
  embedded.font = pooled.font;
  embedded.subset = pooled.font.createSubset!();
  embedded.layoutCache = pooled.layoutCache;
  reused += 1;
}

/** Installs the pool once for the process. Safe to call before every render. */
export function installFontPool(): void {
  if (installed || !documentClass) return;
  installed = true;
  const original = documentClass.prototype.provideFont;
  documentClass.prototype.provideFont = function provideFont(
    this: PdfMakeDocument,
    family: string,
    bold: boolean,
    italics: boolean,
  ) {
    const type = this.getFontType(bold, italics);
    const alreadyOpen = this.fontCache[family]?.[type];
    if (alreadyOpen !== undefined) return alreadyOpen;
    const file = this.getFontFile(family, bold, italics);
    const font = original.call(this, family, bold, italics);
    if (enabled && typeof file === 'string' && font && typeof font === 'object')
      adopt(font as PdfKitEmbeddedFont, file);
    return font;
  };
}

/** For tests: render with or without the pool, and start from cold. */
export function setFontPoolEnabled(on: boolean): void {
  enabled = on;
}

export function clearFontPool(): void {
  shared.clear();
}

/** How many document fonts took a pooled font so far (tests check it grows, so a silent fallback is noticed). */
export function fontPoolReuseCount(): number {
  return reused;
}
