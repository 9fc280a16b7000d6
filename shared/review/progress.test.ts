import { describe, expect, it } from 'vitest';
import { emptyTiming, type Attempt } from '../model/attempt';
import { builtinTemplates, defaultTemplateSet } from '../templates/builtin';
import { sampleCaseContext, sampleSoundAnswers } from '../templates/builtin/__fixtures__/sample-answers';
import { libraryEntryFor } from '../model/library';
import type { Review } from './schema';
import {
  buildProgress,
  questionCounts,
  reviewSummaryFor,
  ruleResultsFor,
  type ProgressEntry,
} from './progress';
import { createReview, setJudgement, type EditContext } from './threads';

let ids = 0;
const ctx: EditContext = {
  now: () => new Date('2026-11-23T10:00:00.000Z'),
  newId: () => `prog-${String((ids += 1)).padStart(6, '0')}`,
};

function attempt(id: string, caseId: string | null, createdAt: string, weak: boolean): Attempt {
  const answers = sampleSoundAnswers();
  if (weak) {
    (answers['rosh-analysis']!['rosh-grid'] as Record<string, Record<string, string>>)[
      'known-adult'
    ]!.community = 'low';
    delete answers['risk-management-plan']!['contingency-lines'];
  }
  return {
    schemaVersion: 1,
    id,
    title: `Attempt ${id}`,
    caseId,
    templateIds: [...defaultTemplateSet],
    templateVersions: {},
    status: weak ? 'in-progress' : 'finished',
    createdAt,
    updatedAt: createdAt,
    finishedAt: weak ? null : createdAt,
    revision: 1,
    answers: answers as Attempt['answers'],
    evidence: [],
    releasedDocumentIds: [],
    timing: {
      ...emptyTiming,
      totalMs: weak ? 7_200_000 : 3_600_000,
      perSectionMs: {
        'rosh-analysis/offence': 1_000_000,
        'rosh-analysis/full-analysis': 500_000,
        'sentence-plan/objectives': 250_000,
      },
    },
  };
}

/** The summary the index would keep for this attempt: rule counts from the save, levels from the reviews. */
function entry(a: Attempt, reviews: readonly Review[], traineeName?: string): ProgressEntry {
  const counts = questionCounts(ruleResultsFor(a, builtinTemplates, sampleCaseContext));
  const listed = libraryEntryFor(a, 0.5, { ...counts, reviews: reviewSummaryFor(reviews, a.id) });
  return { entry: { ...listed, summary: listed.summary! }, traineeName };
}

describe('buildProgress', () => {
  it('counts questions and time per attempt, numbers attempts per case and tracks criteria levels', () => {
    const first = attempt('attempt-0001', 'cotter', '2026-10-01T09:00:00.000Z', true);
    const second = attempt('attempt-0002', 'cotter', '2026-11-01T09:00:00.000Z', false);
    const other = attempt('attempt-0003', 'rooke', '2026-10-15T09:00:00.000Z', false);
    let early = createReview(first, 'Dana Whitcombe', ctx);
    early = setJudgement(
      early,
      {
        templateId: 'rosh-analysis',
        sectionId: 'levels',
        criterionId: 'risk-rated-defensibly',
        level: 'not-yet',
        reason: 'Low despite call-outs.',
      },
      ctx,
    );
    early = setJudgement(
      early,
      {
        templateId: 'rosh-analysis',
        sectionId: 'full-analysis',
        criterionId: 'risk-rated-defensibly',
        level: 'developing',
        reason: 'Some links.',
      },
      ctx,
    );
    let late = createReview(second, 'Dana Whitcombe', ctx);
    late = setJudgement(
      late,
      {
        templateId: 'rosh-analysis',
        sectionId: 'levels',
        criterionId: 'risk-rated-defensibly',
        level: 'secure',
        reason: 'Matches the evidence.',
      },
      ctx,
    );

    const [progress, ...rest] = buildProgress([
      entry(second, [late, early]),
      entry(other, [late, early]),
      entry(first, [late, early]),
    ]);
    expect(rest).toHaveLength(0);
    expect(progress!.traineeName).toBeNull();
    expect(progress!.timeline.map((point) => [point.attemptId, point.attemptNumber])).toEqual([
      ['attempt-0001', 1],
      ['attempt-0003', 1],
      ['attempt-0002', 2],
    ]);
    const [weak] = progress!.timeline;
    // Two questions about the known adult rated low: the call-outs, and the domestic abuse screened in.
    expect(weak).toMatchObject({ questions: 2, warnings: 1, totalMs: 7_200_000, status: 'in-progress' });
    expect(weak!.msByTemplate).toEqual({ 'rosh-analysis': 1_500_000, 'sentence-plan': 250_000 });
    expect(weak!.levels['risk-rated-defensibly']).toEqual({ 'not-yet': 1, developing: 1, secure: 0 });
    expect(weak!.weakest).toEqual({ 'risk-rated-defensibly': 'not-yet' });
    expect(progress!.cases.map((c) => [c.caseId, c.attempts.map((a) => a.questions)])).toEqual([
      ['cotter', [2, 0]],
      ['rooke', [0]],
    ]);
    expect(progress!.criteria).toEqual([
      {
        criterionId: 'risk-rated-defensibly',
        label: 'Risk rated defensibly',
        points: [
          { attemptId: 'attempt-0001', date: '2026-10-01T09:00:00.000Z', weakest: 'not-yet', score: 0 },
          { attemptId: 'attempt-0002', date: '2026-11-01T09:00:00.000Z', weakest: 'secure', score: 2 },
        ],
      },
    ]);
    expect(progress!.totals).toEqual({
      attempts: 3,
      finished: 2,
      totalMs: 14_400_000,
      questions: 2,
      warnings: 1,
    });
  });

  it('keeps each trainee’s work apart in a tutor’s copy', () => {
    const mine = attempt('attempt-0001', 'cotter', '2026-10-01T09:00:00.000Z', false);
    const sams = attempt('attempt-0002', 'cotter', '2026-10-02T09:00:00.000Z', true);
    const alexs = attempt('attempt-0003', 'cotter', '2026-10-03T09:00:00.000Z', false);
    const progress = buildProgress([
      entry(alexs, [], 'Alex Rowe'),
      entry(sams, [], 'Sam Okafor'),
      entry(mine, []),
    ]);
    expect(progress.map((p) => [p.traineeName, p.timeline.map((point) => point.attemptId)])).toEqual([
      [null, ['attempt-0001']],
      ['Alex Rowe', ['attempt-0003']],
      ['Sam Okafor', ['attempt-0002']],
    ]);
    expect(progress[2]!.timeline[0]!.attemptNumber).toBe(1);
  });

  it('sums an attempt’s reviews into its summary: levels per criterion, comments, reviewers', () => {
    const first = attempt('attempt-0001', 'cotter', '2026-10-01T09:00:00.000Z', true);
    const other = attempt('attempt-0003', 'rooke', '2026-10-15T09:00:00.000Z', false);
    const judged = setJudgement(
      createReview(first, 'Dana Whitcombe', ctx),
      {
        templateId: 'rosh-analysis',
        sectionId: 'levels',
        criterionId: 'risk-rated-defensibly',
        level: 'developing',
        reason: 'Low despite call-outs.',
      },
      ctx,
    );
    const second = createReview(first, 'Imogen Brede', ctx);
    const elsewhere = createReview(other, 'Imogen Brede', ctx);
    expect(reviewSummaryFor([judged, second, elsewhere], first.id)).toEqual({
      reviews: 2,
      comments: 0,
      reviewers: ['Dana Whitcombe', 'Imogen Brede'],
      ids: [judged.id, second.id].sort(),
      criteria: {
        'risk-rated-defensibly': { label: 'Risk rated defensibly', 'not-yet': 0, developing: 1, secure: 0 },
      },
    });
    expect(reviewSummaryFor([elsewhere], first.id)).toEqual({
      reviews: 0,
      comments: 0,
      reviewers: [],
      ids: [],
      criteria: {},
    });
  });
});
