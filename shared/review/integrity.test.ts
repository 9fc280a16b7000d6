import { describe, expect, it } from 'vitest';
import { incomingReviewProblem } from './integrity';
import type { Review } from './schema';

const now = new Date('2026-11-23T10:00:00.000Z');
const version = { attemptId: 'attempt-0001', revision: 3, updatedAt: '2026-11-23T09:00:00.000Z' };
const review = (over: Partial<Review> = {}): Review =>
  ({
    schemaVersion: 1,
    id: 'review-0001',
    reviewedVersion: version,
    currentVersion: version,
    carriedFrom: [],
    reviewerName: 'Dana Whitcombe',
    createdAt: '2026-11-23T09:10:00.000Z',
    updatedAt: '2026-11-23T09:20:00.000Z',
    overallFeedback: '',
    criteria: [],
    judgements: [],
    comments: [],
    ...over,
  }) as Review;

describe('incomingReviewProblem', () => {
  it("takes a review dated up to now (and a fast clock's hour)", () => {
    expect(incomingReviewProblem(review(), now)).toBeNull();
    expect(incomingReviewProblem(review({ updatedAt: '2026-11-23T10:50:00.000Z' }), now)).toBeNull();
  });

  it('refuses a date in the future, anywhere in the review, and says where', () => {
    expect(incomingReviewProblem(review({ updatedAt: '2099-01-01T00:00:00.000Z' }), now)).toMatch(
      /date in the future for when it was last changed/,
    );
    const comment = {
      id: 'comment-0001',
      anchor: { templateId: 'rosh-analysis', itemId: 'offence-analysis' },
      author: 'Dana Whitcombe',
      body: 'Why?',
      createdAt: '2026-11-23T09:15:00.000Z',
      replies: [
        {
          id: 'reply-0001',
          author: 'Sam Okafor',
          role: 'trainee' as const,
          body: 'Because.',
          createdAt: '2026-11-24T12:00:00.000Z',
        },
      ],
      addressed: null,
    };
    expect(incomingReviewProblem(review({ comments: [comment] }), now)).toMatch(/a reply by Sam Okafor/);
  });
});
