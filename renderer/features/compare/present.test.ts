import { describe, expect, it } from 'vitest';
import type { GridItemDiff } from '@shared/compare';
import type { LibraryEntry } from '@shared/model/library';
import { pickerGroups, suggestedPair, summaryText, visibleCells } from './present';

function entry(id: string, caseId: string | null, createdAt: string): LibraryEntry {
  return {
    id,
    title: `Attempt ${id}`,
    caseId,
    templateIds: ['rosh-analysis'],
    status: 'in-progress',
    createdAt,
    updatedAt: createdAt,
    progress: 0,
  };
}

describe('compare wording and pickers', () => {
  it('groups attempts by case, cases with several attempts first, oldest first within each', () => {
    const groups = pickerGroups(
      [
        entry('attempt-c', 'cotter', '2026-11-20T10:00:00.000Z'),
        entry('attempt-d', 'doyle', '2026-11-01T10:00:00.000Z'),
        entry('attempt-a', 'cotter', '2026-11-02T10:00:00.000Z'),
        entry('attempt-o', null, '2026-11-03T10:00:00.000Z'),
      ],
      (caseId) => (caseId === 'cotter' ? 'Lee Cotter' : 'Jordan Doyle'),
    );
    expect(groups.map((group) => [group.label, group.entries.map((e) => e.id)])).toEqual([
      ['Lee Cotter', ['attempt-a', 'attempt-c']],
      ['Jordan Doyle', ['attempt-d']],
      ['Own cases', ['attempt-o']],
    ]);
    expect(suggestedPair(groups)).toEqual(['attempt-a', 'attempt-c']);
    expect(suggestedPair(groups.slice(1))).toBeNull();
  });

  it('sums up what changed in a sentence', () => {
    expect(summaryText({ itemsChanged: 0, itemsAdded: 0, itemsRemoved: 0, levelChanges: [] })).toBe(
      'No answers changed, 0 added, 0 removed.',
    );
    expect(summaryText({ itemsChanged: 1, itemsAdded: 2, itemsRemoved: 0, levelChanges: [] })).toBe(
      '1 answer changed, 2 added, 0 removed.',
    );
  });

  it('shows only the grid cells that changed unless asked for all', () => {
    const cell = (rowId: string, change: GridItemDiff['cells'][0]['change']) => ({
      rowId,
      rowLabel: rowId,
      columnId: 'community',
      columnLabel: 'Community',
      beforeId: null,
      afterId: null,
      before: null,
      after: null,
      change,
    });
    const diff = {
      kind: 'grid',
      cells: [cell('children', 'unchanged'), cell('known-adult', 'raised'), cell('public', 'cleared')],
    } as GridItemDiff;
    expect(visibleCells(diff, false).map((c) => c.rowId)).toEqual(['known-adult', 'public']);
    expect(visibleCells(diff, true)).toHaveLength(3);
  });
});
