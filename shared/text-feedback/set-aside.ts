import type { Attempt, SetAsideFinding } from '../model/attempt';
import type { TextFinding } from './analyse';

/** The trainee's reason for setting a finding aside, or null when it is not set aside. */
export function setAsideReason(attempt: Pick<Attempt, 'findingsSetAside'>, findingId: string): string | null {
  return attempt.findingsSetAside?.find((entry) => entry.findingId === findingId)?.reason ?? null;
}

/** The attempt with the finding set aside (a second reason replaces the first). */
export function setFindingAside(attempt: Attempt, findingId: string, reason: string, at: Date): Attempt {
  const trimmed = reason.trim();
  if (trimmed === '') throw new Error('A finding is set aside with a reason.');
  const entry: SetAsideFinding = { findingId, reason: trimmed, setAsideAt: at.toISOString() };
  const others = (attempt.findingsSetAside ?? []).filter((e) => e.findingId !== findingId);
  return { ...attempt, findingsSetAside: [...others, entry] };
}

/** The attempt with the finding brought back. */
export function bringFindingBack(attempt: Attempt, findingId: string): Attempt {
  if (!attempt.findingsSetAside?.some((e) => e.findingId === findingId)) return attempt;
  return { ...attempt, findingsSetAside: attempt.findingsSetAside.filter((e) => e.findingId !== findingId) };
}

export interface FindingWithReason {
  finding: TextFinding;
  /** null while the finding stands. */
  setAside: SetAsideFinding | null;
}

/** Findings with their set-aside reasons, standing ones first (each group in the analysis's order). */
export function withReasons(
  findings: readonly TextFinding[],
  attempt: Pick<Attempt, 'findingsSetAside'>,
): FindingWithReason[] {
  const all = findings.map((finding) => ({
    finding,
    setAside: attempt.findingsSetAside?.find((e) => e.findingId === finding.id) ?? null,
  }));
  return [...all.filter((f) => f.setAside === null), ...all.filter((f) => f.setAside !== null)];
}
