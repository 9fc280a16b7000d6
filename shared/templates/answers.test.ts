import { describe, expect, it } from 'vitest';
import { safeJsonValue } from '../model/json';
import { checkAnswer, gridCells, hasContent, isAnswered, type AnswerValue } from './answers';
import { formatIsoDate, isIsoDate, parseUkDate } from '../dates/format';
import type { RatingGridItem, SingleChoiceItem } from './schema';

const gridItem: RatingGridItem = {
  kind: 'ratingGrid',
  id: 'grid',
  prompt: 'Grid',
  rows: [
    { id: 'children', label: 'Children' },
    { id: 'prisoners', label: 'Other prisoners', columns: ['custody'] },
  ],
  columns: [
    { id: 'community', label: 'Community' },
    { id: 'custody', label: 'Custody' },
  ],
  levels: [
    { id: 'low', label: 'Low' },
    { id: 'high', label: 'High' },
  ],
};

const choice: SingleChoiceItem = {
  kind: 'singleChoice',
  id: 'choice',
  prompt: 'Choice',
  options: [{ id: 'a', label: 'A' }],
};

describe('answer shapes', () => {
  it('are all valid saved data', () => {
    const samples: AnswerValue[] = [
      'text',
      3,
      ['a', 'b'],
      { children: { community: 'low', custody: null } },
      [{ documentId: 'police-log', quote: 'Called at 23:10.', note: 'Second call-out' }],
      [
        {
          rowId: 'row-aaaa',
          values: { factor: 'Drinking', actions: [{ rowId: 'row-bbbb', values: { by: '2026-11-23' } }] },
        },
      ],
    ];
    for (const sample of samples) expect(safeJsonValue.safeParse(sample).success).toBe(true);
  });

  it('leaves out grid cells a row does not rate', () => {
    expect(gridCells(gridItem)).toEqual([
      { rowId: 'children', columnId: 'community' },
      { rowId: 'children', columnId: 'custody' },
      { rowId: 'prisoners', columnId: 'custody' },
    ]);
    expect(
      isAnswered(gridItem, {
        children: { community: 'low', custody: 'low' },
        prisoners: { custody: 'high' },
      }),
    ).toBe(true);
    expect(isAnswered(gridItem, { children: { community: 'low', custody: 'low' } })).toBe(false);
  });

  it('treats blank text, empty lists and unrated grids as unanswered', () => {
    expect(hasContent('   ')).toBe(false);
    expect(hasContent([])).toBe(false);
    expect(hasContent({ children: { community: null } })).toBe(false);
    expect(hasContent(0)).toBe(true);
    expect(hasContent('no')).toBe(true);
  });

  it('checks shape, options and levels', () => {
    expect(checkAnswer(choice, 'a')).toBeNull();
    expect(checkAnswer(choice, null)).toBeNull();
    expect(checkAnswer(choice, 'b')).toBe('The saved choice is no longer one of the options.');
    expect(checkAnswer(choice, ['a'])).toBe(
      'The saved answer is not in the form this question expects (one choice).',
    );
    expect(checkAnswer(gridItem, { children: { community: 'medium' } })).toBe(
      'A saved rating is not one of the levels.',
    );
  });
});

describe('dates', () => {
  it('stores ISO and shows dd/mm/yyyy', () => {
    expect(formatIsoDate('2026-11-23')).toBe('23/11/2026');
    expect(parseUkDate('23/11/2026')).toBe('2026-11-23');
    expect(parseUkDate('3/1/2026')).toBe('2026-01-03');
  });

  it('refuses dates that do not exist', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(parseUkDate('31/04/2026')).toBeNull();
    expect(parseUkDate('23/11/26')).toBeNull();
    expect(formatIsoDate('not a date')).toBe('not a date');
  });
});
