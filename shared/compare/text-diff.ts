/**
 * Word-level text diff for long answers: Myers' O(ND) algorithm over word, space and punctuation tokens,
 * written here because it is small and the output must suit both the screen and the PDF.
 *
 * Two answers that share almost nothing would make Myers slow and memory-hungry (its trace grows with the
 * square of the number of edits), so the word diff gives up past `MAX_EDITS` and the answer is diffed by
 * sentences instead, then by words inside each changed pair of sentences that is small enough.
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

/** Myers' diff of two token lists; null when more than `maxEdits` insertions and deletions are needed. */
export function diffTokens(a: readonly string[], b: readonly string[], maxEdits: number): TextPart[] | null {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail += 1;
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail), maxEdits);
  if (!middle) return null;
  const parts: TextPart[] = [];
  if (head > 0) parts.push({ op: 'equal', text: a.slice(0, head).join('') });
  parts.push(...middle);
  if (tail > 0) parts.push({ op: 'equal', text: a.slice(a.length - tail).join('') });
  return merge(parts);
}

function myers(aTokens: readonly string[], bTokens: readonly string[], maxEdits: number): TextPart[] | null {
  // Compare small integers, not strings, in the inner loop.
  const ids = new Map<string, number>();
  const idOf = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return id;
  };
  const a = aTokens.map(idOf);
  const b = bTokens.map(idOf);
  const n = a.length;
  const m = b.length;
  if (n === 0 && m === 0) return [];
  if (n === 0) return [{ op: 'insert', text: bTokens.join('') }];
  if (m === 0) return [{ op: 'delete', text: aTokens.join('') }];
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v for diagonals -d..d as it stood when step d began.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d += 1) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, aTokens, bTokens);
    }
  }
  return null;
}

function backtrack(
  trace: Int32Array[],
  lastD: number,
  a: readonly string[],
  b: readonly string[],
): TextPart[] {
  const reversed: TextPart[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = lastD; d > 0; d -= 1) {
    const snapshot = trace[d]!;
    const at = (k: number) => snapshot[k + d]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      reversed.push({ op: 'equal', text: a[x - 1]! });
      x -= 1;
      y -= 1;
    }
    if (x === previousX) reversed.push({ op: 'insert', text: b[y - 1]! });
    else reversed.push({ op: 'delete', text: a[x - 1]! });
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    reversed.push({ op: 'equal', text: a[x - 1]! });
    x -= 1;
    y -= 1;
  }
  return merge(reversed.reverse());
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
