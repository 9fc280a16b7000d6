import type { CohortCell, CohortTable, RangePosition, RatingAgainstRange } from '@shared/cohort/aggregate';
import { groupWords, levelWords } from '@shared/pdf/case-info';

/** Words for the cohort screen and the debrief, shared so both say the same thing the same way. */

export const levelWord = (level: string): string => levelWords[level] ?? level;

export function groupLabel(group: string, setting: string): string {
  return `${groupWords[group] ?? group}${setting === 'custody' ? ' (custody)' : ''}`;
}

export function rangeWords(from: string, to: string): string {
  return from === to ? levelWord(from) : `${levelWord(from)} to ${levelWord(to)}`;
}

export const positionWords: Record<RangePosition, string> = {
  below: 'below the range',
  within: 'within the range',
  above: 'above the range',
  'not-rated': 'not rated',
};

export function ratingText(rating: RatingAgainstRange): string {
  if (rating.level === null) return `${groupLabel(rating.group, rating.setting)}: not rated`;
  return `${groupLabel(rating.group, rating.setting)}: ${levelWord(rating.level)}, ${positionWords[rating.position]} (${rangeWords(rating.from, rating.to)})`;
}

export function judgementsText(judgements: CohortCell['judgements']): string {
  if (judgements.reviews === 0) return 'Not reviewed yet';
  const parts = [
    judgements.secure > 0 ? `${judgements.secure} secure` : null,
    judgements.developing > 0 ? `${judgements.developing} developing` : null,
    judgements['not-yet'] > 0 ? `${judgements['not-yet']} not yet` : null,
  ].filter(Boolean);
  return parts.length > 0 ? `Judged: ${parts.join(', ')}` : 'Reviewed, no levels given';
}

export type StatusFilter = 'all' | 'finished' | 'in-progress';

export interface CohortFilters {
  caseId: string | 'all';
  status: StatusFilter;
  /** Part of a trainee's name or label, any case. */
  trainee: string;
}

export type SortKey = { column: 'trainee' } | { column: 'case'; caseId: string };
export interface SortState {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/** Ratings outside the range first when sorting a case column, then quality questions: who to talk to first. */
function cellWeight(cell: CohortCell | undefined): number {
  if (!cell) return -1;
  const outside = cell.ratings.filter((r) => r.position === 'below' || r.position === 'above').length;
  return outside * 1000 + (cell.questions ?? 0);
}

/** The trainees to show, in order, and the cases to show, after filters and sorting. */
export function visibleRows(table: CohortTable, filters: CohortFilters, sort: SortState) {
  const cases = filters.caseId === 'all' ? table.cases : table.cases.filter((c) => c.id === filters.caseId);
  const needle = filters.trainee.trim().toLocaleLowerCase('en-GB');
  const matches = (cell: CohortCell | undefined) =>
    cell !== undefined && (filters.status === 'all' || cell.status === filters.status);
  const trainees = table.trainees.filter(
    (t) =>
      (needle === '' || t.label.toLocaleLowerCase('en-GB').includes(needle)) &&
      cases.some((c) => matches(table.cells[t.key]?.[c.id])),
  );
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const key = sort.key;
  const sorted =
    key.column === 'trainee'
      ? [...trainees].sort((a, b) => sign * a.label.localeCompare(b.label, 'en-GB'))
      : [...trainees].sort(
          (a, b) =>
            sign *
              (cellWeight(table.cells[a.key]?.[key.caseId]) - cellWeight(table.cells[b.key]?.[key.caseId])) ||
            a.label.localeCompare(b.label, 'en-GB'),
        );
  return { cases, trainees: sorted, shows: matches };
}
