import type { Attempt } from '../model/attempt';
import type { AttemptSummary, LibraryEntry, ReviewSummary } from '../model/library';
import type { RuleResult } from '../rules/schema';
import { evaluateAttempt, type CaseContext } from '../templates/engine';
import type { Template } from '../templates/schema';
import { criterionLevels, type CriterionLevel, type Review } from './schema';

/**
 * The data behind a trainee's progress view: attempts per case over time, the quality-rule questions each
 * attempt raised, time spent, and the levels tutors gave against each criterion. Pure: drawn from the
 * summaries the library index keeps (see `reviewSummaryFor`, `questionCounts`), never from attempt files.
 */

/** One attempt as the index keeps it, summary included, and whose work it is. */
export interface ProgressEntry {
  entry: LibraryEntry & { summary: AttemptSummary };
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

/** The engine's evaluation of a saved attempt, with the templates it names from those at hand. */
export function evaluationFor(
  attempt: Pick<Attempt, 'answers' | 'templateIds' | 'caseId' | 'releasedDocumentIds'>,
  templates: readonly Template[],
  caseContext?: CaseContext | null,
) {
  const used = attempt.templateIds
    .map((id) => templates.find((template) => template.id === id))
    .filter((template): template is Template => template !== undefined);
  return {
    used,
    evaluation: evaluateAttempt({
      templates: used,
      answers: attempt.answers,
      caseContext: caseContext ?? {
        caseId: attempt.caseId,
        facts: {},
        releasedDocumentIds: attempt.releasedDocumentIds,
      },
    }),
  };
}

/** Rule results for one attempt, worked out by the same engine the workspace uses. */
export function ruleResultsFor(
  attempt: Pick<Attempt, 'answers' | 'templateIds' | 'caseId' | 'releasedDocumentIds'>,
  templates: readonly Template[],
  caseContext?: CaseContext | null,
): RuleResult[] {
  return evaluationFor(attempt, templates, caseContext).evaluation.ruleResults;
}

/** Whether a review is of this attempt: reviewed there, or carried to it. */
export const reviewTouches = (review: Review, attemptId: string): boolean =>
  review.currentVersion.attemptId === attemptId || review.reviewedVersion.attemptId === attemptId;

/** The rule counts a summary keeps. */
export function questionCounts(ruleResults: readonly RuleResult[]): { questions: number; warnings: number } {
  return {
    questions: ruleResults.filter((result) => result.severity === 'question').length,
    warnings: ruleResults.filter((result) => result.severity === 'warning').length,
  };
}

/** What every review of an attempt comes to: counts per criterion and level, reviewers, comments. */
export function reviewSummaryFor(reviews: readonly Review[], attemptId: string): ReviewSummary {
  const mine = reviews.filter((review) => reviewTouches(review, attemptId));
  const criteria: ReviewSummary['criteria'] = {};
  for (const review of mine) {
    const labels = new Map(review.criteria.map((criterion) => [criterion.id, criterion.label]));
    for (const judgement of review.judgements) {
      const counts = (criteria[judgement.criterionId] ??= {
        label: labels.get(judgement.criterionId) ?? judgement.criterionId,
        ...emptyCounts(),
      });
      counts[judgement.level] += 1;
    }
  }
  return {
    reviews: mine.length,
    // Comments on the reviews carried to this attempt: those it shows, as the home lists count them.
    comments: mine
      .filter((review) => review.currentVersion.attemptId === attemptId)
      .reduce((sum, review) => sum + review.comments.length, 0),
    reviewers: [...new Set(mine.map((review) => review.reviewerName))],
    ids: mine.map((review) => review.id).sort(),
    criteria,
  };
}

const emptyCounts = (): LevelCounts => ({ 'not-yet': 0, developing: 0, secure: 0 });

/** One entry per trainee (by name; attempts with no name are the trainee's own), sorted by name. */
export function buildProgress(entries: readonly ProgressEntry[]): TraineeProgress[] {
  const byTrainee = new Map<string | null, ProgressEntry[]>();
  for (const entry of entries) {
    const name = entry.traineeName?.trim() || null;
    const list = byTrainee.get(name);
    if (list) list.push(entry);
    else byTrainee.set(name, [entry]);
  }
  return [...byTrainee.entries()]
    .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a.localeCompare(b)))
    .map(([traineeName, own]) => traineeProgress(traineeName, own));
}

function traineeProgress(traineeName: string | null, entries: readonly ProgressEntry[]): TraineeProgress {
  const sorted = [...entries].sort(
    (a, b) => a.entry.createdAt.localeCompare(b.entry.createdAt) || a.entry.id.localeCompare(b.entry.id),
  );
  const seenPerCase = new Map<string | null, number>();
  const labels = new Map<string, string>();
  const timeline = sorted.map(({ entry }): AttemptPoint => {
    const { summary } = entry;
    const number = (seenPerCase.get(entry.caseId) ?? 0) + 1;
    seenPerCase.set(entry.caseId, number);
    const levels: Record<string, LevelCounts> = {};
    const weakest: Record<string, CriterionLevel> = {};
    for (const [criterionId, { label, ...counts }] of Object.entries(summary.reviews?.criteria ?? {})) {
      labels.set(criterionId, label);
      levels[criterionId] = counts;
      const lowest = criterionLevels.find((level) => counts[level] > 0);
      if (lowest) weakest[criterionId] = lowest;
    }
    return {
      attemptId: entry.id,
      title: entry.title,
      caseId: entry.caseId,
      attemptNumber: number,
      createdAt: entry.createdAt,
      finishedAt: summary.finishedAt,
      status: entry.status,
      totalMs: summary.totalMs,
      msByTemplate: summary.msByTemplate,
      questions: summary.questions ?? 0,
      warnings: summary.warnings ?? 0,
      levels,
      weakest,
      reviewers: summary.reviews?.reviewers ?? [],
    };
  });
  const cases = new Map<string | null, AttemptPoint[]>();
  for (const point of timeline) {
    const list = cases.get(point.caseId);
    if (list) list.push(point);
    else cases.set(point.caseId, [point]);
  }
  const criteria: CriterionSeries[] = [...labels.entries()]
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
    }))
    .filter((series) => series.points.length > 0);
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
