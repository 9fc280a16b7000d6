import type { LibraryEntry } from '@shared/model/library';

/** Narrowing a long list of attempts: words anywhere in its title or case line, and its status. */
export interface AttemptFilter {
  text: string;
  status: LibraryEntry['status'] | 'any';
}

export const noAttemptFilter: AttemptFilter = { text: '', status: 'any' };

/** Shown once the list is long enough that finding one attempt by eye gets slow. */
export const ATTEMPT_FILTER_FROM = 6;

/** Case-insensitive and accent-blind, so "zoe" finds "Zoë". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase('en-GB');
}

/**
 * Every word typed must appear in the title or the case line (which names the person), in any order.
 * `caseLine` is passed in because the case's person comes from the case library, not the entry.
 */
export function filterAttempts<T extends Pick<LibraryEntry, 'title' | 'status'>>(
  entries: readonly T[],
  filter: AttemptFilter,
  caseLine: (entry: T) => string,
): T[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (filter.status !== 'any' && entry.status !== filter.status) return false;
    if (words.length === 0) return true;
    const haystack = fold(`${entry.title} ${caseLine(entry)}`);
    return words.every((word) => haystack.includes(word));
  });
}

export function describeShownAttempts(shown: number, total: number): string {
  if (shown === total) return `Showing all ${total} attempts`;
  if (shown === 0) return 'No attempts match';
  return `Showing ${shown} of ${total} attempts`;
}
