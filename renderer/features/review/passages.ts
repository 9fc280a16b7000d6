import { anchorComment } from '@shared/review/anchors';
import type { PassageAnchor } from '@shared/review/schema';
import type { CommentPlacement } from '@shared/review/threads';

/**
 * Passages of a text answer that comments point at: splitting the answer into plain and highlighted runs,
 * and turning words a tutor selected (or typed) into an anchor.
 */

export interface Highlight {
  start: number;
  end: number;
  commentId: string;
}

export interface Segment {
  text: string;
  /** The comments whose passage covers this run; empty for plain text. */
  commentIds: string[];
}

/** The highlights of the comments whose passage is in the answer now (found or moved). */
export function highlightsFrom(
  placements: ReadonlyArray<{ id: string; placement: CommentPlacement }>,
): Highlight[] {
  const out: Highlight[] = [];
  for (const { id, placement } of placements)
    if ((placement.status === 'found' || placement.status === 'moved') && placement.end > placement.start)
      out.push({ start: placement.start, end: placement.end, commentId: id });
  return out;
}

/** The answer cut at every highlight edge, so overlapping passages show as runs naming each comment. */
export function segmentsOf(text: string, highlights: readonly Highlight[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const highlight of highlights) {
    cuts.add(Math.max(0, Math.min(text.length, highlight.start)));
    cuts.add(Math.max(0, Math.min(text.length, highlight.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const start = points[index]!;
    const end = points[index + 1]!;
    if (end <= start) continue;
    const commentIds = highlights
      .filter((highlight) => highlight.start <= start && highlight.end >= end)
      .map((highlight) => highlight.commentId);
    const previous = segments.at(-1);
    if (previous && sameIds(previous.commentIds, commentIds)) previous.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), commentIds });
  }
  return segments;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

export type TypedPassage = { ok: true; passage: PassageAnchor | null } | { ok: false; message: string };

/**
 * The words a tutor typed (or that a selection put in the field) as an anchor in the answer. Empty means the
 * comment is about the whole answer. Spaces and line breaks need not match exactly.
 */
export function passageFromWords(answer: string, words: string, hintStart = 0): TypedPassage {
  const wanted = words.trim();
  if (!wanted) return { ok: true, passage: null };
  let at = answer.indexOf(wanted, Math.max(0, Math.min(hintStart, answer.length)));
  if (at === -1) at = answer.indexOf(wanted);
  let length = wanted.length;
  if (at === -1) {
    // Allow any run of spaces or line breaks between the words, as a selection across lines gives.
    const pattern = new RegExp(
      wanted
        .split(/\s+/)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+'),
    );
    const match = pattern.exec(answer);
    if (!match) {
      return {
        ok: false,
        message:
          'Those words are not in this answer. Select them in the answer, or copy them exactly, or leave the box empty to comment on the whole answer.',
      };
    }
    at = match.index;
    length = match[0].length;
  }
  return { ok: true, passage: anchorComment(answer, { start: at, end: at + length }) };
}

/**
 * Where the current selection sits inside `container` as character offsets of its text, or null when the
 * selection is empty or reaches outside it. The container's text must be the answer exactly (the highlight
 * runs add elements, never characters).
 */
export function selectionOffsets(
  container: HTMLElement,
  selection: Selection | null,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const offsetOf = (node: Node, offset: number) => {
    const before = document.createRange();
    before.selectNodeContents(container);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}
