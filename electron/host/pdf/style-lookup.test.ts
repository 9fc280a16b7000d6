import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as styleStackModule from 'pdfmake/js/StyleContextStack.js';
import { sampleAttemptPdf } from '@shared/pdf/__fixtures__/sample-attempt';
import { pdfmakeClass } from './pdfmake-class';
import { findFontsDir, renderPdf } from './render';
import { installStyleLookup, setStyleLookupEnabled, styleLookupCount } from './style-lookup';

interface Stack {
  styleOverrides: unknown[];
}
interface StackClass {
  new (dictionary: unknown, defaultStyle?: unknown): Stack;
  getStyleProperty(item: unknown, stack: unknown, property: string, fallback: unknown): unknown;
}
const StyleContextStack = pdfmakeClass<StackClass>(styleStackModule)!;

afterEach(() => setStyleLookupEnabled(true));

const names = ['base', 'heading', 'quote', 'small', 'missing'] as const;
const properties = ['fontSize', 'color', 'bold', 'italics'] as const;
// Values pdfmake treats as set, and the two it treats as unset.
const value = fc.oneof(
  fc.integer({ min: 0, max: 30 }),
  fc.constantFrom('#8a1c1c', '', null, undefined, false, 0),
);
const props = fc.dictionary(fc.constantFrom(...properties), value, { maxKeys: 3 });
const name = fc.constantFrom(...names);
// A named style may extend one or more others, itself, each other in a ring, or a name not in the dictionary.
const namedStyle = fc.record(
  { own: props, extends: fc.oneof(name, fc.array(name, { maxLength: 3 })) },
  { requiredKeys: ['own'] },
);
const dictionary = fc
  .dictionary(fc.constantFrom(...names.slice(0, 4)), namedStyle)
  .map((styles) =>
    Object.fromEntries(
      Object.entries(styles).map(([key, style]) => [
        key,
        style.extends === undefined ? style.own : { ...style.own, extends: style.extends },
      ]),
    ),
  );
const entry = fc.oneof(name, props);
const item = fc
  .record(
    {
      own: props,
      style: fc.oneof(name, fc.array(entry, { maxLength: 3 })),
      section: fc.constant('section'),
    },
    { requiredKeys: ['own'] },
  )
  .map(({ own, ...rest }) => ({ ...own, ...rest }));

describe('the style lookup', () => {
  it('answers as pdfmake does for any styles, stack and item', () => {
    installStyleLookup();
    const before = styleLookupCount();
    fc.assert(
      fc.property(
        dictionary,
        fc.option(props, { nil: undefined }),
        fc.array(entry, { maxLength: 4 }),
        fc.oneof(item, fc.constant('plain text')),
        fc.constantFrom(...properties),
        (styles, defaultStyle, overrides, looked, property) => {
          const stack = new StyleContextStack(styles, defaultStyle);
          stack.styleOverrides.push(...overrides);
          const height = stack.styleOverrides.length;
          const ours = StyleContextStack.getStyleProperty(looked, stack, property, 'fallback');
          setStyleLookupEnabled(false);
          const theirs = StyleContextStack.getStyleProperty(looked, stack, property, 'fallback');
          setStyleLookupEnabled(true);
          expect(ours).toStrictEqual(theirs);
          // Neither leaves anything on the stack.
          expect(stack.styleOverrides.length).toBe(height);
        },
      ),
      { numRuns: 3000 },
    );
    expect(styleLookupCount() - before).toBe(3000);
    // Without a stack (pdfmake passes none for some lookups) it is pdfmake's answer: the item's or the fallback.
    expect(StyleContextStack.getStyleProperty({ bold: true }, null, 'bold', false)).toBe(true);
    expect(StyleContextStack.getStyleProperty({}, null, 'bold', 'fallback')).toBe('fallback');
  });

  it('finds a value through a chain of named styles, and stops at a ring of them', () => {
    installStyleLookup();
    const stack = new StyleContextStack({
      base: { color: '#0b0c0c' },
      heading: { extends: ['small', 'base'], bold: true },
      small: { fontSize: 8 },
      ring: { extends: 'loop' },
      loop: { extends: 'ring' },
    });
    stack.styleOverrides.push('heading');
    const look = (item: unknown, property: string) =>
      StyleContextStack.getStyleProperty(item, stack, property, 'fallback');
    expect(look({}, 'color')).toBe('#0b0c0c');
    expect(look({}, 'fontSize')).toBe(8);
    expect(look({ style: 'ring' }, 'italics')).toBe('fallback');
    expect(look({ style: ['small'], fontSize: 12 }, 'fontSize')).toBe(12);
  });

  it('gives an attempt the same bytes as pdfmake’s own lookup', { timeout: 120_000 }, async () => {
    const fontsDir = findFontsDir();
    const definition = () => sampleAttemptPdf({ longAnswerWords: 120, rows: 3 });
    const before = styleLookupCount();
    const ours = await renderPdf(definition(), { fontsDir });
    expect(styleLookupCount() - before).toBeGreaterThan(1000);
    setStyleLookupEnabled(false);
    const theirs = await renderPdf(definition(), { fontsDir });
    expect(ours.bytes.equals(theirs.bytes)).toBe(true);
  });
});
