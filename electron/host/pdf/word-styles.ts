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
 * word before it, it takes that word's resolved values. Widths are kept per parsed font, size and string,
 * so a word repeated in a document, or in the next export, is measured once.
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

/**
 * Whether a UTF-16 code unit is white space as a regular expression's `\s` has it (pdfmake finds a word's
 * leading and trailing spaces with `/^(\s)+/` and `/(\s)+$/`; a loop over the ends does the same without a
 * match array for every word).
 */
function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Where the text's leading white space ends (0 when it has none). */
export function leadingSpaceEnd(text: string): number {
  let end = 0;
  while (end < text.length && isSpace(text.charCodeAt(end))) end += 1;
  return end;
}

/** Where the text's trailing white space starts (its length when it has none). */
export function trailingSpaceStart(text: string): number {
  let start = text.length;
  while (start > 0 && isSpace(text.charCodeAt(start - 1))) start -= 1;
  return start;
}

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

/** What every word of one resolved style shares: it goes on the prototype of the words made for it. */
interface Look {
  /** The word's own style properties these values were resolved from. */
  own: { keys: string[]; values: unknown[] };
  font: PdfFont;
  style: WordStyle;
  /** The size the words are measured at (smaller for superscript and subscript). */
  size: number;
  height: number;
}

interface Resolved extends Look {
  preserveLeadingSpaces: unknown;
  preserveTrailingSpaces: unknown;
  /** Makes this style's measured words: objects whose prototype holds what every one of them shares. */
  make: WordMaker;
}

/** A constructor whose prototype carries one style: `new` gives a word with only its per-word fields. */
type WordMaker = new () => Word;

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

// Widths by parsed font, then size, then string. A width depends only on the font file's glyphs, so the key
// is the fontkit font pdfkit's per-document object measures with (`font`; shared between exports by the
// font pool), and a repeated word is measured once for every export, not once for each. A WeakMap, so the
// widths go when the pool lets that font go: it starts a new one once its layout cache passes a set number
// of words, and widths are per size and text, so they stay a small multiple of that (the templates use a
// handful of sizes).
const widths = new WeakMap<object, Map<number, Map<string, number>>>();

/** What a width is keyed by: the parsed font under pdfkit's document font, or the document font itself. */
function widthKey(font: PdfFont): object {
  const parsed = (font as { font?: unknown }).font;
  return typeof parsed === 'object' && parsed !== null ? parsed : font;
}

function widthOf(font: PdfFont, text: string, size: number, features: unknown, spacing: number): number {
  const spaced = (spacing || 0) * (text.length - 1);
  if (features) return font.widthOfString(text, size, features) + spaced;
  const key = widthKey(font);
  let bySize = widths.get(key);
  if (!bySize) widths.set(key, (bySize = new Map()));
  let byText = bySize.get(size);
  if (!byText) bySize.set(size, (byText = new Map()));
  let width = byText.get(text);
  if (width === undefined) byText.set(text, (width = font.widthOfString(text, size, features)));
  return width + spaced;
}

/**
 * The style prototypes of each document font (so they go with the document), by the style's values. Words
 * of the same look in different text nodes share one, which keeps the renderer's property lookups to a few
 * shapes; a style holding an object (font features, a link given as an object) gets one of its own.
 */
const makers = new WeakMap<PdfFont, Map<string, WordMaker>>();

/** A style value as text for the prototypes' key, or null for an object (compared by identity, not shared). */
function keyPart(value: unknown, font: PdfFont): string | null {
  if (value === font) return 'F';
  if (value === null) return 'n';
  if (value === undefined) return 'u';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return `d${value}`;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return null;
}

/**
 * Everything the prototype would hold, as text: the size and height, the word's own style properties by
 * name, and the resolved style's values in their fixed order. Built once per resolution (about a thousand
 * for the 36-page export), so it stays cheap: no object is made unless the style is new.
 */
function styleKey(look: Look): string | null {
  const font = look.font;
  let key = `${look.size}|${look.height}`;
  const { keys, values } = look.own;
  for (let index = 0; index < keys.length; index += 1) {
    const part = keyPart(values[index], font);
    if (part === null) return null;
    // Quoted, so no property name can read as the end of one entry and the start of the next.
    key += `|${JSON.stringify(keys[index])}=${part}`;
  }
  const style = look.style as unknown as Record<string, unknown>;
  for (const name in style) {
    const part = keyPart(style[name], font);
    if (part === null) return null;
    key += `|${part}`;
  }
  return key;
}

/**
 * What every word of one resolved style has in common, held once on a prototype instead of on each word.
 *
 * pdfmake keeps every measured word until the PDF is written, and `measure` gave each one about 25
 * properties, most of them the same null, colour or font as its neighbours': on the 229-page bench export
 * the words were 40 MB of a 140 MB heap, in the slow out-of-object form V8 uses when properties are added
 * one by one. A word made by the style's constructor keeps only its text, width and cuts (a handful of
 * in-object fields) and reads the rest through its prototype, so every read pdfmake makes gives the same
 * value, and copies made with for-in (pdfmake's own clone of a word it breaks) still see every property.
 */
function makerFor(look: Look): WordMaker {
  const key = styleKey(look);
  let byStyle = makers.get(look.font);
  if (!byStyle) makers.set(look.font, (byStyle = new Map()));
  const known = key === null ? undefined : byStyle.get(key);
  if (known) return known;
  const shared: Record<string, unknown> = {};
  // The word's own style properties first, then what `measure` sets, as pdfmake overwrites them.
  look.own.keys.forEach((name, index) => {
    shared[name] = look.own.values[index];
  });
  Object.assign(shared, look.style, { font: look.font, fontSize: look.size, height: look.height });
  // A function, not a class: pdfmake clones a word by calling its `constructor` without `new`, and this
  // prototype's constructor is Object's, which gives the plain object pdfmake expects.
  // The fields every word gets are created here, so V8 keeps them inside the object; `x` is the one pdfmake
  // adds when it puts the word on a line (added later, it would need a second, out-of-object store), and
  // `noNewLine` is one pdfmake reads for every word it fits on a line: most words lack it, and a field that is
  // missing costs a walk of the prototype chain at every read, where one that is there is found at once.
  const made = function MeasuredWord(this: Word) {
    this.text = '';
    this.width = 0;
    this.leadingCut = 0;
    this.trailingCut = 0;
    this.x = 0;
    this.noNewLine = undefined;
  } as unknown as WordMaker;
  made.prototype = shared;
  if (key !== null) byStyle.set(key, made);
  return made;
}

let installed = false;
let enabled = true;
let resolutions = 0;

/** Installs the measuring once for the process; safe to call before every render. */
export function installWordStyles(): void {
  const prototype = textInlinesClass?.prototype;
  if (
    installed ||
    !prototype ||
    typeof prototype.measure !== 'function' ||
    !styleStackClass?.getStyleProperty
  )
    return;
  // Looked up on every call, so whichever lookup is installed (style-lookup.ts's, or pdfmake's) answers.
  const lookUp: GetStyleProperty = (item, stack, property, fallback) =>
    styleStackClass.getStyleProperty!(item, stack, property, fallback);
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
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index]!;
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
        const size = style.sup || style.sub ? style.fontSize * 0.58 : style.fontSize;
        const lineHeight = lookUp(word, stack, 'lineHeight', 1) as number;
        const look: Look = { own, font, style, size, height: font.lineHeight(size) * lineHeight };
        resolved = {
          ...look,
          preserveLeadingSpaces: lookUp(word, stack, 'preserveLeadingSpaces', false),
          preserveTrailingSpaces: lookUp(word, stack, 'preserveTrailingSpaces', false),
          make: makerFor(look),
        };
        last = resolved;
      }
      const { size, style } = resolved;
      const spacing = style.characterSpacing;
      const features = style.fontFeatures;
      const measured = new resolved.make();
      // The word's own fields that are not style, as the breaker gave them, then what `measure` adds.
      measured.text = word.text;
      // The breaker's words are plain objects, so a field they lack reads as undefined; none of these is style,
      // so the prototype never has them either.
      if (word.lineEnd !== undefined) measured.lineEnd = word.lineEnd;
      if (word.noNewLine !== undefined) measured.noNewLine = word.noNewLine;
      if (word.leadingIndent !== undefined) measured.leadingIndent = word.leadingIndent;
      measured.width = widthOf(resolved.font, word.text, size, features, spacing);
      measured.leadingCut = word.leadingCut || 0;
      const text = word.text;
      if (!resolved.preserveLeadingSpaces) {
        const end = leadingSpaceEnd(text);
        if (end > 0)
          measured.leadingCut += widthOf(resolved.font, text.slice(0, end), size, features, spacing);
      }
      measured.trailingCut = 0;
      if (!resolved.preserveTrailingSpaces) {
        const start = trailingSpaceStart(text);
        if (start < text.length)
          measured.trailingCut = widthOf(resolved.font, text.slice(start), size, features, spacing);
      }
      words[index] = measured;
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
