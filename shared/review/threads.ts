import type { Attempt } from '../model/attempt';
import { reanchor, resolveAnchor, type TextRange } from './anchors';
import {
  defaultCriteria,
  REVIEW_SCHEMA_VERSION,
  type AttemptVersion,
  type AuthorRole,
  type Criterion,
  type CriterionLevel,
  type ItemAnchor,
  type PassageAnchor,
  type Review,
  type ReviewComment,
  type SectionJudgement,
} from './schema';

/**
 * Editing a review: pure functions that return a new review and never change the one given, so the
 * renderer's store and the host can both use them. A request that makes no sense (an unknown comment, an
 * empty reply, a level without a reason) throws a `ReviewEditError` whose message is written for the person.
 */

export class ReviewEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewEditError';
  }
}

export interface EditContext {
  now: () => Date;
  newId: () => string;
}

export function versionOf(attempt: Pick<Attempt, 'id' | 'revision' | 'updatedAt'>): AttemptVersion {
  return { attemptId: attempt.id, revision: attempt.revision, updatedAt: attempt.updatedAt };
}

export function createReview(
  attempt: Pick<Attempt, 'id' | 'revision' | 'updatedAt'>,
  reviewerName: string,
  ctx: EditContext,
  criteria: readonly Criterion[] = defaultCriteria,
): Review {
  const name = reviewerName.trim();
  if (!name) throw new ReviewEditError('Enter your name so the trainee knows who reviewed their work.');
  const at = ctx.now().toISOString();
  const version = versionOf(attempt);
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    id: ctx.newId(),
    reviewedVersion: version,
    currentVersion: version,
    carriedFrom: [],
    reviewerName: name,
    createdAt: at,
    updatedAt: at,
    overallFeedback: '',
    criteria: criteria.map((criterion) => ({ ...criterion })),
    judgements: [],
    comments: [],
  };
}

export interface NewComment {
  anchor: ItemAnchor;
  passage?: PassageAnchor | null;
  author: string;
  body: string;
}

export function addComment(review: Review, input: NewComment, ctx: EditContext): Review {
  const body = input.body.trim();
  if (!body) throw new ReviewEditError('Write the comment before adding it.');
  const author = input.author.trim();
  if (!author) throw new ReviewEditError('Enter your name before adding a comment.');
  const at = ctx.now().toISOString();
  const comment: ReviewComment = {
    id: ctx.newId(),
    anchor: { ...input.anchor },
    ...(input.passage ? { passage: { ...input.passage } } : {}),
    author,
    body,
    createdAt: at,
    replies: [],
    addressed: null,
  };
  return { ...review, updatedAt: at, comments: [...review.comments, comment] };
}

export function editComment(review: Review, commentId: string, body: string, ctx: EditContext): Review {
  const text = body.trim();
  if (!text) throw new ReviewEditError('A comment cannot be empty. Delete it instead.');
  return updateComment(review, commentId, ctx, (comment) => ({ ...comment, body: text }));
}

export function deleteComment(review: Review, commentId: string, ctx: EditContext): Review {
  findComment(review, commentId);
  return {
    ...review,
    updatedAt: ctx.now().toISOString(),
    comments: review.comments.filter((comment) => comment.id !== commentId),
  };
}

export function addReply(
  review: Review,
  commentId: string,
  reply: { author: string; role: AuthorRole; body: string },
  ctx: EditContext,
): Review {
  const body = reply.body.trim();
  if (!body) throw new ReviewEditError('Write the reply before sending it.');
  const author = reply.author.trim();
  if (!author) throw new ReviewEditError('Enter your name before replying.');
  const at = ctx.now().toISOString();
  return updateComment(review, commentId, ctx, (comment) => ({
    ...comment,
    replies: [...comment.replies, { id: ctx.newId(), author, role: reply.role, body, createdAt: at }],
  }));
}

/** The trainee says they have acted on a comment; `addressed: false` reopens it. */
export function markAddressed(
  review: Review,
  commentId: string,
  addressed: boolean,
  by: string,
  ctx: EditContext,
): Review {
  const name = by.trim();
  if (addressed && !name) throw new ReviewEditError('Enter your name before marking a comment addressed.');
  const at = ctx.now().toISOString();
  return updateComment(review, commentId, ctx, (comment) => ({
    ...comment,
    addressed: addressed ? { by: name, at } : null,
  }));
}

export function setOverallFeedback(review: Review, text: string, ctx: EditContext): Review {
  return { ...review, overallFeedback: text, updatedAt: ctx.now().toISOString() };
}

/** Sets (or replaces) the level for one section and criterion. The reason is required. */
export function setJudgement(review: Review, judgement: SectionJudgement, ctx: EditContext): Review {
  const problem = judgementProblem(review, judgement);
  if (problem) throw new ReviewEditError(problem);
  const key = judgementKey(judgement);
  const others = review.judgements.filter((existing) => judgementKey(existing) !== key);
  return {
    ...review,
    updatedAt: ctx.now().toISOString(),
    judgements: [...others, { ...judgement, reason: judgement.reason.trim() }],
  };
}

export function clearJudgement(
  review: Review,
  which: Pick<SectionJudgement, 'templateId' | 'sectionId' | 'criterionId'>,
  ctx: EditContext,
): Review {
  const key = judgementKey(which);
  return {
    ...review,
    updatedAt: ctx.now().toISOString(),
    judgements: review.judgements.filter((existing) => judgementKey(existing) !== key),
  };
}

/** What is wrong with a judgement in plain words, or null; the form shows it beside the field. */
export function judgementProblem(
  review: Pick<Review, 'criteria'>,
  judgement: { criterionId: string; level: CriterionLevel | null; reason: string },
): string | null {
  if (!review.criteria.some((criterion) => criterion.id === judgement.criterionId))
    return 'This criterion is not part of the review.';
  if (judgement.level === null) return 'Choose a level: not yet, developing or secure.';
  if (!judgement.reason.trim()) return 'Give a reason for this level.';
  return null;
}

const judgementKey = (j: Pick<SectionJudgement, 'templateId' | 'sectionId' | 'criterionId'>) =>
  `${j.templateId}/${j.sectionId}/${j.criterionId}`;

function findComment(review: Review, commentId: string): ReviewComment {
  const comment = review.comments.find((candidate) => candidate.id === commentId);
  if (!comment) throw new ReviewEditError('That comment is no longer in this review.');
  return comment;
}

function updateComment(
  review: Review,
  commentId: string,
  ctx: EditContext,
  change: (comment: ReviewComment) => ReviewComment,
): Review {
  findComment(review, commentId);
  return {
    ...review,
    updatedAt: ctx.now().toISOString(),
    comments: review.comments.map((comment) => (comment.id === commentId ? change(comment) : comment)),
  };
}

/** Where a comment sits in an attempt's answers now. */
export type CommentPlacement =
  /** Anchored to the item (or row) only, which is still there. */
  | { status: 'item' }
  /** The row the comment was about has been removed. */
  | { status: 'row-gone' }
  /** The passage is in the answer: highlight it. */
  | ({ status: 'found' } & TextRange)
  /** The same words, but their surroundings changed. */
  | ({ status: 'moved' } & TextRange)
  /** The words are gone: show "the text this referred to has changed" with the quote. */
  | { status: 'gone' };

type AnswersLike = Attempt['answers'];

/** The value a comment's anchor points at: the item's answer, or a field of one row (nested rows included). */
export function anchoredValue(answers: AnswersLike, anchor: ItemAnchor): { found: boolean; value: unknown } {
  const value = answers[anchor.templateId]?.[anchor.itemId];
  if (anchor.rowId === undefined) return { found: true, value };
  const row = findRow(value, anchor.rowId, 2);
  if (!row) return { found: false, value: undefined };
  if (anchor.childItemId === undefined) return { found: true, value: row };
  return { found: true, value: findChild(row, anchor.childItemId) };
}

function findRow(value: unknown, rowId: string, depth: number): Record<string, unknown> | null {
  if (!Array.isArray(value) || depth <= 0) return null;
  for (const row of value) {
    if (!isRecord(row)) continue;
    if (row.rowId === rowId) return row;
    if (isRecord(row.values)) {
      for (const child of Object.values(row.values)) {
        const nested = findRow(child, rowId, depth - 1);
        if (nested) return nested;
      }
    }
  }
  return null;
}

function findChild(row: Record<string, unknown>, childItemId: string): unknown {
  const values = row.values;
  return isRecord(values) ? values[childItemId] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function placeComment(comment: ReviewComment, answers: AnswersLike): CommentPlacement {
  const target = anchoredValue(answers, comment.anchor);
  if (!target.found) return { status: 'row-gone' };
  if (!comment.passage) return { status: 'item' };
  if (typeof target.value !== 'string') return { status: 'gone' };
  return resolveAnchor(target.value, comment.passage);
}

export interface CarriedReview {
  review: Review;
  placements: Record<string, CommentPlacement>;
}

/**
 * Moves a review's threads onto a newer version of the attempt (a later save, or an imported copy kept
 * beside the original). Every comment is kept, with its replies and addressed state; passage anchors are
 * re-made from where the words are now, and a passage that has gone keeps its old quote. The judgements
 * and overall note stay with the version the tutor read (`reviewedVersion`).
 */
export function carryThreadsToNewVersion(
  review: Review,
  newAttempt: Pick<Attempt, 'id' | 'revision' | 'updatedAt' | 'answers'>,
  ctx: Pick<EditContext, 'now'>,
): CarriedReview {
  const next = versionOf(newAttempt);
  const placements: Record<string, CommentPlacement> = {};
  const comments = review.comments.map((comment) => {
    const placement = placeComment(comment, newAttempt.answers);
    placements[comment.id] = placement;
    if (!comment.passage || (placement.status !== 'found' && placement.status !== 'moved')) return comment;
    const text = anchoredValue(newAttempt.answers, comment.anchor).value;
    return typeof text === 'string' ? { ...comment, passage: reanchor(text, comment.passage) } : comment;
  });
  const sameVersion =
    review.currentVersion.attemptId === next.attemptId && review.currentVersion.revision === next.revision;
  return {
    review: {
      ...review,
      comments,
      currentVersion: next,
      carriedFrom: sameVersion ? review.carriedFrom : [...review.carriedFrom, review.currentVersion],
      updatedAt: ctx.now().toISOString(),
    },
    placements,
  };
}

/** Counts for a summary line: "5 comments, 3 addressed, 2 with replies". */
export function threadSummary(review: Review): { comments: number; addressed: number; replied: number } {
  return {
    comments: review.comments.length,
    addressed: review.comments.filter((comment) => comment.addressed !== null).length,
    replied: review.comments.filter((comment) => comment.replies.length > 0).length,
  };
}

/** What joining a copy added to a review: new replies, and comments newly marked addressed. */
export function threadAdditions(before: Review, after: Review): { replies: number; addressed: number } {
  const earlier = new Map(before.comments.map((comment) => [comment.id, comment]));
  let replies = 0;
  let addressed = 0;
  for (const comment of after.comments) {
    const was = earlier.get(comment.id);
    const known = new Set(was?.replies.map((reply) => reply.id) ?? []);
    replies += comment.replies.filter((reply) => !known.has(reply.id)).length;
    if (comment.addressed !== null && (was?.addressed ?? null) === null) addressed += 1;
  }
  return { replies, addressed };
}

/**
 * The reviewer takes back a copy of their own review from the trainee. What the trainee may change is their
 * part of the threads: replies of their own and "addressed" marks. Everything the tutor wrote (judgements,
 * overall feedback, name, criteria, comments' wording) comes from the tutor's own copy, whatever the file
 * says and whatever date it claims, so an edited file cannot change a judgement and an older copy coming back
 * cannot undo a later edit. Comments only the returned copy has are not the tutor's, and are left out.
 * Where threads sit (the version they were carried to, and each comment's place in it) follows the returned
 * copy, since carrying threads to a new version happens on the trainee's side.
 */
export function mergeReturnedReview(mine: Review, returned: Review): Review {
  if (mine.id !== returned.id)
    throw new ReviewEditError('These are two different reviews, so they cannot be joined.');
  const returnedById = new Map(returned.comments.map((comment) => [comment.id, comment]));
  const comments = mine.comments.map((comment) => {
    const twin = returnedById.get(comment.id);
    if (!twin) return comment;
    const replies = new Map(comment.replies.map((reply) => [reply.id, reply]));
    for (const reply of twin.replies)
      if (reply.role === 'trainee' && !replies.has(reply.id)) replies.set(reply.id, reply);
    const marks = [comment.addressed, twin.addressed].filter((mark) => mark !== null);
    const addressed = marks.sort((a, b) => b.at.localeCompare(a.at))[0] ?? null;
    return {
      ...comment,
      anchor: twin.anchor,
      ...(twin.passage === undefined ? {} : { passage: twin.passage }),
      replies: [...replies.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      addressed,
    };
  });
  const versions = new Map<string, AttemptVersion>();
  for (const version of [...mine.carriedFrom, ...returned.carriedFrom])
    versions.set(`${version.attemptId}@${version.revision}`, version);
  versions.delete(`${returned.currentVersion.attemptId}@${returned.currentVersion.revision}`);
  return {
    ...mine,
    currentVersion: returned.currentVersion,
    carriedFrom: [...versions.values()],
    comments,
  };
}

/**
 * Joins two copies of the same review that travelled separately (the tutor's, and the trainee's with
 * replies). Replies are never lost: both sides' replies are kept, in time order. For everything else
 * (feedback, judgements, comment wording, addressed state) the copy changed more recently wins.
 */
export function mergeReviews(mine: Review, theirs: Review): Review {
  if (mine.id !== theirs.id)
    throw new ReviewEditError('These are two different reviews, so they cannot be joined.');
  const [older, newer] = mine.updatedAt <= theirs.updatedAt ? [mine, theirs] : [theirs, mine];
  const olderById = new Map(older.comments.map((comment) => [comment.id, comment]));
  const newerIds = new Set(newer.comments.map((comment) => comment.id));
  const comments = newer.comments.map((comment) => {
    const other = olderById.get(comment.id);
    if (!other) return comment;
    const replies = new Map(other.replies.map((reply) => [reply.id, reply]));
    for (const reply of comment.replies) replies.set(reply.id, reply);
    return {
      ...comment,
      replies: [...replies.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    };
  });
  // A comment only the older copy has was added there after the copies parted; keep it.
  for (const comment of older.comments) if (!newerIds.has(comment.id)) comments.push(comment);
  const versions = new Map<string, AttemptVersion>();
  for (const version of [...older.carriedFrom, ...newer.carriedFrom])
    versions.set(`${version.attemptId}@${version.revision}`, version);
  versions.delete(`${newer.currentVersion.attemptId}@${newer.currentVersion.revision}`);
  return { ...newer, comments, carriedFrom: [...versions.values()] };
}
