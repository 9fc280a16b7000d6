import * as textInlinesModule from 'pdfmake/js/TextInlines.js';
import * as styleStackModule from 'pdfmake/js/StyleContextStack.js';
import { pdfmakeClass } from './pdfmake-class';

/**
 * Measures a text node's words with its styles resolved once, not once per word.
 *
 * pdfmake 0.3 splits every text node into words and then, for each word, looks up about 25 style
 * properties through its style stack (each lookup pushes the word onto the stack, walks it, and builds a
 * closure and a Set per named style) before measuring the word's width. On our documents that was the
 * largest share of an export's CPU time: about a third of all samples, and much of the garbage collection
 * (see docs/decisions/0007-pdf-export.md). Every word of one node carries the same style properties (pdfmake
 * copies the node's onto each word), and within one call the stack does not change, so the resolved values
 * are a function of the word's own style properties: when a word's own properties are the same as the
 * word before it, it takes that word's resolved values. Widths are kept per font object, size and string,
 * so a word repeated in a document is measured once.
 *
 * The replacement does what pdfmake's `measure` does, in the same order, with the same values: the output
 * bytes are unchanged (`word-styles.test.ts` renders documents both ways and compares them).
 */

interface StyleStack {
  // The stack's shape is pdfmake's; only the static lookup below reads it.
  readonly styleOverrides?: unknown;
}

interface PdfFont {
  widthOfString(text: string, size: number, features: unknown): number;
  lineHeight(size: number, includeGap?: boolean): number;
}

interface PdfDocumentLike {
  provideFont(family: unknown, bold: unknown, italics: unknown): PdfFont;
}

/** A word as pdfmake's text breaker gives it, and the fields `measure` adds. */
interface Word extends Record<string, unknown> {
  text: string;
  font?: unknown;
  fontSize: number;
  fontFeatures?: unknown;
  characterSpacing: number;
  leadingCut?: number;
  leadingIndent?: number;
  trailingCut?: number;
  width?: number;
  height?: number;
}

interface TextInlinesPrototype {
  pdfDocument: PdfDocumentLike | null;
  measure(this: TextInlinesPrototype, words: Word[], stack: StyleStack): Word[];
}

type GetStyleProperty = (item: object, stack: StyleStack, property: string, fallback: unknown) => unknown;

const textInlinesClass = pdfmakeClass<{ prototype: TextInlinesPrototype }>(textInlinesModule);
const styleStackClass = pdfmakeClass<{ getStyleProperty?: GetStyleProperty }>(styleStackModule);

const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

/** Fields of a word that are not style: pdfmake's breaker and `measure` itself set them per word. */
const NOT_STYLE = new Set(['text', 'lineEnd', 'noNewLine', 'leadingCut', 'leadingIndent']);

/** The style properties `measure` gives every word, as pdfmake resolves them. */
interface WordStyle {
  alignment: unknown;
  fontSize: number;
  fontFeatures: unknown;
  characterSpacing: number;
  color: unknown;
  decoration: unknown;
  decorationColor: unknown;
  decorationStyle: unknown;
  decorationThickness: unknown;
  background: unknown;
  link: unknown;
  linkToPage: unknown;
  linkToDestination: unknown;
  noWrap: unknown;
  opacity: unknown;
  sup: unknown;
  sub: unknown;
}

interface Resolved {
  /** The word's own style properties these values were resolved from. */
  own: { keys: string[]; values: unknown[] };
  font: PdfFont;
  style: WordStyle;
  lineHeight: number;
  height: number | null;
  preserveLeadingSpaces: unknown;
  preserveTrailingSpaces: unknown;
}

/** The word's own style properties, as keys and values side by side. */
function ownStyle(word: Word): { keys: string[]; values: unknown[] } {
  const keys: string[] = [];
  const values: unknown[] = [];
  for (const key in word) {
    if (NOT_STYLE.has(key) || !Object.prototype.hasOwnProperty.call(word, key)) continue;
    keys.push(key);
    values.push(word[key]);
  }
  return { keys, values };
}

/** Whether the word's own style properties are those `own` was taken from; allocates nothing, as it runs per word. */
function hasStyle(word: Word, own: { keys: string[]; values: unknown[] }): boolean {
  let index = 0;
  for (const key in word) {
    if (NOT_STYLE.has(key) || !Object.prototype.hasOwnProperty.call(word, key)) continue;
    if (own.keys[index] !== key || own.values[index] !== word[key]) return false;
    index += 1;
  }
  return index === own.keys.length;
}

// Widths by font object (one per document and face), then size, then string. A WeakMap, so a document's
// widths go with its fonts.
const widths = new WeakMap<PdfFont, Map<number, Map<string, number>>>();

function widthOf(font: PdfFont, text: string, size: number, features: unknown, spacing: number): number {
  const spaced = (spacing || 0) * (text.length - 1);
  if (features) return font.widthOfString(text, size, features) + spaced;
  let bySize = widths.get(font);
  if (!bySize) widths.set(font, (bySize = new Map()));
  let byText = bySize.get(size);
  if (!byText) bySize.set(size, (byText = new Map()));
  let width = byText.get(text);
  if (width === undefined) byText.set(text, (width = font.widthOfString(text, size, features)));
  return width + spaced;
}

let installed = false;
let enabled = true;
let resolutions = 0;

/** Installs the measuring once for the process; safe to call before every render. */
export function installWordStyles(): void {
  const prototype = textInlinesClass?.prototype;
  const lookUp = styleStackClass?.getStyleProperty?.bind(styleStackClass);
  if (installed || !prototype || typeof prototype.measure !== 'function' || !lookUp) return;
  installed = true;
  const original = prototype.measure;
  prototype.measure = function measure(this: TextInlinesPrototype, words: Word[], stack: StyleStack) {
    const document = this.pdfDocument;
    if (!enabled || !document || !Array.isArray(words)) return original.call(this, words, stack);
    if (words.length) {
      const leadingIndent = lookUp(words[0]!, stack, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        words[0]!.leadingCut = -leadingIndent;
        words[0]!.leadingIndent = leadingIndent;
      }
    }
    let last: Resolved | null = null;
    for (const word of words) {
      let resolved: Resolved;
      if (last && hasStyle(word, last.own)) {
        resolved = last;
      } else {
        const own = ownStyle(word);
        resolutions += 1;
        const font = document.provideFont(
          lookUp(word, stack, 'font', 'Roboto'),
          lookUp(word, stack, 'bold', false),
          lookUp(word, stack, 'italics', false),
        );
        // pdfmake sets the font on the word before it looks up the rest; the other lookups do not read it.
        word.font = font;
        // pdfmake's defaults.
        const style: WordStyle = {
          alignment: lookUp(word, stack, 'alignment', 'left'),
          fontSize: lookUp(word, stack, 'fontSize', 12) as number,
          fontFeatures: lookUp(word, stack, 'fontFeatures', null),
          characterSpacing: lookUp(word, stack, 'characterSpacing', 0) as number,
          color: lookUp(word, stack, 'color', 'black'),
          decoration: lookUp(word, stack, 'decoration', null),
          decorationColor: lookUp(word, stack, 'decorationColor', null),
          decorationStyle: lookUp(word, stack, 'decorationStyle', null),
          decorationThickness: lookUp(word, stack, 'decorationThickness', null),
          background: lookUp(word, stack, 'background', null),
          link: lookUp(word, stack, 'link', null),
          linkToPage: lookUp(word, stack, 'linkToPage', null),
          linkToDestination: lookUp(word, stack, 'linkToDestination', null),
          noWrap: lookUp(word, stack, 'noWrap', null),
          opacity: lookUp(word, stack, 'opacity', 1),
          sup: lookUp(word, stack, 'sup', false),
          sub: lookUp(word, stack, 'sub', false),
        };
        resolved = {
          own,
          font,
          style,
          lineHeight: lookUp(word, stack, 'lineHeight', 1) as number,
          height: null,
          preserveLeadingSpaces: lookUp(word, stack, 'preserveLeadingSpaces', false),
          preserveTrailingSpaces: lookUp(word, stack, 'preserveTrailingSpaces', false),
        };
        last = resolved;
      }
      word.font = resolved.font;
      // One plain assignment per property, in pdfmake's order: assigning them in a loop by computed name
      // left every word (pdfmake keeps them all until the end) in V8's slow dictionary form, two and a half
      // times the memory of the whole export.
      const style = resolved.style;
      word.alignment = style.alignment;
      word.fontSize = style.fontSize;
      word.fontFeatures = style.fontFeatures;
      word.characterSpacing = style.characterSpacing;
      word.color = style.color;
      word.decoration = style.decoration;
      word.decorationColor = style.decorationColor;
      word.decorationStyle = style.decorationStyle;
      word.decorationThickness = style.decorationThickness;
      word.background = style.background;
      word.link = style.link;
      word.linkToPage = style.linkToPage;
      word.linkToDestination = style.linkToDestination;
      word.noWrap = style.noWrap;
      word.opacity = style.opacity;
      word.sup = style.sup;
      word.sub = style.sub;
      if (style.sup || style.sub) word.fontSize *= 0.58;
      const size = word.fontSize;
      const spacing = word.characterSpacing;
      word.width = widthOf(resolved.font, word.text, size, word.fontFeatures, spacing);
      resolved.height ??= resolved.font.lineHeight(size) * resolved.lineHeight;
      word.height = resolved.height;
      if (!word.leadingCut) word.leadingCut = 0;
      if (!resolved.preserveLeadingSpaces) {
        const leadingSpaces = word.text.match(LEADING);
        if (leadingSpaces)
          word.leadingCut += widthOf(resolved.font, leadingSpaces[0]!, size, word.fontFeatures, spacing);
      }
      word.trailingCut = 0;
      if (!resolved.preserveTrailingSpaces) {
        const trailingSpaces = word.text.match(TRAILING);
        if (trailingSpaces)
          word.trailingCut = widthOf(resolved.font, trailingSpaces[0]!, size, word.fontFeatures, spacing);
      }
    }
    return words;
  };
}

/** For tests and the profile: measure word by word again (pdfmake's own way). */
export function setWordStylesEnabled(on: boolean): void {
  enabled = on;
}

/** How many times styles were resolved so far (tests check it moves, so a silent fallback is noticed). */
export function wordStylesResolvedCount(): number {
  return resolutions;
}
