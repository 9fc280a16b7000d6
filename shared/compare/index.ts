/**
 * Comparing two versions of an attempt, or two attempts of the same case.
 *
 * - `compareAttempts({ templates, before, after, caseFacts })` -> `AttemptComparison`: per template and
 *   section, one `ItemDiff` per item: `text` (word diff), `value` (before/after labels, with `direction`
 *   for ordered levels), `choices`, `grid` (each cell raised / lowered / set / cleared), `evidence`, `group`
 *   (rows added / removed / changed, each with field diffs); a summary with every level that went up or down.
 * - `diffWords(before, after)` -> parts `{ op: 'equal' | 'insert' | 'delete', text }`; `sideOf` rebuilds a side.
 */
export * from './compare';
export * from './text-diff';
