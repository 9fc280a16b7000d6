import { describe, expect, it } from 'vitest';
import { anchorComment } from '../review/anchors';
import type { Review } from '../review/schema';
import {
  addComment,
  addReply,
  createReview,
  markAddressed,
  setJudgement,
  setOverallFeedback,
} from '../review/threads';
import { builtinTemplates } from '../templates/builtin';
import { buildReviewPdf } from './review';
import type { ReviewPdfInput } from './review';
import { sampleAttempt, sampleCaseInfo } from './__fixtures__/sample-attempt';
import { printedText } from './__fixtures__/printed';

let n = 0;
const ctx = {
  now: () => new Date('2026-03-02T10:00:00.000Z'),
  newId: () => `id-review-${String((n += 1)).padStart(4, '0')}`,
};

const printed = printedText;

function reviewed(): ReviewPdfInput {
  const attempt = sampleAttempt();
  const text = attempt.answers['rosh-analysis']!['what-happened'] as string;
  let review: Review = createReview(attempt, 'Dana Whitcombe', ctx);
  const passage = anchorComment(text, { start: 0, end: 24 });
  review = addComment(
    review,
    {
      anchor: { templateId: 'rosh-analysis', itemId: 'what-happened' },
      passage,
      author: 'Dana Whitcombe',
      body: 'Say where this comes from: <b>which</b> document?',
    },
    ctx,
  );
  review = addComment(
    review,
    {
      anchor: { templateId: 'rosh-analysis', itemId: 'motivation' },
      author: 'Dana Whitcombe',
      body: 'Good link between drinking and the incidents.',
    },
    ctx,
  );
  const first = review.comments[0]!.id;
  review = addReply(review, first, { author: 'Siân Ellis', role: 'trainee', body: 'The police log.' }, ctx);
  review = markAddressed(review, first, true, 'Siân Ellis', ctx);
  review = setJudgement(
    review,
    {
      templateId: 'rosh-analysis',
      sectionId: 'offence',
      criterionId: 'evidence-used',
      level: 'developing',
      reason: 'Uses the CPS summary but not the call-out log.',
    },
    ctx,
  );
  review = setOverallFeedback(review, 'A careful start.\n\nLook again at the child.', ctx);
  return {
    attempt,
    review,
    templates: builtinTemplates,
    traineeName: 'Siân Ellis',
    caseInfo: sampleCaseInfo(),
  };
}

describe('buildReviewPdf', () => {
  it('opens with whose work and whose review, then the feedback summary', () => {
    const text = printed(buildReviewPdf(reviewed()));
    expect(text).toContain('Review by Dana Whitcombe, 02/03/2026');
    expect(text).toContain('Siân Ellis');
    expect(text).toContain('2 comments, 1 marked as addressed, 1 with replies');
    expect(text.indexOf('Feedback summary')).toBeLessThan(text.indexOf('What happened?'));
    expect(text).toContain('A careful start.');
    expect(text).toContain('Look again at the child.');
  });

  it('prints each judgement with its section, criterion, level and reason', () => {
    const text = printed(buildReviewPdf(reviewed()));
    const at = text.indexOf('Risk of serious harm analysis: Offence analysis');
    expect(at).toBeGreaterThan(-1);
    expect(text.slice(at)).toMatch(
      /^Risk of serious harm analysis: Offence analysis\nEvidence used\nDeveloping\nUses the CPS summary but not the call-out log\./,
    );
  });

  it('puts each comment straight after the answer it is about, with its quote, replies and addressed state', () => {
    const input = reviewed();
    const text = printed(buildReviewPdf(input));
    const answer = input.attempt.answers['rosh-analysis']!['what-happened'] as string;
    const lastParagraph = answer.split('\n\n').at(-1)!;
    const answerEnd = text.indexOf(lastParagraph) + lastParagraph.length;
    const comment = text.indexOf('Say where this comes from: <b>which</b> document?');
    expect(comment).toBeGreaterThan(answerEnd);
    // Nothing of the next question comes between the answer and its comment.
    expect(text.indexOf('The person’s account of the offence')).toBeGreaterThan(comment);
    expect(text).toContain(`“${answer.slice(0, 24).trim()}”`);
    expect(text).toMatch(/Reply from Siân Ellis \(trainee\), 02\/03\/2026\nThe police log\./);
    expect(text).toContain('Marked as addressed by Siân Ellis on 02/03/2026.');
    const motivation = text.indexOf('Good link between drinking and the incidents.');
    expect(motivation).toBeGreaterThan(text.indexOf('Why did it happen? Motivation and triggers'));
  });

  it('says when the words a comment quoted have changed since', () => {
    const input = reviewed();
    input.attempt.answers['rosh-analysis']!['what-happened'] = 'Entirely rewritten account of the day.';
    const text = printed(buildReviewPdf(input));
    expect(text).toContain('The text this referred to has changed since the comment was written.');
  });

  it('keeps comments on answers it does not print, at the end', () => {
    const input = reviewed();
    input.review = addComment(
      input.review,
      {
        anchor: { templateId: 'no-such-template', itemId: 'gone-item' },
        author: 'Dana Whitcombe',
        body: 'About a template this copy lacks.',
      },
      ctx,
    );
    const text = printed(buildReviewPdf(input));
    expect(text).toContain('Comments on answers not printed above');
    expect(text.indexOf('About a template this copy lacks.')).toBeGreaterThan(
      text.indexOf('Comments on answers not printed above'),
    );
  });

  it('is a fresh definition each time with a date fixed by the review', () => {
    const input = reviewed();
    const a = buildReviewPdf(input);
    const b = buildReviewPdf(input);
    expect(a).not.toBe(b);
    expect(a.content).not.toBe(b.content);
    expect(a.info?.creationDate).toEqual(new Date(input.review.updatedAt));
    expect(a.info?.title).toBe(`Review of ${input.attempt.title}`);
  });
});
