import { describe, expect, it } from 'vitest';
import { resolveAnchor } from '@shared/review/anchors';
import { highlightsFrom, passageFromWords, segmentsOf } from './passages';

const answer = 'He said she fell.\nThe neighbour saw a push. He said she fell again later.';

describe('segmentsOf', () => {
  it('keeps every character, in order, and names the comments over each run', () => {
    const segments = segmentsOf(answer, [
      { start: 3, end: 16, commentId: 'a' },
      { start: 8, end: 30, commentId: 'b' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(answer);
    expect(segments.map((s) => s.commentIds)).toEqual([[], ['a'], ['a', 'b'], ['b'], []]);
    expect(segments[2]!.text).toBe(answer.slice(8, 16));
  });

  it('gives one plain run when nothing is highlighted', () => {
    expect(segmentsOf(answer, [])).toEqual([{ text: answer, commentIds: [] }]);
  });
});

describe('highlightsFrom', () => {
  it('highlights passages found or moved, not gone ones or whole-item comments', () => {
    expect(
      highlightsFrom([
        { id: 'a', placement: { status: 'found', start: 1, end: 4 } },
        { id: 'b', placement: { status: 'moved', start: 6, end: 9 } },
        { id: 'c', placement: { status: 'gone' } },
        { id: 'd', placement: { status: 'item' } },
      ]),
    ).toEqual([
      { start: 1, end: 4, commentId: 'a' },
      { start: 6, end: 9, commentId: 'b' },
    ]);
  });
});

describe('passageFromWords', () => {
  it('anchors the words typed, preferring the repeat nearest the selection', () => {
    const later = answer.lastIndexOf('she fell');
    const result = passageFromWords(answer, 'she fell', later);
    expect(result.ok).toBe(true);
    if (!result.ok || !result.passage) throw new Error('expected a passage');
    expect(result.passage.startHint).toBe(later);
    expect(resolveAnchor(answer, result.passage)).toMatchObject({ status: 'found', start: later });
  });

  it('matches across a line break typed as a space', () => {
    const result = passageFromWords(answer, 'she fell. The neighbour');
    expect(result.ok && result.passage?.quote).toBe('she fell.\nThe neighbour');
  });

  it('is about the whole answer when empty, and explains words that are not there', () => {
    expect(passageFromWords(answer, '   ')).toEqual({ ok: true, passage: null });
    const missing = passageFromWords(answer, 'she jumped');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.message).toMatch(/not in this answer/);
  });
});
