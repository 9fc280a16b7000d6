import { describe, expect, it } from 'vitest';
import { caseLibrary, caseThemes } from '@shared/cases';
import type { CaseTheme, Difficulty } from '@shared/cases';
import { describeShown, difficultiesIn, filterCases, noFilter, themesIn } from './case-filter';

const sample: Array<{ id: string; difficulty: Difficulty; themes: CaseTheme[] }> = [
  { id: 'a', difficulty: 'foundation', themes: ['domestic-abuse', 'child-safeguarding'] },
  { id: 'b', difficulty: 'advanced', themes: ['domestic-abuse', 'mappa'] },
  { id: 'c', difficulty: 'advanced', themes: ['trauma'] },
];

describe('filtering the case library', () => {
  it('keeps every case with no choice made', () => {
    expect(filterCases(sample, noFilter).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('narrows by difficulty, by theme, and by both together', () => {
    expect(filterCases(sample, { difficulty: 'advanced', theme: 'any' }).map((c) => c.id)).toEqual([
      'b',
      'c',
    ]);
    expect(filterCases(sample, { difficulty: 'any', theme: 'domestic-abuse' }).map((c) => c.id)).toEqual([
      'a',
      'b',
    ]);
    expect(filterCases(sample, { difficulty: 'advanced', theme: 'domestic-abuse' }).map((c) => c.id)).toEqual(
      ['b'],
    );
    expect(filterCases(sample, { difficulty: 'intermediate', theme: 'any' })).toEqual([]);
  });

  it('offers only themes and difficulties some case has, themes by name', () => {
    expect(themesIn(sample)).toEqual(['child-safeguarding', 'domestic-abuse', 'mappa', 'trauma']);
    expect(difficultiesIn(sample)).toEqual(['foundation', 'advanced']);
    const names = themesIn(caseLibrary).map((theme) => caseThemes[theme]);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    // Every theme offered finds at least one case in the real library.
    for (const theme of themesIn(caseLibrary))
      expect(filterCases(caseLibrary, { difficulty: 'any', theme }).length).toBeGreaterThan(0);
  });

  it('says how many cases are shown', () => {
    expect(describeShown(8, 8)).toBe('Showing all 8 cases');
    expect(describeShown(3, 8)).toBe('Showing 3 of 8 cases');
    expect(describeShown(0, 8)).toBe('No cases match these choices');
  });
});
