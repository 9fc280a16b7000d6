import { z } from 'zod';
import { isCohortDigest, type CohortDigest } from '../cohort/summary';
import { attemptStatuses, authoredIdSchema } from './attempt';
import type { Attempt } from './attempt';
import { idPattern, idSchema, isoDateTime } from './ids';

export const LIBRARY_SCHEMA_VERSION = 1;

const count = z.number().int().min(0);

/** What the reviews of one attempt come to, for the progress screen and the home lists. */
export const reviewSummarySchema = z.object({
  reviews: count,
  /** Comments on the reviews carried to this attempt (a review of it carried on to a later one is not). */
  comments: count,
  reviewers: z.array(z.string().max(200)),
  /**
   * The ids of those reviews, so the review screen of one attempt reads only their files. Absent in a
   * summary written before 02/12/2026: the screen then reads every review, as it used to.
   */
  ids: z.array(idSchema).optional(),
  /** Per criterion id: its label and how many sections were judged at each level, over every review. */
  criteria: z.record(
    z.string(),
    z.object({ label: z.string(), 'not-yet': count, developing: count, secure: count }),
  ),
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

/**
 * What the progress screen needs of an attempt without opening its file. `questions`, `warnings` and
 * `reviews` are null when not worked out yet (an index rebuilt from the files, an attempt never saved
 * since): the progress service fills them in the first time it is asked and keeps them.
 */
export const attemptSummarySchema = z.object({
  finishedAt: isoDateTime.nullable(),
  totalMs: z.number().min(0),
  /** Time per template, summed from the per-section timings. */
  msByTemplate: z.record(z.string(), z.number().min(0)),
  /** Quality-rule questions speaking at the last save. */
  questions: count.nullable(),
  warnings: count.nullable(),
  reviews: reviewSummarySchema.nullable(),
  /**
   * What the tutor's cohort screen shows of the attempt (`shared/cohort/summary.ts`); null when not worked
   * out yet, absent in an index written before the cohort screen. Kept only while the attempt is unchanged.
   */
  cohort: z
    .custom<CohortDigest>((value) => isCohortDigest(value))
    .nullable()
    .optional(),
});
export type AttemptSummary = z.infer<typeof attemptSummarySchema>;

const instantShape = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;
const isCountOrNull = (value: unknown): boolean => value === null || isCount(value);
const isMs = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value >= 0;

const isId = (value: unknown): boolean => typeof value === 'string' && idPattern.test(value);

function isReviewSummary(value: unknown): boolean {
  if (!isRecord(value) || !isCount(value.reviews) || !isCount(value.comments)) return false;
  if (!Array.isArray(value.reviewers) || !value.reviewers.every((name) => typeof name === 'string'))
    return false;
  if (value.ids !== undefined && !(Array.isArray(value.ids) && value.ids.every(isId))) return false;
  if (!isRecord(value.criteria)) return false;
  return Object.values(value.criteria).every(
    (c) =>
      isRecord(c) &&
      typeof c.label === 'string' &&
      isCount(c['not-yet']) &&
      isCount(c.developing) &&
      isCount(c.secure),
  );
}

/** The same as `attemptSummarySchema.safeParse(value).success`, at a fraction of the cost per entry. */
export function isAttemptSummary(value: unknown): value is AttemptSummary {
  if (!isRecord(value)) return false;
  // The instant's shape only: the dates the summary holds are for showing, and come from a checked attempt.
  if (
    value.finishedAt !== null &&
    !(typeof value.finishedAt === 'string' && instantShape.test(value.finishedAt))
  )
    return false;
  if (!isMs(value.totalMs) || !isRecord(value.msByTemplate) || !Object.values(value.msByTemplate).every(isMs))
    return false;
  if (!isCountOrNull(value.questions) || !isCountOrNull(value.warnings)) return false;
  if (value.cohort !== undefined && value.cohort !== null && !isCohortDigest(value.cohort)) return false;
  return value.reviews === null || isReviewSummary(value.reviews);
}

/** What the home screen needs to list an attempt without opening its file. */
export const libraryEntrySchema = z.object({
  id: idSchema,
  title: z.string().max(200),
  caseId: authoredIdSchema.nullable(),
  templateIds: z.array(authoredIdSchema),
  status: z.enum(attemptStatuses),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Share of required, visible items answered, 0 to 1; computed by the renderer's engine and sent with each save. */
  progress: z.number().min(0).max(1),
  /**
   * Absent in an index written before summaries existed; filled in as for a null field inside it. Checked
   * by hand, not by `attemptSummarySchema`: start-up checks every entry, and the zod check of this nested
   * object doubled that cost at 10,000 attempts. One that is not in the expected form is dropped (and worked
   * out again), never a reason to rebuild the index.
   */
  summary: z.preprocess(
    (value) => (isAttemptSummary(value) ? value : undefined),
    z.custom<AttemptSummary>().optional(),
  ),
});
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

export const libraryIndexSchema = z.object({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  entries: z.array(libraryEntrySchema),
});
export type LibraryIndex = z.infer<typeof libraryIndexSchema>;

/** The parts of a summary that cannot be read from the attempt file alone. */
export type SummaryCounts = Pick<AttemptSummary, 'questions' | 'warnings' | 'reviews' | 'cohort'>;

export const unknownCounts: SummaryCounts = { questions: null, warnings: null, reviews: null };

export function attemptSummaryFor(
  attempt: Pick<Attempt, 'finishedAt' | 'timing'>,
  counts: SummaryCounts,
): AttemptSummary {
  const msByTemplate: Record<string, number> = {};
  for (const [key, ms] of Object.entries(attempt.timing.perSectionMs)) {
    const templateId = key.split('/')[0] ?? key;
    msByTemplate[templateId] = (msByTemplate[templateId] ?? 0) + ms;
  }
  return {
    finishedAt: attempt.finishedAt,
    totalMs: attempt.timing.totalMs,
    msByTemplate,
    questions: counts.questions,
    warnings: counts.warnings,
    reviews: counts.reviews,
    // Left out until worked out, so summaries written before the cohort screen read the same.
    ...(counts.cohort ? { cohort: counts.cohort } : {}),
  };
}

export function libraryEntryFor(
  attempt: Attempt,
  progress: number,
  counts: SummaryCounts = unknownCounts,
): LibraryEntry {
  return {
    id: attempt.id,
    title: attempt.title,
    caseId: attempt.caseId,
    templateIds: attempt.templateIds,
    status: attempt.status,
    createdAt: attempt.createdAt,
    updatedAt: attempt.updatedAt,
    progress,
    summary: attemptSummaryFor(attempt, counts),
  };
}

/**
 * The counts of an earlier entry that still describe this attempt: review levels always (reviews are kept
 * apart from the attempt), rule counts only while the attempt is the one they were worked out from.
 */
export function countsCarried(
  previous: LibraryEntry | undefined,
  attempt: Pick<Attempt, 'updatedAt'>,
): SummaryCounts {
  const summary = previous?.summary;
  if (!summary) return unknownCounts;
  const same = previous.updatedAt === attempt.updatedAt;
  return {
    questions: same ? summary.questions : null,
    warnings: same ? summary.warnings : null,
    reviews: summary.reviews,
    ...(same && summary.cohort ? { cohort: summary.cohort } : {}),
  };
}

/** How many of the newest entries the index's head file holds: the home screen's first page. */
export const LIBRARY_HEAD_SIZE = 25;

/**
 * `library-head.json`: the newest entries of the index and how many there are in all, written after each
 * write of the index, so the home screen can be drawn at start-up without reading the whole index. It is
 * derived from `library.json` and never the source of anything written: a missing, damaged or stale head
 * only costs start-up its speed (decision 0028).
 */
export const libraryHeadSchema = z
  .object({
    schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
    total: count,
    entries: z.array(libraryEntrySchema).max(LIBRARY_HEAD_SIZE),
  })
  .refine((head) => head.entries.length <= head.total, 'the head lists more entries than the index has');
export type LibraryHead = z.infer<typeof libraryHeadSchema>;

/** The head file for an index listed newest first. */
export function libraryHeadFor(newestFirst: readonly LibraryEntry[]): LibraryHead {
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    total: newestFirst.length,
    entries: newestFirst.slice(0, LIBRARY_HEAD_SIZE),
  };
}
