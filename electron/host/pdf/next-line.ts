import * as layoutBuilderModule from 'pdfmake/js/LayoutBuilder.js';
import * as lineModule from 'pdfmake/js/Line.js';
import * as textInlinesModule from 'pdfmake/js/TextInlines.js';
import { pdfmakeClass } from './pdfmake-class';

/**
 * Fills a line from a paragraph's words without copying the rest of the paragraph for every word.
 *
 * pdfmake's `buildNextLine` asks, for each word, whether it fits with `hasEnoughSpaceForInline(first,
 * rest)`, and makes `rest` by copying every word left in the paragraph. A long answer is one paragraph of
 * hundreds of words, so filling its lines copied the remainder hundreds of times over: about 5% of a
 * 36-page export's CPU time, and more the longer the answers (see docs/decisions/0007-pdf-export.md).
 * `rest` is only read when the word is glued to the ones after it (`noNewLine`, as a superscript is to the
 * word before), and then only up to the first word that is not; this gives pdfmake's own check exactly the
 * words it would read, and does everything else as pdfmake does: the same words taken in the same order,
 * the same split of a word too wide for the line, the same line. `next-line.test.ts` compares the output.
 */

interface Inline extends Record<string, unknown> {
  text: string;
  width: number;
  noWrap?: unknown;
  noNewLine?: unknown;
}

interface Line {
  hasEnoughSpaceForInline(inline: Inline, nextInlines?: Inline[]): boolean;
  getAvailableWidth(): number;
  addInline(inline: Inline): void;
  lastLineInParagraph?: boolean;
}

interface TextNode {
  _inlines?: Inline[];
}

interface LayoutBuilder {
  writer: { context(): { availableWidth: number } };
  buildNextLine(this: LayoutBuilder, node: TextNode): Line | null;
}

interface TextInlines {
  widthOfText(text: string, inline: Inline): number;
}

const layoutBuilderClass = pdfmakeClass<{ prototype: LayoutBuilder }>(layoutBuilderModule);
const lineClass = pdfmakeClass<new (maxWidth: number) => Line>(lineModule);
const textInlinesClass = pdfmakeClass<new (pdfDocument: null) => TextInlines>(textInlinesModule);

const NONE: Inline[] = [];

/** The words after the first that pdfmake's fit check reads: those glued on, and the one that ends the run. */
function gluedAfterFirst(inlines: Inline[]): Inline[] {
  if (!inlines[0]!.noNewLine) return NONE;
  let end = 1;
  while (end < inlines.length && inlines[end]!.noNewLine) end += 1;
  return inlines.slice(1, end + 1);
}

/** The longest start of the text that fits the width (at least one character), as pdfmake searches for it. */
function longestFit(text: string, maxWidth: number, widthOf: (part: string) => number): number {
  let low = 1;
  let high = text.length;
  let best = 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    if (widthOf(text.substring(0, middle)) <= maxWidth) {
      best = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}

/** pdfmake's copy of a word it splits: a fresh object from the word's constructor, every visible field copied. */
function copyOf(inline: Inline): Inline {
  const copy = (inline.constructor as () => Inline)();
  for (const key in inline) copy[key] = inline[key];
  return copy;
}

let installed = false;
let enabled = true;
let built = 0;

/** Installs the line filling once for the process; safe to call before every render. */
export function installNextLine(): void {
  const prototype = layoutBuilderClass?.prototype;
  if (
    installed ||
    !prototype ||
    typeof prototype.buildNextLine !== 'function' ||
    !lineClass ||
    !textInlinesClass
  )
    return;
  installed = true;
  const original = prototype.buildNextLine;
  const LineClass = lineClass;
  const TextInlinesClass = textInlinesClass;
  prototype.buildNextLine = function buildNextLine(this: LayoutBuilder, node: TextNode) {
    if (!enabled) return original.call(this, node);
    const inlines = node._inlines;
    if (!inlines || inlines.length === 0) return null;
    built += 1;
    const line = new LineClass(this.writer.context().availableWidth);
    const measurer = new TextInlinesClass(null);
    let forceContinue = false;
    while (
      inlines.length > 0 &&
      (line.hasEnoughSpaceForInline(inlines[0]!, gluedAfterFirst(inlines)) || forceContinue)
    ) {
      let hardWrapped = false;
      const inline = inlines.shift()!;
      if (!inline.noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
        const fits = longestFit(inline.text, line.getAvailableWidth(), (part) =>
          measurer.widthOfText(part, inline),
        );
        if (fits < inline.text.length) {
          const rest = copyOf(inline);
          rest.text = inline.text.slice(fits);
          inline.text = inline.text.slice(0, fits);
          rest.width = measurer.widthOfText(rest.text, rest);
          inline.width = measurer.widthOfText(inline.text, inline);
          inlines.unshift(rest);
          hardWrapped = true;
        }
      }
      line.addInline(inline);
      forceContinue = Boolean(inline.noNewLine) && !hardWrapped;
    }
    line.lastLineInParagraph = inlines.length === 0;
    return line;
  };
}

/** For tests: pdfmake's own line filling again. */
export function setNextLineEnabled(on: boolean): void {
  enabled = on;
}

/** How many lines this module filled (tests check it moves, so a silent fallback is noticed). */
export function nextLineCount(): number {
  return built;
}
