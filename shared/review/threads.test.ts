import { describe, expect, it } from 'vitest';
import type { Attempt } from '../model/attempt';
import { emptyTiming } from '../model/attempt';
import { anchorComment } from './anchors';
import { reviewSchema, type Review } from './schema';
import {
  addComment,
  addReply,
  carryThreadsToNewVersion,
  createReview,
  deleteComment,
  judgementProblem,
  markAddressed,
  mergeReturnedReview,
  mergeReviews,
  placeComment,
  ReviewEditError,
  setJudgement,
  threadSummary,
  type EditContext,
} from './threads';

function fixedContext(start = Date.UTC(2026, 10, 23, 9, 0, 0)): EditContext & { tick: () => void } {
  let ms = start;
  let n = 0;
  return {
    now: () => new Date(ms),
    newId: () => `id-${String((n += 1)).padStart(6, '0')}`,
    tick: () => {
      ms += 60_000;
    },
  };
}

const analysis =
  'Mr Tarrant says the argument was about money. The police log records two call-outs to the flat. ' +
  'He says he has never hit his partner.';

function attempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    schemaVersion: 1,
    id: 'attempt-0001',
    title: 'Tarrant practice',
    caseId: null,
    templateIds: ['rosh-analysis'],
    templateVersions: { 'rosh-analysis': 1 },
    status: 'finished',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
    finishedAt: '2026-11-21T10:00:00.000Z',
    revision: 7,
    answers: {
      'rosh-analysis': {
        'offence-analysis': analysis,
        'previous-convictions': [
          {
            rowId: 'row-000001',
            values: { offence: 'Assault by beating, 2023', notes: 'Partner was the victim' },
          },
          { rowId: 'row-000002', values: { offence: 'Criminal damage, 2021' } },
        ],
      },
    },
    evidence: [],
    releasedDocumentIds: [],
    timing: emptyTiming,
    ...overrides,
  };
}

function reviewWithComments(ctx: EditContext): Review {
  const base = attempt();
  let review = createReview(base, 'Dana Whitcombe', ctx);
  const at = analysis.indexOf('never hit his partner');
  review = addComment(
    review,
    {
      anchor: { templateId: 'rosh-analysis', itemId: 'offence-analysis' },
      passage: anchorComment(analysis, { start: at, end: at + 'never hit his partner'.length }),
      author: 'Dana Whitcombe',
      body: 'How does this sit with the second call-out log?',
    },
    ctx,
  );
  review = addComment(
    review,
    {
      anchor: { templateId: 'rosh-analysis', itemId: 'previous-convictions', rowId: 'row-000001' },
      author: 'Dana Whitcombe',
      body: 'What pattern do you see across these?',
    },
    ctx,
  );
  return review;
}

describe('editing a review', () => {
  it('creates a review of one version with the default criteria, valid against the schema', () => {
    const ctx = fixedContext();
    const review = reviewWithComments(ctx);
    expect(review.reviewedVersion).toEqual({
      attemptId: 'attempt-0001',
      revision: 7,
      updatedAt: '2026-11-21T10:00:00.000Z',
    });
    expect(review.criteria.map((criterion) => criterion.id)).toEqual([
      'evidence-used',
      'risk-rated-defensibly',
      'plan-answers-each-risk',
      'persons-voice-present',
    ]);
    expect(review.comments).toHaveLength(2);
    expect(reviewSchema.safeParse(review).success).toBe(true);
  });

  it('refuses a judgement without a reason and replaces one given twice', () => {
    const ctx = fixedContext();
    let review = createReview(attempt(), 'Dana Whitcombe', ctx);
    const judgement = {
      templateId: 'rosh-analysis',
      sectionId: 'rosh-levels',
      criterionId: 'risk-rated-defensibly',
      level: 'developing' as const,
      reason: '   ',
    };
    expect(() => setJudgement(review, judgement, ctx)).toThrow('Give a reason for this level.');
    expect(judgementProblem(review, { ...judgement, criterionId: 'made-up' })).toBe(
      'This criterion is not part of the review.',
    );
    review = setJudgement(review, { ...judgement, reason: 'Known adult low despite two call-outs.' }, ctx);
    review = setJudgement(
      review,
      { ...judgement, level: 'secure', reason: 'Revised to medium with reasons.' },
      ctx,
    );
    expect(review.judgements).toEqual([
      { ...judgement, level: 'secure', reason: 'Revised to medium with reasons.' },
    ]);
  });

  it('the schema itself refuses an empty reason and an unknown criterion, so an import cannot smuggle one in', () => {
    const ctx = fixedContext();
    const review = createReview(attempt(), 'Dana Whitcombe', ctx);
    const bad = {
      ...review,
      judgements: [
        {
          templateId: 'rosh-analysis',
          sectionId: 's',
          criterionId: 'evidence-used',
          level: 'secure',
          reason: '',
        },
        { templateId: 'rosh-analysis', sectionId: 's', criterionId: 'nope', level: 'secure', reason: 'x' },
      ],
    };
    const parsed = reviewSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['judgements.0.reason', 'judgements.1.criterionId']));
  });

  it('lets the trainee reply and mark a comment addressed, then reopen it', () => {
    const ctx = fixedContext();
    let review = reviewWithComments(ctx);
    const commentId = review.comments[0]!.id;
    review = addReply(
      review,
      commentId,
      { author: 'Sam Okafor', role: 'trainee', body: 'I had not read it.' },
      ctx,
    );
    review = markAddressed(review, commentId, true, 'Sam Okafor', ctx);
    expect(review.comments[0]!.replies.map((reply) => reply.body)).toEqual(['I had not read it.']);
    expect(review.comments[0]!.addressed).toEqual({ by: 'Sam Okafor', at: ctx.now().toISOString() });
    expect(threadSummary(review)).toEqual({ comments: 2, addressed: 1, replied: 1 });
    review = markAddressed(review, commentId, false, 'Sam Okafor', ctx);
    expect(review.comments[0]!.addressed).toBeNull();
    expect(() => addReply(review, 'id-999999', { author: 'S', role: 'trainee', body: 'x' }, ctx)).toThrow(
      ReviewEditError,
    );
    expect(() => addReply(review, commentId, { author: 'S', role: 'trainee', body: ' ' }, ctx)).toThrow(
      'Write the reply before sending it.',
    );
  });

  it('never changes the review it was given', () => {
    const ctx = fixedContext();
    const review = reviewWithComments(ctx);
    const copy = structuredClone(review);
    addReply(review, review.comments[0]!.id, { author: 'Sam', role: 'trainee', body: 'Reply' }, ctx);
    deleteComment(review, review.comments[1]!.id, ctx);
    expect(review).toEqual(copy);
  });
});

describe('placing comments in the answers', () => {
  it('finds the passage, the row, and notices a removed row or rewritten words', () => {
    const ctx = fixedContext();
    const review = reviewWithComments(ctx);
    const [passageComment, rowComment] = review.comments as [Review['comments'][0], Review['comments'][0]];
    const answers = attempt().answers;
    expect(placeComment(passageComment, answers)).toMatchObject({ status: 'found' });
    expect(placeComment(rowComment, answers)).toEqual({ status: 'item' });

    const rowRemoved = structuredClone(answers);
    (rowRemoved['rosh-analysis']!['previous-convictions'] as unknown[]).shift();
    expect(placeComment(rowComment, rowRemoved)).toEqual({ status: 'row-gone' });

    const rewritten = structuredClone(answers);
    rewritten['rosh-analysis']!['offence-analysis'] = 'Rewritten from scratch after supervision.';
    expect(placeComment(passageComment, rewritten)).toEqual({ status: 'gone' });
  });
});

describe('carryThreadsToNewVersion', () => {
  it('keeps every thread on the next version and re-anchors passages moved by edits elsewhere', () => {
    const ctx = fixedContext();
    let review = reviewWithComments(ctx);
    const firstId = review.comments[0]!.id;
    review = addReply(review, firstId, { author: 'Sam Okafor', role: 'trainee', body: 'Will revise.' }, ctx);
    const next = attempt({ revision: 9, updatedAt: '2026-11-24T10:00:00.000Z' });
    const edited = 'I re-read the police log before writing this. ' + analysis;
    next.answers['rosh-analysis']!['offence-analysis'] = edited;

    const carried = carryThreadsToNewVersion(review, next, ctx);
    expect(carried.review.comments).toHaveLength(2);
    expect(carried.review.comments[0]!.replies).toHaveLength(1);
    expect(carried.review.currentVersion).toMatchObject({ attemptId: 'attempt-0001', revision: 9 });
    expect(carried.review.carriedFrom).toEqual([review.reviewedVersion]);
    expect(carried.review.reviewedVersion).toEqual(review.reviewedVersion);
    const placement = carried.placements[firstId];
    expect(placement?.status).toBe('found');
    const passage = carried.review.comments[0]!.passage!;
    expect(edited.slice(passage.startHint, passage.startHint + passage.quote.length)).toBe(
      'never hit his partner',
    );
    expect(reviewSchema.safeParse(carried.review).success).toBe(true);
  });

  it('keeps a comment whose passage was rewritten, with its quote, and reports it gone', () => {
    const ctx = fixedContext();
    const review = reviewWithComments(ctx);
    const next = attempt({ id: 'attempt-0002', revision: 0 });
    next.answers['rosh-analysis']!['offence-analysis'] = 'He now accepts he pushed her.';
    const carried = carryThreadsToNewVersion(review, next, ctx);
    expect(carried.placements[review.comments[0]!.id]).toEqual({ status: 'gone' });
    expect(carried.review.comments[0]!.passage?.quote).toBe('never hit his partner');
    expect(carried.review.currentVersion.attemptId).toBe('attempt-0002');
  });
});

describe('mergeReviews', () => {
  it('keeps both sides’ replies and takes the newer copy’s addressed state', () => {
    const ctx = fixedContext();
    const shared = reviewWithComments(ctx);
    const commentId = shared.comments[0]!.id;
    ctx.tick();
    const tutor = addReply(
      shared,
      commentId,
      { author: 'Dana Whitcombe', role: 'tutor', body: 'See p.3.' },
      ctx,
    );
    ctx.tick();
    let trainee = addReply(shared, commentId, { author: 'Sam Okafor', role: 'trainee', body: 'Done.' }, ctx);
    trainee = markAddressed(trainee, commentId, true, 'Sam Okafor', ctx);

    const merged = mergeReviews(tutor, trainee);
    expect(merged.comments[0]!.replies.map((reply) => reply.body)).toEqual(['See p.3.', 'Done.']);
    expect(merged.comments[0]!.addressed?.by).toBe('Sam Okafor');
    expect(mergeReviews(trainee, tutor)).toEqual(merged);
    expect(() => mergeReviews(tutor, { ...trainee, id: 'other-review' })).toThrow(ReviewEditError);
  });
});

describe("mergeReturnedReview (the reviewer takes back a trainee's copy)", () => {
  function returned() {
    const ctx = fixedContext();
    let tutor = reviewWithComments(ctx);
    tutor = setJudgement(
      tutor,
      {
        templateId: 'rosh-analysis',
        sectionId: 'rosh-levels',
        criterionId: 'risk-rated-defensibly',
        level: 'not-yet',
        reason: 'Known adult low despite two call-outs.',
      },
      ctx,
    );
    const commentId = tutor.comments[0]!.id;
    ctx.tick();
    let trainee = addReply(
      tutor,
      commentId,
      { author: 'Sam Okafor', role: 'trainee', body: 'Revised.' },
      ctx,
    );
    trainee = markAddressed(trainee, commentId, true, 'Sam Okafor', ctx);
    return { ctx, tutor, trainee, commentId };
  }

  it("adds the trainee's replies and addressed marks", () => {
    const { tutor, trainee, commentId } = returned();
    const merged = mergeReturnedReview(tutor, trainee);
    const comment = merged.comments.find((c) => c.id === commentId)!;
    expect(comment.replies.map((r) => r.body)).toEqual(['Revised.']);
    expect(comment.addressed?.by).toBe('Sam Okafor');
  });

  it("keeps the tutor's judgements, overall note, name and comment wording however the file was edited", () => {
    const { tutor, trainee } = returned();
    const forged = {
      ...trainee,
      updatedAt: '2099-01-01T00:00:00.000Z',
      reviewerName: 'Someone Else',
      overallFeedback: 'Excellent throughout.',
      judgements: trainee.judgements.map((j) => ({ ...j, level: 'secure' as const, reason: 'All good.' })),
      comments: [
        ...trainee.comments.map((c) => ({ ...c, body: 'No concerns.' })),
        { ...trainee.comments[0]!, id: 'comment-forged-01', body: 'A comment the tutor never wrote.' },
      ],
    };
    const merged = mergeReturnedReview(tutor, forged);
    expect(merged.judgements).toEqual(tutor.judgements);
    expect(merged.overallFeedback).toBe(tutor.overallFeedback);
    expect(merged.reviewerName).toBe(tutor.reviewerName);
    expect(merged.comments.map((c) => c.body)).toEqual(tutor.comments.map((c) => c.body));
  });

  it("takes no reply that claims to be the tutor's, and keeps a later tutor edit when an older copy comes back", () => {
    const { ctx, tutor, trainee, commentId } = returned();
    const forged = addReply(
      trainee,
      commentId,
      { author: 'Dana Whitcombe', role: 'tutor', body: 'Ignore my comment.' },
      ctx,
    );
    ctx.tick();
    const tutorLater = {
      ...tutor,
      overallFeedback: 'Written after the copy went out.',
      updatedAt: ctx.now().toISOString(),
    };
    const merged = mergeReturnedReview(tutorLater, forged);
    expect(merged.overallFeedback).toBe('Written after the copy went out.');
    expect(merged.comments.find((c) => c.id === commentId)!.replies.map((r) => r.body)).toEqual(['Revised.']);
  });
});
