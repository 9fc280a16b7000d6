import { describe, expect, it } from 'vitest';
import { diffTokens, diffWords, sideOf, tokenise } from './text-diff';

describe('tokenise', () => {
  it('splits words, spaces and punctuation and keeps every character', () => {
    const text = "He's a twenty-two-year-old, isn't he?  Yes.\n";
    const tokens = tokenise(text);
    expect(tokens.join('')).toBe(text);
    expect(tokens).toContain("He's");
    expect(tokens).toContain('twenty-two-year-old');
    expect(tokens).toContain('  ');
    expect(tokens).toContain('?');
  });
});

describe('diffWords', () => {
  it('marks a changed word as one deletion and one insertion, leaving the rest equal', () => {
    const diff = diffWords('Risk to the known adult is medium.', 'Risk to the known adult is high.');
    expect(diff.parts).toEqual([
      { op: 'equal', text: 'Risk to the known adult is ' },
      { op: 'delete', text: 'medium' },
      { op: 'insert', text: 'high' },
      { op: 'equal', text: '.' },
    ]);
    expect(diff).toMatchObject({ wordsAdded: 1, wordsRemoved: 1 });
  });

  it('reports a sentence added in the middle as one insertion', () => {
    const before = 'He denies the assault. He lives alone.';
    const after = 'He denies the assault. The police log shows two call-outs. He lives alone.';
    const diff = diffWords(before, after);
    expect(diff.parts.filter((part) => part.op !== 'equal')).toEqual([
      { op: 'insert', text: 'The police log shows two call-outs. ' },
    ]);
    expect(diff.wordsAdded).toBe(6);
    expect(diff.wordsRemoved).toBe(0);
  });

  it('folds the lone space between two changed words into one change', () => {
    const diff = diffWords('she was frightened of him', 'she was angry with him');
    expect(diff.parts).toEqual([
      { op: 'equal', text: 'she was ' },
      { op: 'delete', text: 'frightened of' },
      { op: 'insert', text: 'angry with' },
      { op: 'equal', text: ' him' },
    ]);
  });

  it('handles empty sides and identical text', () => {
    expect(diffWords('', 'New answer').parts).toEqual([{ op: 'insert', text: 'New answer' }]);
    expect(diffWords('Old answer', '').parts).toEqual([{ op: 'delete', text: 'Old answer' }]);
    expect(diffWords('Same', 'Same')).toEqual({
      parts: [{ op: 'equal', text: 'Same' }],
      wordsAdded: 0,
      wordsRemoved: 0,
    });
    expect(diffWords('', '').parts).toEqual([]);
  });

  it('always rebuilds both sides exactly, over many random edits', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const vocabulary = [
      'risk',
      'partner',
      'police',
      'the',
      'a',
      'call-out',
      'child',
      ',',
      '.',
      'said',
      "didn't",
    ];
    const sentence = (length: number) =>
      Array.from({ length }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(
        random() < 0.2 ? '\n' : ' ',
      );
    for (let run = 0; run < 300; run += 1) {
      const before = sentence(Math.floor(random() * 40));
      const words = before.split(' ');
      for (let edit = 0; edit < 5; edit += 1) {
        const at = Math.floor(random() * (words.length + 1));
        if (random() < 0.5) words.splice(at, 1);
        else words.splice(at, 0, vocabulary[Math.floor(random() * vocabulary.length)]!);
      }
      const after = words.join(' ');
      const diff = diffWords(before, after);
      expect(sideOf(diff.parts, 'before')).toBe(before);
      expect(sideOf(diff.parts, 'after')).toBe(after);
      for (let index = 1; index < diff.parts.length; index += 1)
        expect(diff.parts[index]!.op === diff.parts[index - 1]!.op).toBe(false);
    }
  });

  it('finds a shortest edit: the number of changed tokens equals the LCS distance', () => {
    const a = tokenise('a b c a b b a');
    const b = tokenise('c b a b a c');
    const parts = diffTokens(a, b, 1000)!;
    const changed = parts
      .filter((part) => part.op !== 'equal')
      .reduce((sum, part) => sum + tokenise(part.text).length, 0);
    // Classic Myers example (ABCABBA -> CBABAC) needs 5 edits; spaces are tokens here, so count letters.
    const letters = parts
      .filter((part) => part.op !== 'equal')
      .reduce((sum, part) => sum + (part.text.match(/[a-c]/g)?.length ?? 0), 0);
    expect(letters).toBe(5);
    expect(changed).toBeGreaterThanOrEqual(5);
  });

  it('falls back to sentences when two long answers share little, and still rebuilds both', () => {
    const words = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, index) => `${prefix}${index}`).join(' ');
    const shared = 'This sentence stays the same in both versions. ';
    const before = `${shared}${words('old', 3000)}. ${shared}`;
    const after = `${shared}${words('new', 3000)}. ${shared}`;
    expect(diffTokens(tokenise(before), tokenise(after), 2000)).toBeNull();
    const diff = diffWords(before, after);
    expect(sideOf(diff.parts, 'before')).toBe(before);
    expect(sideOf(diff.parts, 'after')).toBe(after);
    expect(diff.parts[0]).toEqual({ op: 'equal', text: shared });
    expect(diff.wordsRemoved).toBe(3000);
    expect(diff.wordsAdded).toBe(3000);
  });
});

describe('diffTokens bounds (the diff library core)', () => {
  const a = tokenise('The risk to the known adult is high because of the pattern of contact.');
  const b = tokenise('The risk to children is medium given the recent change of address.');

  it('answers the shortest edit within its bounds', () => {
    const parts = diffTokens(a, b, 1000);
    expect(parts).not.toBeNull();
    expect(sideOf(parts!, 'before')).toBe(a.join(''));
    expect(sideOf(parts!, 'after')).toBe(b.join(''));
  });

  it('gives up past the edit bound, and when the time limit has passed', () => {
    expect(diffTokens(a, b, 2)).toBeNull();
    expect(diffTokens(a, b, 1000, -1)).toBeNull();
  });
});
