import * as pdfmakeDocumentModule from 'pdfmake/js/PDFDocument.js';

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
}

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

// Node's ESM loader gives the CommonJS exports object (class under `default`); bundlers may give the class.
const moduleShape = pdfmakeDocumentModule as unknown as {
  default?: PdfMakeDocumentClass | { default?: PdfMakeDocumentClass };
};
const documentClass: PdfMakeDocumentClass | undefined =
  moduleShape.default && 'prototype' in moduleShape.default
    ? (moduleShape.default as PdfMakeDocumentClass)
    : (moduleShape.default as { default?: PdfMakeDocumentClass } | undefined)?.default;

const shared = new Map<string, SharedFont>();
let installed = false;
let enabled = true;
let reused = 0;

function adopt(embedded: PdfKitEmbeddedFont, key: string): void {
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
