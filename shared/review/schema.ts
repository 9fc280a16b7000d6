import { z } from 'zod';
import { authoredIdSchema } from '../model/attempt';
import { idSchema, isoDateTime } from '../model/ids';

/**
 * A tutor's review of one version of a trainee's attempt: comments anchored to items (and to passages of
 * text answers), an overall note, and a judgement per section against simple criteria, each with a reason.
 * Comments are threads: the trainee replies and marks them addressed, and the threads follow the attempt
 * to its next version (`threads.ts`).
 *
 * Every text field here is shown by the renderer as text, never as HTML (see `shared/exchange`).
 */

export const REVIEW_SCHEMA_VERSION = 1;

export const criterionLevels = ['not-yet', 'developing', 'secure'] as const;
export type CriterionLevel = (typeof criterionLevels)[number];

export const criterionLevelLabels: Record<CriterionLevel, string> = {
  'not-yet': 'Not yet',
  developing: 'Developing',
  secure: 'Secure',
};

const personName = z.string().trim().min(1, 'enter a name').max(200);
const body = (max: number) => z.string().trim().min(1, 'write something').max(max);

export const criterionSchema = z.strictObject({
  id: authoredIdSchema,
  label: z.string().trim().min(1).max(200),
  /** What the tutor looks for, shown beside the level choice. */
  description: z.string().trim().max(1000).optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

/**
 * The criteria a tutor judges by default: the questions practice tutors ask of whether an assessment is
 * sufficient, in our own words.
 * A review stores the criteria it used, so an imported review reads the same whatever this copy's defaults.
 */
export const defaultCriteria: readonly Criterion[] = [
  {
    id: 'evidence-used',
    label: 'Evidence used',
    description:
      'Judgements rest on the case file (records, checks, other agencies), not on the person’s account alone.',
  },
  {
    id: 'risk-rated-defensibly',
    label: 'Risk rated defensibly',
    description: 'Each rating matches the evidence and the level definitions, for community and custody.',
  },
  {
    id: 'plan-answers-each-risk',
    label: 'Plan answers each risk',
    description:
      'Every risk named in the analysis is met somewhere in the plan, with a specific contingency.',
  },
  {
    id: 'persons-voice-present',
    label: 'Person’s voice present',
    description: 'The person’s own view and words are recorded and weighed, including where they disagree.',
  },
];

/** Where a comment points: an item, optionally one row of a repeating group and one field in that row. */
export const itemAnchorSchema = z.strictObject({
  templateId: authoredIdSchema,
  itemId: authoredIdSchema,
  rowId: idSchema.optional(),
  /** The child item within the row, when the comment is about one field of a row. */
  childItemId: authoredIdSchema.optional(),
});
export type ItemAnchor = z.infer<typeof itemAnchorSchema>;

/** How many characters either side of a quoted passage are kept to re-find it after edits. */
export const ANCHOR_CONTEXT_CHARS = 32;

/**
 * A passage of a text answer: the quoted words plus a little text either side and the offset where they
 * were. The offset is only a hint; the passage is re-found by searching for the words (see `anchors.ts`).
 */
export const passageAnchorSchema = z.strictObject({
  quote: z.string().min(1).max(5000),
  prefix: z.string().max(ANCHOR_CONTEXT_CHARS),
  suffix: z.string().max(ANCHOR_CONTEXT_CHARS),
  startHint: z.number().int().min(0),
});
export type PassageAnchor = z.infer<typeof passageAnchorSchema>;

export const authorRoles = ['tutor', 'trainee'] as const;
export type AuthorRole = (typeof authorRoles)[number];

export const replySchema = z.strictObject({
  id: idSchema,
  author: personName,
  role: z.enum(authorRoles),
  body: body(10_000),
  createdAt: isoDateTime,
});
export type Reply = z.infer<typeof replySchema>;

export const commentSchema = z.strictObject({
  id: idSchema,
  anchor: itemAnchorSchema,
  passage: passageAnchorSchema.optional(),
  author: personName,
  body: body(10_000),
  createdAt: isoDateTime,
  replies: z.array(replySchema).max(500),
  /** Set by the trainee when they have acted on the comment; cleared if the thread is reopened. */
  addressed: z.strictObject({ by: personName, at: isoDateTime }).nullable(),
});
export type ReviewComment = z.infer<typeof commentSchema>;

export const sectionJudgementSchema = z.strictObject({
  templateId: authoredIdSchema,
  sectionId: authoredIdSchema,
  criterionId: authoredIdSchema,
  level: z.enum(criterionLevels),
  /** Required: a level without a reason teaches nothing. */
  reason: z.string().trim().min(1, 'a reason is required for every level').max(5000),
});
export type SectionJudgement = z.infer<typeof sectionJudgementSchema>;

/** One saved version of an attempt: its id and the revision it had when it was read. */
export const attemptVersionSchema = z.strictObject({
  attemptId: idSchema,
  revision: z.number().int().min(0),
  /** The attempt's updatedAt at that revision, shown as "version of 23/11/2026". */
  updatedAt: isoDateTime,
});
export type AttemptVersion = z.infer<typeof attemptVersionSchema>;

export const reviewSchema = z
  .strictObject({
    schemaVersion: z.literal(REVIEW_SCHEMA_VERSION),
    id: idSchema,
    /** The version the tutor read, judged and commented on. */
    reviewedVersion: attemptVersionSchema,
    /** The version the threads are attached to now: the reviewed one, or a later one they were carried to. */
    currentVersion: attemptVersionSchema,
    /** Earlier versions the threads were carried from, oldest first. */
    carriedFrom: z.array(attemptVersionSchema).max(200),
    reviewerName: personName,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    overallFeedback: z.string().max(50_000),
    criteria: z.array(criterionSchema).max(30),
    judgements: z.array(sectionJudgementSchema).max(2000),
    comments: z.array(commentSchema).max(2000),
  })
  .superRefine((review, ctx) => {
    const criterionIds = new Set(review.criteria.map((criterion) => criterion.id));
    review.judgements.forEach((judgement, index) => {
      if (!criterionIds.has(judgement.criterionId))
        ctx.addIssue({
          code: 'custom',
          path: ['judgements', index, 'criterionId'],
          message: `unknown criterion '${judgement.criterionId}'`,
        });
    });
    const seen = new Set<string>();
    review.judgements.forEach((judgement, index) => {
      const key = `${judgement.templateId}/${judgement.sectionId}/${judgement.criterionId}`;
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['judgements', index],
          message: 'the same section and criterion are judged twice',
        });
      seen.add(key);
    });
    const commentIds = new Set<string>();
    review.comments.forEach((comment, index) => {
      if (commentIds.has(comment.id))
        ctx.addIssue({ code: 'custom', path: ['comments', index, 'id'], message: 'duplicate comment id' });
      commentIds.add(comment.id);
    });
  });
export type Review = z.infer<typeof reviewSchema>;
