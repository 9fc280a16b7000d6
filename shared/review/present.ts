import type { Attempt } from '../model/attempt';
import type { Template } from '../templates/schema';
import { formatIsoDate } from '../dates/format';
import { kindOf } from '../templates/kinds';
import {
  criterionLevelLabels,
  type CriterionLevel,
  type ItemAnchor,
  type Review,
  type ReviewComment,
} from './schema';
import { placeComment, type CommentPlacement } from './threads';
import { assertNever } from '../assert-never';

/**
 * A review laid out for reading, shared by the review screen and the review PDF so both say the same
 * thing in the same words: comments grouped under the items they are about (with a note when the text has
 * moved or changed since), and the judgements as a table in template and section order.
 */

export interface PlacedComment {
  comment: ReviewComment;
  placement: CommentPlacement;
  /** Plain words about where the comment now points, or null when the passage is where it was. */
  note: string | null;
}

export interface ItemComments {
  templateId: string;
  itemId: string;
  /** Template title, section title and the item's prompt (for a row: "Objective 2"). */
  templateTitle: string;
  sectionTitle: string;
  prompt: string;
  comments: PlacedComment[];
}

export interface JudgementRow {
  templateTitle: string;
  sectionTitle: string;
  criterionLabel: string;
  level: CriterionLevel;
  levelLabel: string;
  reason: string;
}

export function placementNote(placement: CommentPlacement): string | null {
  switch (placement.status) {
    case 'found':
    case 'item':
      return null;
    case 'moved':
      return 'The passage this refers to has moved since the comment was written.';
    case 'gone':
      return 'The text this referred to has changed since the comment was written.';
    case 'row-gone':
      return 'The row this referred to has been removed since the comment was written.';
    default:
      return assertNever(placement, 'comment placement');
  }
}

/**
 * Comments under their items, in the order the items appear in the templates; comments on items no
 * template here knows come last, under their ids, so nothing is dropped.
 */
export function commentsByItem(
  review: Review,
  attempt: Pick<Attempt, 'answers'>,
  templates: readonly Template[],
): ItemComments[] {
  const order: Array<Omit<ItemComments, 'comments'>> = [];
  for (const template of templates)
    for (const section of template.sections)
      for (const item of section.items)
        order.push({
          templateId: template.id,
          itemId: item.id,
          templateTitle: template.title,
          sectionTitle: section.title,
          prompt: 'prompt' in item ? item.prompt : (item.title ?? item.id),
        });
  const groups = new Map<string, ItemComments>();
  const keyOf = (templateId: string, itemId: string) => `${templateId}/${itemId}`;
  for (const comment of review.comments) {
    const key = keyOf(comment.anchor.templateId, comment.anchor.itemId);
    let group = groups.get(key);
    if (!group) {
      const known = order.find((entry) => keyOf(entry.templateId, entry.itemId) === key);
      group = {
        ...(known ?? {
          templateId: comment.anchor.templateId,
          itemId: comment.anchor.itemId,
          templateTitle: comment.anchor.templateId,
          sectionTitle: '',
          prompt: comment.anchor.itemId,
        }),
        comments: [],
      };
      groups.set(key, group);
    }
    const placement = placeComment(comment, attempt.answers);
    group.comments.push({ comment, placement, note: placementNote(placement) });
  }
  const rank = (group: ItemComments) => {
    const index = order.findIndex(
      (entry) => keyOf(entry.templateId, entry.itemId) === keyOf(group.templateId, group.itemId),
    );
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

export function judgementRows(review: Review, templates: readonly Template[]): JudgementRow[] {
  const criterionLabel = (id: string) =>
    review.criteria.find((criterion) => criterion.id === id)?.label ?? id;
  const criterionRank = (id: string) => review.criteria.findIndex((criterion) => criterion.id === id);
  const sectionRank = (templateId: string, sectionId: string) => {
    const templateIndex = templates.findIndex((template) => template.id === templateId);
    const sectionIndex =
      templates[templateIndex]?.sections.findIndex((section) => section.id === sectionId) ?? -1;
    return templateIndex === -1 ? Number.MAX_SAFE_INTEGER : templateIndex * 1000 + Math.max(0, sectionIndex);
  };
  return [...review.judgements]
    .sort(
      (a, b) =>
        sectionRank(a.templateId, a.sectionId) - sectionRank(b.templateId, b.sectionId) ||
        criterionRank(a.criterionId) - criterionRank(b.criterionId),
    )
    .map((judgement) => {
      const template = templates.find((candidate) => candidate.id === judgement.templateId);
      const section = template?.sections.find((candidate) => candidate.id === judgement.sectionId);
      return {
        templateTitle: template?.title ?? judgement.templateId,
        sectionTitle: section?.title ?? judgement.sectionId,
        criterionLabel: criterionLabel(judgement.criterionId),
        level: judgement.level,
        levelLabel: criterionLevelLabels[judgement.level],
        reason: judgement.reason,
      };
    });
}

/** "Review by Dana Whitcombe, 23/11/2026" */
export function reviewTitle(review: Pick<Review, 'reviewerName' | 'createdAt'>): string {
  return `Review by ${review.reviewerName}, ${formatIsoDate(review.createdAt.slice(0, 10))}`;
}

/**
 * "Warning sign 2" for a comment about one row of a repeating group (numbered as the rows are now), "A
 * warning sign since removed" when the row has gone, and null for a comment about a whole item.
 */
export function rowLabel(
  anchor: ItemAnchor,
  answers: Attempt['answers'],
  templates: readonly Template[],
): string | null {
  if (anchor.rowId === undefined) return null;
  const item = templates
    .find((template) => template.id === anchor.templateId)
    ?.sections.flatMap((section) => section.items)
    .find((candidate) => candidate.id === anchor.itemId);
  const rows = answers[anchor.templateId]?.[anchor.itemId];
  const index = Array.isArray(rows)
    ? rows.findIndex(
        (row) =>
          typeof row === 'object' && row !== null && (row as { rowId?: unknown }).rowId === anchor.rowId,
      )
    : -1;
  const print = item ? kindOf(item).print(item) : null;
  const label = print?.form === 'rows' ? print.item.rowLabel : 'Row';
  return index === -1 ? `A ${label.toLowerCase()} since removed` : `${label} ${index + 1}`;
}
