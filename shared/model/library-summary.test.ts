import { describe, expect, it } from 'vitest';
import { attemptSummarySchema, isAttemptSummary, libraryEntrySchema } from './library';

const summary = {
  finishedAt: '2026-11-23T09:00:00.000Z',
  totalMs: 60_000,
  msByTemplate: { 'rosh-analysis': 60_000 },
  questions: 2,
  warnings: 1,
  reviews: {
    reviews: 1,
    comments: 3,
    reviewers: ['Dana Whitcombe'],
    criteria: { 'evidence-used': { label: 'Evidence used', 'not-yet': 0, developing: 1, secure: 0 } },
  },
};

const entry = {
  id: 'attempt-000001',
  title: 'Practice on a fictional case',
  caseId: null,
  templateIds: ['rosh-analysis'],
  status: 'in-progress',
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T09:00:00.000Z',
  progress: 0.5,
};

describe('the summary kept in a library entry', () => {
  it('is checked by hand exactly as the schema would check it', () => {
    const shapes: unknown[] = [
      summary,
      { ...summary, finishedAt: null, questions: null, warnings: null, reviews: null },
      { ...summary, questions: -1 },
      { ...summary, questions: 1.5 },
      { ...summary, finishedAt: 'yesterday' },
      { ...summary, totalMs: Number.NaN },
      { ...summary, msByTemplate: { 'rosh-analysis': 'an hour' } },
      { ...summary, reviews: { ...summary.reviews, reviewers: [7] } },
      { ...summary, reviews: { ...summary.reviews, ids: ['review-000001', 'review-000002'] } },
      { ...summary, reviews: { ...summary.reviews, ids: [] } },
      { ...summary, reviews: { ...summary.reviews, ids: ['../attempts/x'] } },
      { ...summary, reviews: { ...summary.reviews, ids: 'review-000001' } },
      {
        ...summary,
        reviews: { ...summary.reviews, criteria: { x: { label: 'X', 'not-yet': 1, developing: 0 } } },
      },
      null,
      [],
    ];
    for (const shape of shapes)
      expect([shape, isAttemptSummary(shape)]).toEqual([
        shape,
        attemptSummarySchema.safeParse(shape).success,
      ]);
  });

  it('is dropped, never the entry, when it is not in the expected form; an entry without one is valid', () => {
    expect(libraryEntrySchema.parse({ ...entry, summary }).summary).toEqual(summary);
    const damaged = libraryEntrySchema.safeParse({ ...entry, summary: { ...summary, questions: 'two' } });
    expect(damaged.success).toBe(true);
    expect(damaged.data?.summary).toBeUndefined();
    expect(libraryEntrySchema.safeParse(entry).success).toBe(true);
  });
});
