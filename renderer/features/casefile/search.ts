import type { CaseDocument } from '@shared/cases';
import { segmentsOf } from './passages';

/**
 * Search within the case file. Matching ignores case and the difference between typographic and typed
 * quotes and dashes (the case files use ’ and – ; a trainee types ' and -), and keeps every offset in the
 * original text so highlights land on the right characters.
 */

export interface SearchMatch {
  /** Position among all matches, in reading order across the documents searched. */
  index: number;
  documentId: string;
  segmentId: string;
  start: number;
  end: number;
}

const foldedChars: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‛': "'",
  '′': "'",
  '`': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '−': '-',
  '…': '.',
};

function foldChar(char: string): string {
  const mapped = foldedChars[char];
  if (mapped !== undefined) return mapped;
  if (/\s/.test(char)) return ' ';
  const lower = char.toLowerCase();
  // A few letters change length when lower-cased (İ); keeping them as they are keeps offsets exact.
  return lower.length === char.length ? lower : char;
}

/** The text as search compares it: same length as the input, position for position. */
export function foldForSearch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += foldChar(text[i]!);
  return out;
}

/** What the trainee typed, folded, with runs of spaces made one; '' means "no search". */
export function normaliseQuery(query: string): string {
  return foldForSearch(query).replace(/ {2,}/g, ' ').trim();
}

/** Non-overlapping [start, end) ranges of `query` (already normalised) in `text`. */
export function findInText(text: string, normalisedQuery: string): Array<[number, number]> {
  if (normalisedQuery === '') return [];
  const folded = foldForSearch(text);
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(normalisedQuery, from);
    if (at < 0) break;
    ranges.push([at, at + normalisedQuery.length]);
    from = at + normalisedQuery.length;
  }
  return ranges;
}

/** Every match in the documents, in the order given, numbered from 0. */
export function searchDocuments(documents: readonly CaseDocument[], query: string): SearchMatch[] {
  const needle = normaliseQuery(query);
  if (needle === '') return [];
  const matches: SearchMatch[] = [];
  for (const document of documents) {
    for (const segment of segmentsOf(document)) {
      for (const [start, end] of findInText(segment.text, needle)) {
        matches.push({ index: matches.length, documentId: document.id, segmentId: segment.id, start, end });
      }
    }
  }
  return matches;
}

/** Matches grouped by segment, for the components that draw one segment each. */
export function matchesBySegment(matches: readonly SearchMatch[]): Map<string, SearchMatch[]> {
  const bySegment = new Map<string, SearchMatch[]>();
  for (const match of matches) {
    const list = bySegment.get(match.segmentId);
    if (list) list.push(match);
    else bySegment.set(match.segmentId, [match]);
  }
  return bySegment;
}

export function countByDocument(matches: readonly SearchMatch[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of matches) counts.set(match.documentId, (counts.get(match.documentId) ?? 0) + 1);
  return counts;
}

export type HighlightPiece =
  { kind: 'text'; text: string } | { kind: 'match'; text: string; index: number; active: boolean };

/** Cuts a segment's text into plain runs and highlighted matches. */
export function highlightPieces(
  text: string,
  matches: readonly SearchMatch[] | undefined,
  activeIndex: number | null,
): HighlightPiece[] {
  if (!matches || matches.length === 0) return [{ kind: 'text', text }];
  const pieces: HighlightPiece[] = [];
  let at = 0;
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    if (match.start < at || match.end > text.length) continue;
    if (match.start > at) pieces.push({ kind: 'text', text: text.slice(at, match.start) });
    pieces.push({
      kind: 'match',
      text: text.slice(match.start, match.end),
      index: match.index,
      active: match.index === activeIndex,
    });
    at = match.end;
  }
  if (at < text.length) pieces.push({ kind: 'text', text: text.slice(at) });
  return pieces;
}

/** The next (or previous) match, wrapping round; null when there are none. */
export function stepMatch(count: number, current: number | null, direction: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null) return direction === 1 ? 0 : count - 1;
  return (((current + direction) % count) + count) % count;
}

/** "3 of 12 matches", "1 match", "No matches", for the live region and the counter. */
export function describeMatches(count: number, active: number | null, query: string): string {
  if (normaliseQuery(query) === '') return '';
  if (count === 0) return `No matches for “${query.trim()}”`;
  const noun = count === 1 ? 'match' : 'matches';
  return active === null ? `${count} ${noun}` : `${active + 1} of ${count} ${noun}`;
}
