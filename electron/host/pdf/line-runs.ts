import * as rendererModule from 'pdfmake/js/Renderer.js';
import { pdfmakeClass } from './pdfmake-class';

/**
 * Draws each run of same-styled words on a line with one pdfkit text call instead of one call per word.
 *
 * pdfmake 0.3 lays text out word by word and its renderer then draws every word on its own: for each one
 * it sets opacity, fill colour, font and size and calls pdfkit's `text()`, which builds options, a
 * transform and a text object. On our documents that was the largest single phase (about 55% of the CPU
 * time of a 197-page export; see docs/decisions/0007-pdf-export.md) and it wrote ten content-stream
 * operations per word. pdfmake's own renderer has a TODO for exactly this.
 *
 * Words are joined only when nothing about them differs and they sit edge to edge: same font object,
 * size, colour and opacity, no link, destination, page reference, decoration, background, font features,
 * character spacing, superscript or subscript, and each word starts where the previous one ends (so
 * centred, right-aligned and justified lines keep their own spacing). pdfkit lays a joined string out word
 * by word from the same per-word cache pdfmake measured with, so the glyphs and their positions are the
 * ones the words would have had; only the number of text objects changes.
 */

interface Inline {
  text: string;
  x: number;
  width: number;
  font: unknown;
  fontSize: number;
  color?: unknown;
  opacity?: unknown;
  characterSpacing?: number;
  fontFeatures?: unknown;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  decoration?: unknown;
  background?: unknown;
  sup?: boolean;
  sub?: boolean;
  _pageNodeRef?: unknown;
}

interface Line {
  inlines: Inline[];
}

interface RendererPrototype {
  renderLine(this: unknown, line: Line, x: number, y: number): unknown;
}

const rendererClass = pdfmakeClass<{ prototype: RendererPrototype }>(rendererModule);

/** Positions closer than this (in points) count as touching; pdfmake adds widths as floating point. */
const TOUCHING = 0.01;

function plain(inline: Inline): boolean {
  return (
    !inline.link &&
    !inline.linkToPage &&
    !inline.linkToDestination &&
    !inline.decoration &&
    !inline.background &&
    !inline.fontFeatures &&
    !inline.characterSpacing &&
    !inline.sup &&
    !inline.sub &&
    inline._pageNodeRef === undefined
  );
}

function sameLook(a: Inline, b: Inline): boolean {
  return a.font === b.font && a.fontSize === b.fontSize && a.color === b.color && a.opacity === b.opacity;
}

/** The line's inlines with each run of joinable words made one inline; the line itself is not changed. */
export function joinRuns(inlines: readonly Inline[]): Inline[] {
  const joined: Inline[] = [];
  let run: Inline | null = null;
  for (const inline of inlines) {
    if (run && plain(inline) && sameLook(run, inline) && Math.abs(run.x + run.width - inline.x) < TOUCHING) {
      run.text += inline.text;
      run.width += inline.width;
      continue;
    }
    if (plain(inline)) {
      // A measured word reads its style through its prototype (word-styles.ts), so the copy keeps it.
      run = Object.assign(Object.create(Object.getPrototypeOf(inline) as object) as Inline, inline);
      joined.push(run);
    } else {
      run = null;
      joined.push(inline);
    }
  }
  return joined;
}

let installed = false;
let enabled = true;

/** Installs the joining once for the process; safe to call before every render. */
export function installLineRuns(): void {
  if (installed || !rendererClass?.prototype) return;
  installed = true;
  const prototype = rendererClass.prototype;
  const original = prototype.renderLine;
  prototype.renderLine = function renderLine(this: unknown, line: Line, x: number, y: number) {
    if (!enabled || !Array.isArray(line.inlines) || line.inlines.length < 2)
      return original.call(this, line, x, y);
    // The joined runs stand in for the line's words only while it is drawn; the laid-out line (which the
    // contents page may still refer to) gets its own words back. A view made with Object.create(line) did the
    // same but turned every line into a prototype, which V8 gives a map of its own and keeps: about 70 MB
    // still held after a 229-page export, and a slower draw.
    const words = line.inlines;
    line.inlines = joinRuns(words);
    try {
      return original.call(this, line, x, y);
    } finally {
      line.inlines = words;
    }
  };
}

/** For tests and the profile: draw word by word again (pdfmake's own way). */
export function setLineRunsEnabled(on: boolean): void {
  enabled = on;
}
