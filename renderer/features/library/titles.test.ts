import { describe, expect, it } from 'vitest';
import { baseTitle, nextTryTitle } from './titles';

describe('titles for another try', () => {
  it('numbers the second try 2 and counts on from the highest in the library', () => {
    expect(nextTryTitle('Ryan Cotter', [])).toBe('Ryan Cotter (try 2)');
    expect(nextTryTitle('Ryan Cotter', ['Ryan Cotter (try 2)', 'Other (try 7)'])).toBe('Ryan Cotter (try 3)');
    expect(nextTryTitle('Ryan Cotter (try 2)', ['Ryan Cotter', 'Ryan Cotter (try 4)'])).toBe(
      'Ryan Cotter (try 5)',
    );
  });

  it('keeps within 200 characters without losing the number', () => {
    const long = 'x'.repeat(200);
    const next = nextTryTitle(long, []);
    expect(next.length).toBe(200);
    expect(next.endsWith(' (try 2)')).toBe(true);
  });

  it('reads the base title back', () => {
    expect(baseTitle('A case (try 12)')).toBe('A case');
    expect(baseTitle('A case (try again)')).toBe('A case (try again)');
  });
});
