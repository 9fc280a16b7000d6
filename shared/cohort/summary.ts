import { z } from 'zod';

/**
 * What the cohort screen and a case debrief need of one attempt, worked out once from the attempt (its
 * answers, rule results and writing: `cohortDigestFor`) and kept in the library index beside the other
 * summary counts, so the cohort opens from the index without reading any attempt file. Ids only: labels and
 * messages are looked up in the case and the templates when the screen is drawn, which keeps the index small.
 */

const ids = z.array(z.string().max(300)).max(500);

export const cohortDigestSchema = z.object({
  /** The risk of serious harm grid: `<group>/<setting>` to the level id chosen. */
  ratings: z.record(z.string().max(100), z.string().max(40)),
  /** Ids of the quality-rule questions (and warnings) speaking at the last save, each once. */
  questions: ids,
  /** Key evidence the writing refers to, and how many pieces could be judged (document in, section written). */
  evidence: z.object({ referred: ids, judged: z.number().int().min(0) }),
  /** Case-file documents the trainee quoted as evidence, each once. */
  documentsCited: ids,
  /** Key interview questions asked, and how many the case has; null when the case has no interview. */
  interview: z.object({ asked: z.number().int().min(0), of: z.number().int().min(0) }).nullable(),
  /** Decisions recorded, as `<decision id>:<option id>` (see `decisionSources`), each once. */
  decisions: ids,
  /** Late documents in the file (they can move a group's defensible range). */
  released: ids,
  /**
   * Whose work it is, copied from the imported-copy record when the host keeps the digest, so the cohort
   * opens without reading those records; null for the person's own work (never in the cohort).
   */
  from: z
    .object({ traineeName: z.string().max(200).nullable(), fileName: z.string().max(255) })
    .nullable()
    .optional(),
});
export type CohortDigest = z.infer<typeof cohortDigestSchema>;

/** A cheap shape check for a digest read back from the index (start-up checks every entry). */
export function isCohortDigest(value: unknown): value is CohortDigest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  const evidence = v.evidence as Record<string, unknown> | null | undefined;
  return (
    typeof v.ratings === 'object' &&
    v.ratings !== null &&
    strings(v.questions) &&
    typeof evidence === 'object' &&
    evidence !== null &&
    strings(evidence.referred) &&
    Number.isInteger(evidence.judged) &&
    strings(v.documentsCited) &&
    (v.interview === null || (typeof v.interview === 'object' && v.interview !== undefined)) &&
    strings(v.decisions) &&
    strings(v.released) &&
    (v.from === undefined ||
      v.from === null ||
      (typeof v.from === 'object' && typeof (v.from as Record<string, unknown>).fileName === 'string'))
  );
}
