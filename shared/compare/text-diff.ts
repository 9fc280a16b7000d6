import { diffArrays } from 'diff';

/**
 * Word-level text diff for long answers: the `diff` library's Myers O(ND) core over our own word, space and
 * punctuation tokens, tidied so the output suits both the screen and the PDF.
 *
 * Two answers that share almost nothing would make Myers slow and memory-hungry, so the word diff gives up
 * past `MAX_EDITS` edits or `DIFF_TIME_LIMIT_MS` (the library's own bounds) and the answer is diffed by
 * sentences instead, then by words inside each changed pair of sentences that is small enough. The edit bound
 * is what normally decides, so the same answers give the same diff; the time limit is a backstop for a slow
 * machine, where a fallback diff (still exact on both sides) beats a frozen screen.
 */

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface TextPart {
  op: DiffOp;
  text: string;
}

export interface TextDiff {
  parts: TextPart[];
  wordsAdded: number;
  wordsRemoved: number;
}

const MAX_EDITS = 2000;
/** Per call of the library's diff; a compare screen makes a few of these per changed answer. */
export const DIFF_TIME_LIMIT_MS = 250;

/** Words (letters and digits, with inner apostrophes and hyphens), runs of whitespace, single other characters. */
const tokenPattern = /\s+|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s]/gu;

export function tokenise(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

/** Sentences with the whitespace that follows them, and paragraph breaks kept apart. */
function sentences(text: string): string[] {
  return text.match(/[^.!?\n]*(?:[.!?]+|\n|$)\s*/g)?.filter((part) => part.length > 0) ?? [];
}

export function diffWords(before: string, after: string): TextDiff {
  if (before === after) return summarise(before ? [{ op: 'equal', text: before }] : []);
  const words = diffTokens(tokenise(before), tokenise(after), MAX_EDITS);
  if (words) return summarise(tidy(words));
  const bySentence = diffTokens(sentences(before), sentences(after), MAX_EDITS);
  if (!bySentence)
    return summarise(
      tidy([
        { op: 'delete', text: before },
        { op: 'insert', text: after },
      ]),
    );
  return summarise(tidy(refine(tidy(bySentence))));
}

/** Inside a sentence-level diff, word-diff each deleted-then-inserted pair when it is small enough. */
function refine(parts: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index]!;
    const next = parts[index + 1];
    if (part.op === 'delete' && next?.op === 'insert') {
      const inner = diffTokens(tokenise(part.text), tokenise(next.text), MAX_EDITS / 4);
      if (inner) {
        out.push(...inner);
        index += 1;
        continue;
      }
    }
    out.push(part);
  }
  return out;
}

/**
 * Shortest edit between two token lists (the `diff` library's Myers); null when more than `maxEdits`
 * insertions and deletions are needed, or the library's time limit passes first.
 */
export function diffTokens(
  a: readonly string[],
  b: readonly string[],
  maxEdits: number,
  timeLimitMs: number = DIFF_TIME_LIMIT_MS,
): TextPart[] | null {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail += 1;
  const changes = diffArrays(a.slice(head, a.length - tail), b.slice(head, b.length - tail), {
    maxEditLength: maxEdits,
    timeout: timeLimitMs,
  });
  if (!changes) return null;
  const middle: TextPart[] = changes.map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value.join(''),
  }));
  const parts: TextPart[] = [];
  if (head > 0) parts.push({ op: 'equal', text: a.slice(0, head).join('') });
  parts.push(...middle);
  if (tail > 0) parts.push({ op: 'equal', text: a.slice(a.length - tail).join('') });
  return merge(parts);
}

function merge(parts: readonly TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const part of parts) {
    if (part.text.length === 0) continue;
    const last = out[out.length - 1];
    if (last && last.op === part.op) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/**
 * Makes the diff read as a person would mark it up: a lone space (or punctuation mark) left equal between
 * two changes is folded into them, and within each run of changes the deletion comes before the insertion.
 */
function tidy(parts: readonly TextPart[]): TextPart[] {
  const merged = merge(parts);
  const out: TextPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  merged.forEach((part, index) => {
    if (part.op === 'delete') deleted += part.text;
    else if (part.op === 'insert') inserted += part.text;
    else {
      const between = index > 0 && index < merged.length - 1 && (deleted || inserted);
      const slight = /^\s*$/.test(part.text) || /^\s*[^\s\p{L}\p{N}]\s*$/u.test(part.text);
      if (between && slight) {
        deleted += part.text;
        inserted += part.text;
      } else {
        flush();
        out.push({ ...part });
      }
    }
  });
  flush();
  return merge(out);
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function summarise(parts: TextPart[]): TextDiff {
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const part of parts) {
    if (part.op === 'insert') wordsAdded += countWords(part.text);
    if (part.op === 'delete') wordsRemoved += countWords(part.text);
  }
  return { parts, wordsAdded, wordsRemoved };
}

/** The text on one side of a diff: `before` drops insertions, `after` drops deletions. */
export function sideOf(parts: readonly TextPart[], side: 'before' | 'after'): string {
  const skip: DiffOp = side === 'before' ? 'insert' : 'delete';
  return parts
    .filter((part) => part.op !== skip)
    .map((part) => part.text)
    .join('');
}
