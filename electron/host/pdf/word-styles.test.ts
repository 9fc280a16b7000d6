import { afterEach, describe, expect, it } from 'vitest';
import * as lineModule from 'pdfmake/js/Line.js';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { sampleAttemptPdf } from '@shared/pdf/__fixtures__/sample-attempt';
import { PDF_FONT_FAMILY, findFontsDir, renderPdf } from './render';
import { pdfmakeClass } from './pdfmake-class';
import fc from 'fast-check';
import {
  leadingSpaceEnd,
  setWordStylesEnabled,
  trailingSpaceStart,
  wordStylesResolvedCount,
} from './word-styles';

const fontsDir = findFontsDir();

afterEach(() => setWordStylesEnabled(true));

/**
 * Everything `measure` resolves, changing from word to word and from node to node: inline bold and italics
 * inside one paragraph, named styles (one extending another), sizes, superscript and subscript, character
 * spacing, an indent, kept spaces, no wrapping, links and destinations, decoration, background, colour,
 * opacity, line height and each alignment.
 */
function styledDocument(plain = false): TDocumentDefinitions {
  const look = (extra: Record<string, unknown>) => (plain ? {} : extra);
  const sentence = 'Probation officers write what they found, where it came from and why it matters. ';
  const content: Content[] = [
    { text: 'Risk of serious harm', style: plain ? undefined : 'heading' },
    {
      text: [
        sentence,
        { text: 'Known adult at risk: ', ...look({ bold: true }) },
        { text: 'Ms Tamsin Arlow', ...look({ italics: true, color: '#8a1c1c' }) },
        ' (partner). ',
        {
          text: 'See the police call-outs',
          ...look({ link: 'https://example.invalid', decoration: 'underline' }),
        },
        ' and ',
        { text: 'x', ...look({ sup: true }) },
        { text: '2', ...look({ sub: true }) },
        ' then ',
        { text: 'spaced out', ...look({ characterSpacing: 1.5 }) },
        ' and ',
        { text: '   kept spaces  ', ...look({ preserveLeadingSpaces: true, preserveTrailingSpaces: true }) },
        { text: 'highlighted', ...look({ background: '#fff3b0', opacity: 0.8 }) },
        '. ',
        sentence.repeat(3),
      ],
      ...look({ leadingIndent: 18, lineHeight: 1.4 }),
    },
    { text: sentence.repeat(4), ...look({ alignment: 'justify' }) },
    { text: sentence.repeat(2), ...look({ alignment: 'right', fontSize: 8 }) },
    { text: sentence.repeat(2), ...look({ alignment: 'center', style: 'quote' }) },
    { text: 'A long reference that must not wrap: CRN-X123456 / PNC 26/0012345Q', ...look({ noWrap: true }) },
    { text: 'Back to the start', ...look({ linkToDestination: 'top', decoration: 'lineThrough' }) },
    {
      text: 'Page reference',
      ...look({ linkToPage: 1, decorationStyle: 'dashed', decorationColor: 'blue' }),
    },
    {
      table: {
        widths: ['*', '*'],
        body: [
          [
            { text: 'Level', ...look({ bold: true }) },
            { text: 'High', ...look({ color: '#0b0c0c', fillColor: '#f3f2f1' }) },
          ],
          [{ text: sentence }, { text: [sentence, { text: 'emphasis', ...look({ italics: true }) }] }],
        ],
      },
    },
    { ul: [sentence, { text: sentence, ...look({ bold: true }) }] },
    // A word wider than its column: pdfmake breaks it by cloning the measured word, properties and all.
    {
      table: {
        widths: [40, '*'],
        body: [
          [
            { text: 'Ref:CRN-X123456-PNC-26-0012345Q-WARRANT-7731', ...look({ color: '#8a1c1c' }) },
            { text: sentence },
          ],
        ],
      },
    },
  ];
  return {
    content: [{ text: '', id: 'top' }, ...content],
    defaultStyle: { font: PDF_FONT_FAMILY, fontSize: 10 },
    styles: {
      base: { color: '#1b1b1b' },
      heading: { fontSize: 16, bold: true, extends: 'base' },
      quote: { italics: true, fontSize: 9, extends: ['base'] },
    },
    info: { title: 'Styles', creationDate: new Date('2026-11-23T10:00:00Z') },
  };
}

function attemptDefinition(): TDocumentDefinitions {
  return sampleAttemptPdf({ longAnswerWords: 120, rows: 3 });
}

// Whole documents are rendered: seconds on a shared 2-core machine.
describe('measuring words with their styles resolved once', { timeout: 120_000 }, () => {
  it('makes the same bytes as pdfmake word by word, for every style it resolves', async () => {
    const before = wordStylesResolvedCount();
    const once = await renderPdf(styledDocument(), { fontsDir });
    const resolved = wordStylesResolvedCount() - before;
    setWordStylesEnabled(false);
    const wordByWord = await renderPdf(styledDocument(), { fontsDir });
    expect(once.bytes.equals(wordByWord.bytes)).toBe(true);
    // It was in use: styles were resolved, but far fewer times than there are words.
    expect(resolved).toBeGreaterThan(20);
    expect(resolved).toBeLessThan(150);
    // Control: the styles do reach the output, so a measure that gave one word another's style would differ.
    const unstyled = await renderPdf(styledDocument(true), { fontsDir });
    expect(unstyled.bytes.equals(wordByWord.bytes)).toBe(false);
  });

  it('makes the same bytes as pdfmake for an attempt, its contents page and tables', async () => {
    const once = await renderPdf(attemptDefinition(), { fontsDir });
    setWordStylesEnabled(false);
    const wordByWord = await renderPdf(attemptDefinition(), { fontsDir });
    expect(once.pages).toBeGreaterThan(5);
    expect(once.bytes.equals(wordByWord.bytes)).toBe(true);
  });

  it('keeps on each word only what differs from word to word; the style is read through its prototype', async () => {
    // Every word pdfmake puts on a line, as it is added.
    type Added = Record<string, unknown>;
    const lineClass = pdfmakeClass<{ prototype: { addInline(inline: Added): void } }>(lineModule)!;
    const original = lineClass.prototype.addInline;
    const seen = (on: boolean) => {
      const words: Added[] = [];
      lineClass.prototype.addInline = function (this: unknown, inline: Added) {
        words.push(inline);
        return original.call(this, inline);
      };
      setWordStylesEnabled(on);
      return { words, done: () => (lineClass.prototype.addInline = original) };
    };
    const shared = seen(true);
    const once = await renderPdf(styledDocument(), { fontsDir });
    shared.done();
    const perWord = seen(false);
    const wordByWord = await renderPdf(styledDocument(), { fontsDir });
    perWord.done();
    expect(once.bytes.equals(wordByWord.bytes)).toBe(true);
    const ownFields = (words: Added[]) => Math.max(...words.map((word) => Object.keys(word).length));
    expect(shared.words.length).toBeGreaterThan(200);
    // Text, width, the two cuts, x, noNewLine and the odd line end: the style (font, size, colour and twenty more) is
    // on the prototype, which keeps a long export's words at about a quarter of their former memory. The
    // exception is the pieces pdfmake cuts a word too wide for its column into: its clone copies every
    // property it can see onto a plain object (six pieces of the one reference here).
    const measured = shared.words.filter((w) => Object.getPrototypeOf(w) !== Object.prototype);
    expect(shared.words.length - measured.length).toBeLessThanOrEqual(8);
    expect(ownFields(measured)).toBeLessThanOrEqual(9);
    const word = shared.words.find((w) => w['text'] === 'Tamsin ')!;
    expect(Object.prototype.hasOwnProperty.call(word, 'color')).toBe(false);
    expect(word['color']).toBe('#8a1c1c');
    expect(word['font']).toBeTruthy();
    // Control: pdfmake's own measuring gives every word all of them.
    expect(ownFields(perWord.words)).toBeGreaterThan(20);

    // Words of the same look in different text nodes share one prototype, so the renderer's property reads
    // meet a few shapes, not one per paragraph: an attempt resolves styles hundreds of times.
    const attempt = seen(true);
    const resolvedBefore = wordStylesResolvedCount();
    await renderPdf(attemptDefinition(), { fontsDir });
    const resolved = wordStylesResolvedCount() - resolvedBefore;
    attempt.done();
    const prototypes = new Set(attempt.words.map((w) => Object.getPrototypeOf(w) as object)).size;
    expect(resolved).toBeGreaterThan(200);
    expect(prototypes).toBeLessThan(resolved / 5);
  });
});

describe('a word’s leading and trailing white space', () => {
  it('is found as pdfmake’s regular expressions find it, for every UTF-16 code unit', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const character = String.fromCharCode(code);
      const space = /\s/.test(character);
      if (leadingSpaceEnd(character) !== (space ? 1 : 0) || trailingSpaceStart(character) !== (space ? 0 : 1))
        differing.push(`U+${code.toString(16)}`);
    }
    expect(differing).toEqual([]);
  });

  it('is the same run as /^(\\s)+/ and /(\\s)+$/ match, for any text', () => {
    const pieces = fc.constantFrom(' ', '\t', '\u00a0', '\u2009', '\u3000', 'a', 'ŵ', '–', '\n', '😀');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(text.slice(0, leadingSpaceEnd(text))).toBe(text.match(/^(\s)+/g)?.[0] ?? '');
        expect(text.slice(trailingSpaceStart(text))).toBe(text.match(/(\s)+$/g)?.[0] ?? '');
      }),
      { numRuns: 2000 },
    );
  });
});
