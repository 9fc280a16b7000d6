import { describe, expect, it } from 'vitest';
import type { AttemptPoint, TraineeProgress } from '@shared/review/progress';
import { formatDay, levelsText, questionBars, timeByTemplate } from './present';

function point(id: string, over: Partial<AttemptPoint> = {}): AttemptPoint {
  return {
    attemptId: id,
    title: `Attempt ${id}`,
    caseId: 'cotter',
    attemptNumber: 1,
    createdAt: '2026-11-02T10:00:00.000Z',
    finishedAt: null,
    status: 'in-progress',
    totalMs: 0,
    msByTemplate: {},
    questions: 0,
    warnings: 0,
    levels: {},
    weakest: {},
    reviewers: [],
    ...over,
  };
}

function progress(timeline: AttemptPoint[]): TraineeProgress {
  return {
    traineeName: null,
    cases: [],
    timeline,
    criteria: [],
    totals: { attempts: timeline.length, finished: 0, totalMs: 0, questions: 0, warnings: 0 },
  };
}

describe('progress wording', () => {
  it('shows days as dd/mm/yyyy', () => {
    expect(formatDay('2026-11-23T12:00:00.000Z')).toBe('23/11/2026');
    expect(formatDay('not a date')).toBe('not a date');
  });

  it('makes one bar per attempt in time order, each described in words', () => {
    const bars = questionBars(
      progress([
        point('a', { questions: 3 }),
        point('b', { questions: 1, attemptNumber: 2, createdAt: '2026-11-14T10:00:00.000Z' }),
      ]),
      (caseId) => (caseId === 'cotter' ? 'Lee Cotter' : 'Own case'),
    );
    expect(bars.map((bar) => [bar.label, bar.value])).toEqual([
      ['1', 3],
      ['2', 1],
    ]);
    expect(bars[1]!.description).toBe('2. Lee Cotter, attempt 2, started 14/11/2026: 1 question');
  });

  it('names the weakest level per criterion, or says the attempt was not reviewed', () => {
    const labels = new Map([['evidence-used', 'Evidence used']]);
    expect(
      levelsText(point('a', { weakest: { 'evidence-used': 'developing', other: 'secure' } }), labels),
    ).toBe('Evidence used: Developing; other: Secure');
    expect(levelsText(point('a'), labels)).toBe('Not reviewed');
  });

  it('adds up time per template across attempts, largest first', () => {
    expect(
      timeByTemplate(
        progress([
          point('a', { msByTemplate: { 'rosh-analysis': 60_000, 'sentence-plan': 5_000 } }),
          point('b', { msByTemplate: { 'sentence-plan': 120_000 } }),
        ]),
      ),
    ).toEqual([
      { templateId: 'sentence-plan', ms: 125_000 },
      { templateId: 'rosh-analysis', ms: 60_000 },
    ]);
  });
});
