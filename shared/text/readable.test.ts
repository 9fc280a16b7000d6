import { describe, expect, it } from 'vitest';
import { findUnreadableIn, firstUnreadable, readableRuns, showHidden } from './readable';
import { ordinaryText } from './testing';

describe('text a person will read', () => {
  it('leaves ordinary multilingual text as it is', () => {
    for (const text of ordinaryText) {
      expect(firstUnreadable(text), text).toBeNull();
      expect(showHidden(text)).toBe(text);
      expect(readableRuns(text)).toEqual([{ text }]);
    }
  });

  it.each([
    ['Invoice\u202Efdp.exe', 'right-to-left override (U+202E)', 'Invoice⟨U+202E⟩fdp.exe'],
    ['Jo\u200Bhn', 'zero-width space (U+200B)', 'Jo⟨U+200B⟩hn'],
    ['a\u2066b\u2069', 'directional isolate (U+2066)', 'a⟨U+2066⟩b⟨U+2069⟩'],
    ['no\u00ADtice', 'soft hyphen (U+00AD)', 'no⟨U+00AD⟩tice'],
    ['\uFEFFstart', 'zero-width no-break space (U+FEFF)', '⟨U+FEFF⟩start'],
    ['x\u200Fy', 'right-to-left mark (U+200F)', 'x⟨U+200F⟩y'],
    ['hidden\u{E0041}\u{E0042}', 'tag character (U+E0041)', 'hidden⟨U+E0041⟩⟨U+E0042⟩'],
    ['Sam\u200DSmith', 'zero-width joiner (U+200D)', 'Sam⟨U+200D⟩Smith'],
  ])('finds and shows %j', (text, description, shown) => {
    expect(firstUnreadable(text)?.description).toContain(description);
    expect(showHidden(text)).toBe(shown);
    expect(
      readableRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });

  it('refuses hidden characters in identifying fields and keys only', () => {
    expect(findUnreadableIn({ attempt: { title: 'A\u202Eb', answers: {} } }, '')).toEqual({
      path: 'attempt.title',
      description: 'a right-to-left override (U+202E)',
    });
    expect(findUnreadableIn({ reviews: [{ reviewerName: 'x\u200By' }] }, '')?.path).toBe(
      'reviews[0].reviewerName',
    );
    expect(findUnreadableIn({ templateIds: ['ok', 'b\u2060ad'] }, '')?.path).toBe('templateIds[1]');
    expect(findUnreadableIn({ answers: { 'a\u200Bb': 'x' } }, '')?.path).toBe('a name inside answers');
    expect(findUnreadableIn({ answers: { t: { victims: 'a\u202Eb' } } }, '')).toBeNull();
    expect(findUnreadableIn({ title: ordinaryText.join(' ') }, '')).toBeNull();
  });
});
