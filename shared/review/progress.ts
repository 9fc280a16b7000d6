import type { Attempt } from '../model/attempt';
import type { RuleResult } from '../rules/schema';
import { evaluateAttempt, type CaseContext } from '../templates/engine';
import type { Template } from '../templates/schema';
import { criterionLevels, type CriterionLevel, type Review } from './schema';

/**
 * The data behind a trainee's progress view: attempts per case over time, the quality-rule questions each
 * attempt raised, time spent, and the levels tutors gave against each criterion. Pure: the caller supplies
 * attempts (with their rule results) and reviews; the view draws tables and a small chart from this.
 */

export type ProgressAttempt = Pick<
  Attempt,
  'id' | 'title' | 'caseId' | 'status' | 'createdAt' | 'updatedAt' | 'finishedAt' | 'timing'
>;

export interface ProgressEntry {
  attempt: ProgressAttempt;
  /** From `evaluateAttempt(...).ruleResults`; see `ruleResultsFor`. */
  ruleResults: readonly RuleResult[];
  /** Whose work it is: the trainee's own name, or the name in an imported share package. */
  traineeName?: string | null;
}

export type LevelCounts = Record<CriterionLevel, number>;

export interface AttemptPoint {
  attemptId: string;
  title: string;
  caseId: string | null;
  /** 1 for a trainee's first attempt at a case, 2 for the second... */
  attemptNumber: number;
  createdAt: string;
  finishedAt: string | null;
  status: Attempt['status'];
  totalMs: number;
  /** Time per template, summed from the per-section timings. */
  msByTemplate: Record<string, number>;
  questions: number;
  warnings: number;
  /** Per criterion, how many sections were judged at each level, over every review of this attempt. */
  levels: Record<string, LevelCounts>;
  /** Per criterion, the lowest level given: the one to work on. */
  weakest: Record<string, CriterionLevel>;
  reviewers: string[];
}

export interface CaseProgress {
  caseId: string | null;
  attempts: AttemptPoint[];
}

export interface CriterionPoint {
  attemptId: string;
  date: string;
  weakest: CriterionLevel;
  /** 0 not yet, 1 developing, 2 secure: for plotting. */
  score: number;
}

export interface CriterionSeries {
  criterionId: string;
  label: string;
  points: CriterionPoint[];
}

export interface TraineeProgress {
  traineeName: string | null;
  cases: CaseProgress[];
  /** Every attempt, oldest first. */
  timeline: AttemptPoint[];
  criteria: CriterionSeries[];
  totals: { attempts: number; finished: number; totalMs: number; questions: number; warnings: number };
}

/** Rule results for one attempt, worked out by the same engine the workspace uses. */
export function ruleResultsFor(
  attempt: Pick<Attempt, 'answers' | 'templateIds' | 'caseId' | 'releasedDocumentIds'>,
  templates: readonly Template[],
  caseContext?: CaseContext | null,
): RuleResult[] {
  const used = attempt.templateIds
    .map((id) => templates.find((template) => template.id === id))
    .filter((template): template is Template => template !== undefined);
  return evaluateAttempt({
    templates: used,
    answers: attempt.answers,
    caseContext: caseContext ?? {
      caseId: attempt.caseId,
      facts: {},
      releasedDocumentIds: attempt.releasedDocumentIds,
    },
  }).ruleResults;
}

const emptyCounts = (): LevelCounts => ({ 'not-yet': 0, developing: 0, secure: 0 });

/** One entry per trainee (by name; attempts with no name are the trainee's own), sorted by name. */
export function buildProgress(
  entries: readonly ProgressEntry[],
  reviews: readonly Review[],
): TraineeProgress[] {
  const byTrainee = new Map<string | null, ProgressEntry[]>();
  for (const entry of entries) {
    const name = entry.traineeName?.trim() || null;
    byTrainee.set(name, [...(byTrainee.get(name) ?? []), entry]);
  }
  return [...byTrainee.entries()]
    .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a.localeCompare(b)))
    .map(([traineeName, own]) => traineeProgress(traineeName, own, reviews));
}

function traineeProgress(
  traineeName: string | null,
  entries: readonly ProgressEntry[],
  reviews: readonly Review[],
): TraineeProgress {
  const sorted = [...entries].sort((a, b) => a.attempt.createdAt.localeCompare(b.attempt.createdAt));
  const seenPerCase = new Map<string | null, number>();
  const labels = new Map<string, string>();
  const timeline = sorted.map((entry): AttemptPoint => {
    const { attempt } = entry;
    const number = (seenPerCase.get(attempt.caseId) ?? 0) + 1;
    seenPerCase.set(attempt.caseId, number);
    const mine = reviews.filter(
      (review) =>
        review.reviewedVersion.attemptId === attempt.id || review.currentVersion.attemptId === attempt.id,
    );
    const levels: Record<string, LevelCounts> = {};
    for (const review of mine) {
      for (const criterion of review.criteria) labels.set(criterion.id, criterion.label);
      for (const judgement of review.judgements) {
        const counts = (levels[judgement.criterionId] ??= emptyCounts());
        counts[judgement.level] += 1;
      }
    }
    const weakest: Record<string, CriterionLevel> = {};
    for (const [criterionId, counts] of Object.entries(levels)) {
      const lowest = criterionLevels.find((level) => counts[level] > 0);
      if (lowest) weakest[criterionId] = lowest;
    }
    const msByTemplate: Record<string, number> = {};
    for (const [key, ms] of Object.entries(attempt.timing.perSectionMs)) {
      const templateId = key.split('/')[0] ?? key;
      msByTemplate[templateId] = (msByTemplate[templateId] ?? 0) + ms;
    }
    return {
      attemptId: attempt.id,
      title: attempt.title,
      caseId: attempt.caseId,
      attemptNumber: number,
      createdAt: attempt.createdAt,
      finishedAt: attempt.finishedAt,
      status: attempt.status,
      totalMs: attempt.timing.totalMs,
      msByTemplate,
      questions: entry.ruleResults.filter((result) => result.severity === 'question').length,
      warnings: entry.ruleResults.filter((result) => result.severity === 'warning').length,
      levels,
      weakest,
      reviewers: [...new Set(mine.map((review) => review.reviewerName))],
    };
  });
  const cases = new Map<string | null, AttemptPoint[]>();
  for (const point of timeline) cases.set(point.caseId, [...(cases.get(point.caseId) ?? []), point]);
  const criteria: CriterionSeries[] = [...labels.entries()]
    .filter(([criterionId]) => timeline.some((point) => point.weakest[criterionId] !== undefined))
    .map(([criterionId, label]) => ({
      criterionId,
      label,
      points: timeline
        .filter((point) => point.weakest[criterionId] !== undefined)
        .map((point) => {
          const weakest = point.weakest[criterionId]!;
          return {
            attemptId: point.attemptId,
            date: point.finishedAt ?? point.createdAt,
            weakest,
            score: criterionLevels.indexOf(weakest),
          };
        }),
    }));
  return {
    traineeName,
    cases: [...cases.entries()].map(([caseId, attempts]) => ({ caseId, attempts })),
    timeline,
    criteria,
    totals: {
      attempts: timeline.length,
      finished: timeline.filter((point) => point.status === 'finished').length,
      totalMs: timeline.reduce((sum, point) => sum + point.totalMs, 0),
      questions: timeline.reduce((sum, point) => sum + point.questions, 0),
      warnings: timeline.reduce((sum, point) => sum + point.warnings, 0),
    },
  };
}
