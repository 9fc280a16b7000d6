import { z } from 'zod';
import { idSchema, isoDateTime } from './ids';
import { safeJsonValue } from './json';

export const ATTEMPT_SCHEMA_VERSION = 1;

export const attemptStatuses = ['in-progress', 'finished'] as const;
export type AttemptStatus = (typeof attemptStatuses)[number];

/** Template and item ids are authored by people, so they are checked for shape, not generated. */
export const authoredIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/, 'must be lower-case words joined by dashes or dots')
  .max(120);

/** A passage of a case-file document attached to an item as evidence. */
export const evidenceLinkSchema = z.object({
  id: idSchema,
  templateId: authoredIdSchema,
  itemId: authoredIdSchema,
  documentId: authoredIdSchema,
  quote: z.string().min(1).max(5000),
  addedAt: isoDateTime,
});
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

/**
 * A text-analysis finding the trainee set aside, with their reason: kept so the tutor sees both the
 * question and the answer to it in the review and the PDF. `findingId` is the finding's stable id.
 */
export const setAsideFindingSchema = z.object({
  // Built from a finding type and the local ids it is about ("generic-plan:risk-management-plan:contingency:")
  // so only those characters: a finding id is never a path or free text.
  findingId: z
    .string()
    .min(1)
    .max(300)
    .regex(/^[a-z0-9-]+(:[a-z0-9-]*)*$/, 'must be a finding id'),
  reason: z.string().trim().min(1).max(2000),
  setAsideAt: isoDateTime,
});
export type SetAsideFinding = z.infer<typeof setAsideFindingSchema>;

/** One question the trainee asked in the case's interview, in the order asked. */
export const askedQuestionSchema = z.object({
  questionId: authoredIdSchema,
  askedAt: isoDateTime,
});
export type AskedQuestion = z.infer<typeof askedQuestionSchema>;

/** The interview as the trainee has held it so far; replies, reveals and releases follow from the case. */
export const interviewStateSchema = z.object({
  asked: z.array(askedQuestionSchema).max(300),
  /** Whether the trainee chose to work to the appointment's time budget. */
  timed: z.boolean(),
  /** Set when the trainee ends the interview; asking again afterwards is not offered. */
  endedAt: isoDateTime.nullable(),
});
export type InterviewState = z.infer<typeof interviewStateSchema>;

export const attemptTimingSchema = z.object({
  timerEnabled: z.boolean(),
  /** Time-limit the trainee chose for the practice timer, if any. */
  targetMinutes: z.number().int().min(5).max(600).nullable(),
  totalMs: z.number().int().min(0),
  /** Keyed by `<templateId>/<sectionId>`. */
  perSectionMs: z.record(z.string().max(250), z.number().int().min(0)),
});
export type AttemptTiming = z.infer<typeof attemptTimingSchema>;

export const attemptSchema = z.object({
  schemaVersion: z.literal(ATTEMPT_SCHEMA_VERSION),
  id: idSchema,
  title: z.string().min(1).max(200),
  /** null for an "own case" attempt, which has no case file. */
  caseId: authoredIdSchema.nullable(),
  /**
   * The version of the case the attempt was started on; it always opens with that version. Absent in
   * attempts saved before cases had versions (all on built-ins, then all at version 1): `caseVersionOf`.
   */
  caseVersion: z.number().int().min(1).optional(),
  templateIds: z.array(authoredIdSchema).min(1).max(20),
  /** The version of each template the answers were written against. */
  templateVersions: z.record(authoredIdSchema, z.number().int().min(1)),
  status: z.enum(attemptStatuses),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  finishedAt: isoDateTime.nullable(),
  /** Rises by one on every acknowledged save; lets the host refuse a stale write. */
  revision: z.number().int().min(0),
  /** answers[templateId][itemId]; the template engine checks each value against its item kind. */
  answers: z.record(authoredIdSchema, z.record(authoredIdSchema, safeJsonValue)),
  evidence: z.array(evidenceLinkSchema).max(2000),
  /** Case-file documents released so far ("new information" arrives during the exercise). */
  releasedDocumentIds: z.array(authoredIdSchema).max(500),
  timing: attemptTimingSchema,
  /** Absent on attempts saved before text feedback; an absent list and an empty one mean the same. */
  findingsSetAside: z.array(setAsideFindingSchema).max(500).optional(),
  /** Absent until the trainee opens the case's interview; absent and an empty record mean the same. */
  interview: interviewStateSchema.optional(),
});

export type Attempt = z.infer<typeof attemptSchema>;
export type Answers = Attempt['answers'];

export const emptyTiming: AttemptTiming = {
  timerEnabled: false,
  targetMinutes: null,
  totalMs: 0,
  perSectionMs: {},
};

/** The case version every built-in had before cases were versioned, and so every older attempt's. */
export const CASE_VERSION_BEFORE_PACKS = 1;

/** The case version an attempt opens with (null for an own-case attempt). */
export function caseVersionOf(attempt: Pick<Attempt, 'caseId' | 'caseVersion'>): number | null {
  if (attempt.caseId === null) return null;
  return attempt.caseVersion ?? CASE_VERSION_BEFORE_PACKS;
}
