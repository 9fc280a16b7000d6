/**
 * Tutor review of a trainee's attempt.
 *
 * - `schema.ts`: `Review` (zod, `schemaVersion` 1): the version reviewed, comments anchored to items and
 *   passages, threads of replies, addressed state, the criteria used and a judgement per section with a
 *   required reason; `defaultCriteria`, `criterionLevels` (`not-yet | developing | secure`).
 * - `anchors.ts`: `anchorComment(text, selection)`, `resolveAnchor(text, anchor)` -> found / moved / gone,
 *   `reanchor`.
 * - `threads.ts`: pure edits (`createReview`, `addComment`, `addReply`, `markAddressed`, `setJudgement`...),
 *   `placeComment`, `carryThreadsToNewVersion`, `mergeReviews`.
 * - `progress.ts`: a trainee's progress over time, for the progress view.
 */
export * from './schema';
export * from './anchors';
export * from './threads';
export * from './progress';
