import { ANCHOR_CONTEXT_CHARS, type PassageAnchor } from './schema';

/**
 * Anchoring a comment to a passage of a text answer so it survives edits elsewhere in the answer.
 *
 * The anchor keeps the quoted words, a little text either side and the offset they started at. Resolving
 * searches the current answer for the words (the offset only breaks ties), then uses the surrounding text
 * to pick between repeats. Three outcomes:
 *   found  the passage is there with at least one side of its surroundings intact: highlight it;
 *   moved  the same words are there but their surroundings have changed (the sentence was moved or the
 *          paragraph around it rewritten): highlight them and say the passage has moved;
 *   gone   the words are no longer in the answer: show the comment with its quote, saying "the text this
 *          referred to has changed", never drop it.
 * Whitespace runs, curly and straight quotes and dash styles are treated as the same, so reflowing a
 * paragraph or an editor's "smart quotes" do not lose a comment; any change of words does.
 */

export interface TextRange {
  start: number;
  end: number;
}

export type AnchorResolution =
  ({ status: 'found' } & TextRange) | ({ status: 'moved' } & TextRange) | { status: 'gone' };

/** Context that must still match on one side for the passage to count as where it was. */
const CONTEXT_NEEDED = 8;

/** Makes an anchor for the passage `selection` of `answerText`; null when nothing but spaces is selected. */
export function anchorComment(answerText: string, selection: TextRange): PassageAnchor | null {
  const start = clamp(Math.min(selection.start, selection.end), 0, answerText.length);
  const end = clamp(Math.max(selection.start, selection.end), 0, answerText.length);
  let trimmedStart = start;
  let trimmedEnd = end;
  // A selection dragged across a word boundary usually catches a space; the words are what matter.
  while (trimmedStart < trimmedEnd && /\s/.test(answerText[trimmedStart] ?? '')) trimmedStart += 1;
  while (trimmedEnd > trimmedStart && /\s/.test(answerText[trimmedEnd - 1] ?? '')) trimmedEnd -= 1;
  if (trimmedEnd <= trimmedStart) return null;
  const quote = answerText.slice(trimmedStart, trimmedEnd).slice(0, 5000);
  trimmedEnd = trimmedStart + quote.length;
  return {
    quote,
    prefix: answerText.slice(Math.max(0, trimmedStart - ANCHOR_CONTEXT_CHARS), trimmedStart),
    suffix: answerText.slice(trimmedEnd, trimmedEnd + ANCHOR_CONTEXT_CHARS),
    startHint: trimmedStart,
  };
}

/** Finds the anchored passage in the answer as it is now. */
export function resolveAnchor(answerText: string, anchor: PassageAnchor): AnchorResolution {
  const exact = bestMatch(answerText, anchor.quote, anchor.prefix, anchor.suffix, anchor.startHint);
  if (exact) return exact;
  // Not there word for word: try again ignoring whitespace runs and quote and dash styles.
  const text = normalise(answerText);
  const quote = normalise(anchor.quote).text;
  if (quote.trim().length === 0) return { status: 'gone' };
  const prefix = normalise(anchor.prefix).text;
  const suffix = normalise(anchor.suffix).text;
  const hint = text.toNormalised(anchor.startHint);
  const loose = bestMatch(text.text, quote, prefix, suffix, hint);
  if (!loose) return { status: 'gone' };
  return { status: loose.status, start: text.toOriginal(loose.start), end: text.toOriginalEnd(loose.end) };
}

/**
 * The anchor again, made from where the passage is now, so later edits are measured from this version.
 * A passage that is gone keeps its old anchor (and its quote, which the trainee and tutor still need).
 */
export function reanchor(answerText: string, anchor: PassageAnchor): PassageAnchor {
  const resolved = resolveAnchor(answerText, anchor);
  if (resolved.status === 'gone') return anchor;
  return anchorComment(answerText, resolved) ?? anchor;
}

function bestMatch(
  text: string,
  quote: string,
  prefix: string,
  suffix: string,
  hint: number,
): Exclude<AnchorResolution, { status: 'gone' }> | null {
  if (quote.length === 0) return null;
  let best: { start: number; intact: boolean; score: number; distance: number } | null = null;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const before = commonSuffixLength(text.slice(Math.max(0, at - prefix.length), at), prefix);
    const after = commonPrefixLength(
      text.slice(at + quote.length, at + quote.length + suffix.length),
      suffix,
    );
    const intact =
      before >= Math.min(prefix.length, CONTEXT_NEEDED) || after >= Math.min(suffix.length, CONTEXT_NEEDED);
    const candidate = { start: at, intact, score: before + after, distance: Math.abs(at - hint) };
    if (!best || isBetter(candidate, best)) best = candidate;
  }
  if (!best) return null;
  return { status: best.intact ? 'found' : 'moved', start: best.start, end: best.start + quote.length };
}

function isBetter(
  a: { intact: boolean; score: number; distance: number },
  b: { intact: boolean; score: number; distance: number },
): boolean {
  if (a.intact !== b.intact) return a.intact;
  if (a.score !== b.score) return a.score > b.score;
  return a.distance < b.distance;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Number.isFinite(value) ? Math.trunc(value) : min));
}

const equivalents: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00A0': ' ',
};

interface NormalisedText {
  text: string;
  /** Offset in the original text of each character of `text`. */
  origin: number[];
  originalLength: number;
  toOriginal(index: number): number;
  toOriginalEnd(index: number): number;
  toNormalised(originalIndex: number): number;
}

/** Collapses whitespace runs to one space and folds quote and dash styles, remembering where each came from. */
function normalise(value: string): NormalisedText {
  let text = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let index = 0; index < value.length; index += 1) {
    const raw = value[index] ?? '';
    const char = equivalents[raw] ?? raw;
    if (/\s/.test(char)) {
      if (inSpace) continue;
      inSpace = true;
      text += ' ';
    } else {
      inSpace = false;
      text += char;
    }
    origin.push(index);
  }
  return {
    text,
    origin,
    originalLength: value.length,
    toOriginal: (index) => origin[index] ?? value.length,
    toOriginalEnd: (index) => (index <= 0 ? 0 : (origin[index - 1] ?? value.length - 1) + 1),
    toNormalised: (originalIndex) => {
      let low = 0;
      let high = origin.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((origin[mid] ?? 0) < originalIndex) low = mid + 1;
        else high = mid;
      }
      return low;
    },
  };
}
