import type {
  AttemptComparison,
  GridCellDiff,
  GridItemDiff,
  ItemChange,
  LevelDirection,
} from '@shared/compare';
import type { LibraryEntry } from '@shared/model/library';

/** Words for what the compare screen shows; every change is named, never shown by colour alone. */

export const changeLabels: Record<ItemChange, string> = {
  unchanged: 'Unchanged',
  changed: 'Changed',
  added: 'Added',
  removed: 'Removed',
};

export const directionLabels: Record<LevelDirection, string> = { raised: 'raised', lowered: 'lowered' };

export const gridChangeLabels: Record<GridCellDiff['change'], string> = {
  unchanged: 'Same',
  set: 'Rated',
  cleared: 'Rating removed',
  raised: 'Raised',
  lowered: 'Lowered',
};

/** The cells worth showing: those that changed, or all of them when asked. */
export function visibleCells(diff: GridItemDiff, showAll: boolean): GridCellDiff[] {
  return showAll ? diff.cells : diff.cells.filter((cell) => cell.change !== 'unchanged');
}

/** "3 answers changed, 1 added, none removed." */
export function summaryText(summary: AttemptComparison['summary']): string {
  const count = (n: number, one: string, many: string) =>
    n === 0 ? `no ${many}` : n === 1 ? `1 ${one}` : `${n} ${many}`;
  const changed = count(summary.itemsChanged, 'answer changed', 'answers changed');
  return `${changed[0]!.toUpperCase()}${changed.slice(1)}, ${summary.itemsAdded} added, ${summary.itemsRemoved} removed.`;
}

export interface PickerGroup {
  /** null for attempts on the trainee's own case. */
  caseId: string | null;
  label: string;
  entries: LibraryEntry[];
}

/**
 * Attempts grouped by case for the two pickers, cases with more than one attempt first (those are the ones
 * worth comparing), oldest attempt first within a case so "earlier" and "later" read naturally.
 */
export function pickerGroups(
  entries: readonly LibraryEntry[],
  caseTitle: (caseId: string) => string,
): PickerGroup[] {
  const groups = new Map<string | null, LibraryEntry[]>();
  for (const entry of entries) groups.set(entry.caseId, [...(groups.get(entry.caseId) ?? []), entry]);
  return [...groups.entries()]
    .map(([caseId, list]) => ({
      caseId,
      label: caseId === null ? 'Own cases' : caseTitle(caseId),
      entries: [...list].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    }))
    .sort(
      (a, b) => Number(b.entries.length > 1) - Number(a.entries.length > 1) || a.label.localeCompare(b.label),
    );
}

/** The pair to offer first: the two latest attempts of the case with most attempts, earlier one first. */
export function suggestedPair(groups: readonly PickerGroup[]): [string, string] | null {
  const group = groups.find((candidate) => candidate.entries.length > 1);
  if (!group) return null;
  const last = group.entries.slice(-2);
  return [last[0]!.id, last[1]!.id];
}
