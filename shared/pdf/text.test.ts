import { describe, expect, it } from 'vitest';
import { ordinaryText } from '../text/testing';
import { cleanText, paragraphs, wrappableText } from './text';

describe('cleanText: what a reader of the PDF sees', () => {
  it('shows directional and invisible characters as visible markers instead of dropping or keeping them', () => {
    expect(cleanText('Invoice\u202Efdp.exe')).toBe('Invoice⟨U+202E⟩fdp.exe');
    expect(cleanText('Jo\u200Bhn and\u2066 more\u2069')).toBe('Jo⟨U+200B⟩hn and⟨U+2066⟩ more⟨U+2069⟩');
    expect(cleanText('no\u00ADtice\uFEFF')).toBe('no⟨U+00AD⟩tice⟨U+FEFF⟩');
    expect(paragraphs('first\u200F\n\nsecond')).toEqual(['first⟨U+200F⟩', 'second']);
    expect(wrappableText('short \u202Dtext')).toBe('short ⟨U+202D⟩text');
  });

  it('still drops control characters and keeps ordinary multilingual text', () => {
    expect(cleanText('a\u0007b\r\nc\td')).toBe('ab\nc    d');
    for (const text of ordinaryText) expect(cleanText(text)).toBe(text);
  });
});
