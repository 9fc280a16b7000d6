import { describe, expect, it } from 'vitest';
import { describeShownAttempts, filterAttempts, noAttemptFilter } from './attempt-filter';

const entries = [
  { title: 'First go', status: 'finished' as const, person: 'Dane Whitcombe' },
  { title: 'Second go at the plan', status: 'in-progress' as const, person: 'Zoë Farrant' },
  { title: 'Own case practice', status: 'in-progress' as const, person: '' },
];
const caseLine = (entry: (typeof entries)[number]) => (entry.person ? `Case: ${entry.person}` : 'Own case');
const titles = (filter: Parameters<typeof filterAttempts>[1]) =>
  filterAttempts(entries, filter, caseLine).map((entry) => entry.title);

describe('filtering the attempts list', () => {
  it('keeps everything with no filter', () => {
    expect(titles(noAttemptFilter)).toHaveLength(3);
  });

  it('finds words in the title or the person, in any order, ignoring case and accents', () => {
    expect(titles({ text: 'zoe', status: 'any' })).toEqual(['Second go at the plan']);
    expect(titles({ text: 'whitcombe  FIRST', status: 'any' })).toEqual(['First go']);
    expect(titles({ text: 'own case', status: 'any' })).toEqual(['Own case practice']);
    expect(titles({ text: 'nobody', status: 'any' })).toEqual([]);
  });

  it('narrows by status, with the text too', () => {
    expect(titles({ text: '', status: 'finished' })).toEqual(['First go']);
    expect(titles({ text: 'go', status: 'in-progress' })).toEqual(['Second go at the plan']);
  });

  it('says how many are shown', () => {
    expect(describeShownAttempts(3, 3)).toBe('Showing all 3 attempts');
    expect(describeShownAttempts(1, 3)).toBe('Showing 1 of 3 attempts');
    expect(describeShownAttempts(0, 3)).toBe('No attempts match');
  });
});
