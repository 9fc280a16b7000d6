import { roshLevelIds, type RoshLevel } from '../cases/schema';
import type { AttemptStatus } from '../model/attempt';
import type { ReviewSummary } from '../model/library';
import type { CohortDigest } from './summary';
import { decisionSources } from './decisions';

/**
 * A tutor's cohort, pure: the trainees' imported attempts (as the index keeps them, digest included) in,
 * a table of trainees against cases and a debrief for one case out. No attempt file is read here.
 */

/** One imported attempt as the cohort channel sends it. */
export interface CohortAttempt {
  attemptId: string;
  caseId: string | null;
  caseVersion: number | null;
  title: string;
  status: AttemptStatus;
  updatedAt: string;
  totalMs: number;
  /** From the share package; null when the sender had not set a name. */
  traineeName: string | null;
  /** The file it came from (never its folder): tells apart trainees who gave no name. */
  fileName: string;
  /** Null while not worked out yet (the channel fills it in the first time). */
  digest: CohortDigest | null;
  reviews: ReviewSummary | null;
}

export interface CohortRange {
  group: string;
  setting: 'community' | 'custody';
  from: RoshLevel;
  to: RoshLevel;
  /** How a late document moves the range, once it is in the trainee's file. */
  after: { documentId: string; documentTitle: string; from: RoshLevel; to: RoshLevel } | null;
}

/** What the cohort needs of a case: its ranges and the words for the ids a digest holds. */
export interface CohortCase {
  id: string;
  version: number;
  title: string;
  ranges: CohortRange[];
  /** Rule id to its question, for the case's rules and its templates' rules. */
  questions: Record<string, string>;
  keyEvidence: Array<{ id: string; label: string }>;
  /** Document id to title. */
  documents: Record<string, string>;
  /** How many key questions its interview has; null without an interview. */
  interviewKeyQuestions: number | null;
}

export type RangePosition = 'below' | 'within' | 'above' | 'not-rated';

export interface RatingAgainstRange {
  group: string;
  setting: string;
  level: RoshLevel | null;
  from: RoshLevel;
  to: RoshLevel;
  position: RangePosition;
}

export interface Trainee {
  /** Same name (case and spacing aside) is the same trainee; with no name, each file is its own. */
  key: string;
  /** The name as the file gave it, or null. */
  name: string | null;
  /** The name, or "No name given" with the file name. */
  label: string;
}

export interface CohortCell {
  attemptId: string;
  /** How many of this trainee's attempts at the case are here; the cell shows the latest. */
  attempts: number;
  status: AttemptStatus;
  updatedAt: string;
  ratings: RatingAgainstRange[];
  /** Null while the digest is not worked out. */
  questions: number | null;
  evidence: { referred: number; of: number } | null;
  interview: { asked: number; of: number } | null;
  totalMs: number;
  judgements: { reviews: number; 'not-yet': number; developing: number; secure: number };
}

export interface CohortTable {
  trainees: Trainee[];
  cases: Array<{ id: string; title: string }>;
  /** cells[traineeKey][caseId] */
  cells: Record<string, Record<string, CohortCell>>;
}

const norm = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

export function traineeOf(attempt: Pick<CohortAttempt, 'traineeName' | 'fileName'>): Trainee {
  const name = attempt.traineeName?.trim() || null;
  if (name) return { key: `name:${norm(name)}`, name, label: name };
  return { key: `file:${attempt.fileName}`, name: null, label: `No name given (${attempt.fileName})` };
}

const rank = (level: string): number => roshLevelIds.indexOf(level as RoshLevel);

/** The range that applies to this attempt: moved by a late document once it is in the file. */
export function rangeFor(
  range: CohortRange,
  released: readonly string[],
): { from: RoshLevel; to: RoshLevel } {
  return range.after && released.includes(range.after.documentId)
    ? { from: range.after.from, to: range.after.to }
    : { from: range.from, to: range.to };
}

export function positionOf(level: string | null | undefined, from: RoshLevel, to: RoshLevel): RangePosition {
  if (!level || rank(level) < 0) return 'not-rated';
  if (rank(level) < rank(from)) return 'below';
  if (rank(level) > rank(to)) return 'above';
  return 'within';
}

function ratingsAgainst(
  practiceCase: CohortCase | undefined,
  digest: CohortDigest | null,
): RatingAgainstRange[] {
  if (!practiceCase) return [];
  return practiceCase.ranges.map((range) => {
    const { from, to } = rangeFor(range, digest?.released ?? []);
    const raw = digest?.ratings[`${range.group}/${range.setting}`];
    const level = raw && rank(raw) >= 0 ? (raw as RoshLevel) : null;
    return {
      group: range.group,
      setting: range.setting,
      level,
      from,
      to,
      position: positionOf(level, from, to),
    };
  });
}

/** Newest first by save time, then by id so the order never depends on input order. */
const newestFirst = (a: CohortAttempt, b: CohortAttempt) =>
  b.updatedAt.localeCompare(a.updatedAt) || a.attemptId.localeCompare(b.attemptId);

export function buildCohortTable(
  attempts: readonly CohortAttempt[],
  cases: readonly CohortCase[],
): CohortTable {
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const trainees = new Map<string, Trainee>();
  const groups = new Map<string, Map<string, CohortAttempt[]>>();
  for (const attempt of attempts) {
    if (attempt.caseId === null) continue;
    const trainee = traineeOf(attempt);
    if (!trainees.has(trainee.key)) trainees.set(trainee.key, trainee);
    const byCase = groups.get(trainee.key) ?? new Map<string, CohortAttempt[]>();
    groups.set(trainee.key, byCase);
    const list = byCase.get(attempt.caseId) ?? [];
    list.push(attempt);
    byCase.set(attempt.caseId, list);
  }
  const cells: CohortTable['cells'] = {};
  const caseIds = new Set<string>();
  for (const [key, byCase] of groups) {
    const row: Record<string, CohortCell> = {};
    for (const [caseId, list] of byCase) {
      caseIds.add(caseId);
      const latest = [...list].sort(newestFirst)[0]!;
      const practiceCase = caseById.get(caseId);
      const digest = latest.digest;
      const criteria = Object.values(latest.reviews?.criteria ?? {});
      row[caseId] = {
        attemptId: latest.attemptId,
        attempts: list.length,
        status: latest.status,
        updatedAt: latest.updatedAt,
        ratings: ratingsAgainst(practiceCase, digest),
        questions: digest ? digest.questions.length : null,
        evidence:
          digest && practiceCase && practiceCase.keyEvidence.length > 0
            ? { referred: digest.evidence.referred.length, of: practiceCase.keyEvidence.length }
            : null,
        interview: digest?.interview ?? null,
        totalMs: latest.totalMs,
        judgements: {
          reviews: latest.reviews?.reviews ?? 0,
          'not-yet': criteria.reduce((n, c) => n + c['not-yet'], 0),
          developing: criteria.reduce((n, c) => n + c.developing, 0),
          secure: criteria.reduce((n, c) => n + c.secure, 0),
        },
      };
    }
    cells[key] = row;
  }
  const sortedTrainees = [...trainees.values()].sort(
    (a, b) => a.label.localeCompare(b.label, 'en-GB') || a.key.localeCompare(b.key),
  );
  const sortedCases = [...caseIds]
    .map((id) => ({ id, title: caseById.get(id)?.title ?? id }))
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  return { trainees: sortedTrainees, cases: sortedCases, cells };
}

/** "Trainee A" ... "Trainee Z", "Trainee AA", "Trainee AB" ...: spreadsheet-column letters. */
export function anonymousLabel(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `Trainee ${letters}`;
}

export interface DebriefParticipant {
  /** "Trainee A" when anonymised, else the trainee's label. */
  label: string;
  attemptId: string;
  status: AttemptStatus;
}

export interface DebriefRatingRow {
  group: string;
  setting: string;
  from: RoshLevel;
  to: RoshLevel;
  after: CohortRange['after'];
  /** How many trainees chose each level, and who. */
  levels: Array<{ level: RoshLevel; count: number; who: string[]; inRange: boolean }>;
  notRated: string[];
  below: number;
  within: number;
  above: number;
}

export interface CaseDebrief {
  caseId: string;
  caseTitle: string;
  anonymised: boolean;
  participants: DebriefParticipant[];
  ratings: DebriefRatingRow[];
  /** The questions raised, most often first. */
  questions: Array<{ id: string; message: string; count: number; who: string[] }>;
  keyEvidence: Array<{ id: string; label: string; count: number; who: string[] }>;
  documentsCited: Array<{ id: string; title: string; count: number }>;
  decisions: Array<{
    id: string;
    title: string;
    options: Array<{ key: string; label: string; count: number; who: string[] }>;
  }>;
  interview: { of: number; asked: Array<{ label: string; asked: number }> } | null;
  /** Attempts whose digest is not worked out yet (left out of the counts). */
  pending: number;
}

function countInto(map: Map<string, string[]>, key: string, who: string): void {
  const list = map.get(key);
  if (list) list.push(who);
  else map.set(key, [who]);
}

const byCountThenLabel = <T extends { count: number; label?: string; message?: string; id: string }>(
  a: T,
  b: T,
) =>
  b.count - a.count ||
  (a.label ?? a.message ?? '').localeCompare(b.label ?? b.message ?? '', 'en-GB') ||
  a.id.localeCompare(b.id);

/**
 * The class-wide picture for one case: each trainee's latest attempt at it. Anonymised labels are given in
 * the order of attempt ids (random, so they say nothing about who), and are stable for the same attempts;
 * when `anonymise` is set, no name or file name appears anywhere in the result.
 */
export function buildCaseDebrief(
  attempts: readonly CohortAttempt[],
  practiceCase: CohortCase,
  options: { anonymise: boolean; decisionLabels: Record<string, string> },
): CaseDebrief {
  const latest = new Map<string, { trainee: Trainee; attempt: CohortAttempt }>();
  for (const attempt of attempts) {
    if (attempt.caseId !== practiceCase.id) continue;
    const trainee = traineeOf(attempt);
    const held = latest.get(trainee.key);
    if (!held || newestFirst(attempt, held.attempt) < 0) latest.set(trainee.key, { trainee, attempt });
  }
  const chosen = [...latest.values()].sort((a, b) => a.attempt.attemptId.localeCompare(b.attempt.attemptId));
  const participants = chosen.map(({ trainee, attempt }, index) => ({
    label: options.anonymise ? anonymousLabel(index) : trainee.label,
    attemptId: attempt.attemptId,
    status: attempt.status,
    digest: attempt.digest,
  }));
  const counted = participants.filter((p) => p.digest !== null);

  const ratings: DebriefRatingRow[] = practiceCase.ranges.map((range) => {
    const who = new Map<string, string[]>();
    const notRated: string[] = [];
    let below = 0;
    let within = 0;
    let above = 0;
    for (const p of counted) {
      const level = p.digest!.ratings[`${range.group}/${range.setting}`];
      const { from, to } = rangeFor(range, p.digest!.released);
      const position = positionOf(level, from, to);
      if (position === 'not-rated') {
        notRated.push(p.label);
        continue;
      }
      countInto(who, level!, p.label);
      if (position === 'below') below += 1;
      else if (position === 'above') above += 1;
      else within += 1;
    }
    return {
      group: range.group,
      setting: range.setting,
      from: range.from,
      to: range.to,
      after: range.after,
      levels: roshLevelIds.map((level) => ({
        level,
        count: who.get(level)?.length ?? 0,
        who: who.get(level) ?? [],
        inRange: rank(level) >= rank(range.from) && rank(level) <= rank(range.to),
      })),
      notRated,
      below,
      within,
      above,
    };
  });

  const questionWho = new Map<string, string[]>();
  const evidenceWho = new Map<string, string[]>();
  const documentWho = new Map<string, string[]>();
  const decisionWho = new Map<string, string[]>();
  for (const p of counted) {
    for (const id of p.digest!.questions) countInto(questionWho, id, p.label);
    for (const id of p.digest!.evidence.referred) countInto(evidenceWho, id, p.label);
    for (const id of p.digest!.documentsCited) countInto(documentWho, id, p.label);
    for (const key of p.digest!.decisions) countInto(decisionWho, key, p.label);
  }
  const questions = [...questionWho]
    .map(([id, who]) => ({ id, message: practiceCase.questions[id] ?? id, count: who.length, who }))
    .sort(byCountThenLabel);
  const keyEvidence = practiceCase.keyEvidence
    .map(({ id, label }) => ({
      id,
      label,
      count: evidenceWho.get(id)?.length ?? 0,
      who: evidenceWho.get(id) ?? [],
    }))
    .sort(byCountThenLabel);
  const documentsCited = [...documentWho]
    .map(([id, who]) => ({ id, title: practiceCase.documents[id] ?? id, count: who.length }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'en-GB'));
  const decisions = decisionSources
    .map((source) => ({
      id: source.id,
      title: source.title,
      options: [...decisionWho]
        .filter(([key]) => key.startsWith(`${source.id}:`))
        .map(([key, who]) => ({
          key,
          label: options.decisionLabels[key] ?? key.slice(source.id.length + 1),
          count: who.length,
          who,
        }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en-GB')),
    }))
    .filter((decision) => decision.options.length > 0);
  const interview =
    practiceCase.interviewKeyQuestions !== null
      ? {
          of: practiceCase.interviewKeyQuestions,
          asked: counted.map((p) => ({ label: p.label, asked: p.digest!.interview?.asked ?? 0 })),
        }
      : null;
  return {
    caseId: practiceCase.id,
    caseTitle: practiceCase.title,
    anonymised: options.anonymise,
    participants: participants.map(({ label, attemptId, status }) => ({ label, attemptId, status })),
    ratings,
    questions,
    keyEvidence,
    documentsCited,
    decisions,
    interview,
    pending: participants.length - counted.length,
  };
}
