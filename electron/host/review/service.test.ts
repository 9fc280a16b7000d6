import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attempt } from '@shared/model/attempt';
import { anchorComment } from '@shared/review/anchors';
import type { Review } from '@shared/review/schema';
import { addComment, addReply, createReview, markAddressed, setJudgement } from '@shared/review/threads';
import { tempDataDir } from '../storage/testing';
import { hosts, person, sendReviewFile, startAttempt } from './__fixtures__/two-hosts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/exchange/fixtures');
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

const exchangeDir = () => tempDataDir('exchange');

describe('sending work for review and feedback back, between two copies of the app', () => {
  it('keeps the thread whole: trainee exports, tutor imports and comments, trainee imports, replies and sends back', async () => {
    const trainee = await person('Sam Okafor', 'sam');
    const tutor = await person('Dana Whitcombe', 'dana');
    const own = await startAttempt(trainee);
    const dir = exchangeDir();

    // 1. The trainee sends the attempt for review.
    trainee.dialogs.save = path.join(dir, 'for-review.casework');
    const sent = await trainee.call<{ saved: boolean; reviews: number }>('exportReviewFile', {
      attemptId: own.id,
    });
    expect(sent).toMatchObject({ saved: true, reviews: 0 });

    // 2. The tutor opens it: a new attempt in their library, linked to the trainee's id and name.
    tutor.dialogs.open = trainee.dialogs.save;
    const received = await tutor.call<{ attempt: Attempt; newCopy: boolean; traineeName: string }>(
      'importReviewFile',
      {},
    );
    expect(received).toMatchObject({ newCopy: true, traineeName: 'Sam Okafor' });
    expect(received.attempt.id).not.toBe(own.id);
    expect(received.attempt.answers).toEqual(own.answers);
    const { copies } = await tutor.call<{ copies: Array<{ id: string; originalAttemptId: string }> }>(
      'listImportedCopies',
      {},
    );
    expect(copies).toEqual([expect.objectContaining({ id: received.attempt.id, originalAttemptId: own.id })]);

    // 3. The tutor comments on a passage, judges a section and sends the feedback.
    const ctx = { now: tutor.now, newId: tutor.ids };
    const text = received.attempt.answers['rosh-analysis']!['persons-account'] as string;
    const at = text.indexOf('she fell');
    let review = createReview(received.attempt, 'Dana Whitcombe', ctx);
    review = addComment(
      review,
      {
        anchor: { templateId: 'rosh-analysis', itemId: 'persons-account' },
        passage: anchorComment(text, { start: at, end: at + 'she fell'.length }),
        author: 'Dana Whitcombe',
        body: 'What does the neighbour say?',
      },
      ctx,
    );
    review = setJudgement(
      review,
      {
        templateId: 'rosh-analysis',
        sectionId: 'offence',
        criterionId: 'evidence-used',
        level: 'developing',
        reason: 'Account not tested.',
      },
      ctx,
    );
    await tutor.call('saveReview', { review });
    tutor.dialogs.save = path.join(dir, 'feedback.casework');
    expect(await tutor.call('exportReviewFile', { attemptId: received.attempt.id })).toMatchObject({
      saved: true,
      reviews: 1,
    });

    // 4. The trainee opens the feedback: it lands on their own attempt, with no copy made.
    trainee.dialogs.open = tutor.dialogs.save;
    const back = await trainee.call<{ attempt: Attempt; newCopy: boolean; reviewsAdded: number }>(
      'importReviewFile',
      {},
    );
    expect(back).toMatchObject({ newCopy: false, reviewsAdded: 1 });
    expect(back.attempt.id).toBe(own.id);
    expect((await trainee.call<{ entries: unknown[] }>('listAttempts', {})).entries).toHaveLength(1);
    const { reviews: mine } = await trainee.call<{ reviews: Review[] }>('listReviews', { attemptId: own.id });
    expect(mine).toHaveLength(1);
    expect(mine[0]!.currentVersion).toEqual({
      attemptId: own.id,
      revision: own.revision,
      updatedAt: own.updatedAt,
    });
    expect(mine[0]!.comments[0]!.body).toBe('What does the neighbour say?');

    // 5. The trainee replies, marks it addressed and sends it back.
    const traineeCtx = { now: trainee.now, newId: trainee.ids };
    let answered = addReply(
      mine[0]!,
      mine[0]!.comments[0]!.id,
      { author: 'Sam Okafor', role: 'trainee', body: 'She says he pushed her.' },
      traineeCtx,
    );
    answered = markAddressed(answered, answered.comments[0]!.id, true, 'Sam Okafor', traineeCtx);
    await trainee.call('saveReview', { review: answered });
    trainee.dialogs.save = path.join(dir, 'reply.casework');
    await trainee.call('exportReviewFile', { attemptId: own.id });

    // 6. The tutor opens the reply: it joins their review of their copy.
    tutor.dialogs.open = trainee.dialogs.save;
    const reply = await tutor.call<{ attempt: Attempt; newCopy: boolean; reviewsUpdated: number }>(
      'importReviewFile',
      {},
    );
    expect(reply).toMatchObject({ newCopy: false, reviewsUpdated: 1 });
    expect(reply.attempt.id).toBe(received.attempt.id);
    const { reviews: tutorsNow } = await tutor.call<{ reviews: Review[] }>('listReviews', {
      attemptId: received.attempt.id,
    });
    expect(tutorsNow[0]!.comments[0]!.replies.map((r) => r.body)).toEqual(['She says he pushed her.']);
    expect(tutorsNow[0]!.comments[0]!.addressed?.by).toBe('Sam Okafor');
    expect((await tutor.call<{ entries: unknown[] }>('listAttempts', {})).entries).toHaveLength(1);

    // Opening the same file again changes nothing.
    expect(await tutor.call('importReviewFile', {})).toMatchObject({
      reviewsAdded: 0,
      reviewsUpdated: 0,
      newCopy: false,
    });
  });

  it('takes only replies and addressed marks from a returned file: an edited judgement or a future date changes nothing', async () => {
    const trainee = await person('Sam Okafor', 'sam');
    const tutor = await person('Dana Whitcombe', 'dana');
    const own = await startAttempt(trainee);
    const dir = exchangeDir();
    const received = await sendReviewFile<{ attempt: Attempt }>(
      trainee,
      tutor,
      own.id,
      path.join(dir, 'for-review.casework'),
    );
    const ctx = { now: tutor.now, newId: tutor.ids };
    let review = createReview(received.attempt, 'Dana Whitcombe', ctx);
    review = addComment(
      review,
      {
        anchor: { templateId: 'rosh-analysis', itemId: 'persons-account' },
        author: 'Dana Whitcombe',
        body: 'Tested?',
      },
      ctx,
    );
    review = setJudgement(
      review,
      {
        templateId: 'rosh-analysis',
        sectionId: 'offence',
        criterionId: 'evidence-used',
        level: 'not-yet',
        reason: 'Account not tested.',
      },
      ctx,
    );
    review = { ...review, overallFeedback: 'Test the account against the records.' };
    await tutor.call('saveReview', { review });
    await sendReviewFile(tutor, trainee, received.attempt.id, path.join(dir, 'feedback.casework'));
    const { reviews: mine } = await trainee.call<{ reviews: Review[] }>('listReviews', { attemptId: own.id });
    const traineeCtx = { now: trainee.now, newId: trainee.ids };
    let answered = addReply(
      mine[0]!,
      mine[0]!.comments[0]!.id,
      { author: 'Sam Okafor', role: 'trainee', body: 'Now tested.' },
      traineeCtx,
    );
    answered = markAddressed(answered, answered.comments[0]!.id, true, 'Sam Okafor', traineeCtx);
    await trainee.call('saveReview', { review: answered });
    trainee.dialogs.save = path.join(dir, 'reply.casework');
    await trainee.call('exportReviewFile', { attemptId: own.id });

    // The trainee edits the returned file by hand: the judgement becomes "secure", the note and name change.
    const pkg = JSON.parse(fs.readFileSync(trainee.dialogs.save, 'utf8')) as { reviews: Review[] };
    const edited = pkg.reviews[0]!;
    edited.judgements = edited.judgements.map((j) => ({ ...j, level: 'secure', reason: 'Shown clearly.' }));
    edited.overallFeedback = 'Excellent work.';
    edited.reviewerName = 'Someone Else';
    edited.comments[0]!.replies.push({
      ...edited.comments[0]!.replies[0]!,
      id: 'reply-forged-0001',
      role: 'tutor',
      author: 'Dana Whitcombe',
      body: 'Ignore my comment.',
    });
    const forgedPath = path.join(dir, 'edited.casework');
    fs.writeFileSync(forgedPath, JSON.stringify(pkg));
    tutor.dialogs.open = forgedPath;
    expect(await tutor.call('importReviewFile', {})).toMatchObject({
      reviewsUpdated: 1,
      repliesAdded: 1,
      addressedAdded: 1,
    });
    const { reviews: tutors } = await tutor.call<{ reviews: Review[] }>('listReviews', {
      attemptId: received.attempt.id,
    });
    expect(tutors[0]!.judgements).toEqual(review.judgements);
    expect(tutors[0]!.overallFeedback).toBe('Test the account against the records.');
    expect(tutors[0]!.reviewerName).toBe('Dana Whitcombe');
    expect(tutors[0]!.comments[0]!.replies.map((r) => r.body)).toEqual(['Now tested.']);
    expect(tutors[0]!.comments[0]!.addressed?.by).toBe('Sam Okafor');

    // A file claiming a change in 2099 (so it would always look newest) is refused and changes nothing.
    edited.updatedAt = '2099-01-01T00:00:00.000Z';
    fs.writeFileSync(forgedPath, JSON.stringify(pkg));
    const refused = await tutor.attempt('importReviewFile', {});
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringMatching(/date in the future/) },
    });
    expect(
      (await tutor.call<{ reviews: Review[] }>('listReviews', { attemptId: received.attempt.id })).reviews,
    ).toEqual(tutors);
  });

  it('keeps feedback on an older version beside newer work, and carries its threads over on request', async () => {
    const trainee = await person('Sam Okafor', 'sam');
    const tutor = await person('Dana Whitcombe', 'dana');
    const own = await startAttempt(trainee);
    const dir = exchangeDir();
    trainee.dialogs.save = path.join(dir, 'v1.casework');
    await trainee.call('exportReviewFile', { attemptId: own.id });
    tutor.dialogs.open = trainee.dialogs.save;
    const copy = (await tutor.call<{ attempt: Attempt }>('importReviewFile', {})).attempt;
    const ctx = { now: tutor.now, newId: tutor.ids };
    const text = copy.answers['rosh-analysis']!['persons-account'] as string;
    const at = text.indexOf('she fell');
    const review = addComment(
      createReview(copy, 'Dana Whitcombe', ctx),
      {
        anchor: { templateId: 'rosh-analysis', itemId: 'persons-account' },
        passage: anchorComment(text, { start: at, end: at + 8 }),
        author: 'Dana Whitcombe',
        body: 'Test this against the police summary.',
      },
      ctx,
    );
    await tutor.call('saveReview', { review });
    tutor.dialogs.save = path.join(dir, 'feedback.casework');
    await tutor.call('exportReviewFile', { attemptId: copy.id });

    // Meanwhile the trainee has kept working.
    const edited = structuredClone(own);
    edited.answers['rosh-analysis']!['persons-account'] = `Interview on 02/11/2026. ${text}`;
    await trainee.call('saveAttempt', { attempt: edited, progress: 1 });

    trainee.dialogs.open = tutor.dialogs.save;
    const back = await trainee.call<{ attempt: Attempt; newCopy: boolean; supersedes: string | null }>(
      'importReviewFile',
      {},
    );
    expect(back.newCopy).toBe(true);
    expect(back.supersedes).toBe(own.id);
    expect(back.attempt.answers['rosh-analysis']!['persons-account']).toBe(text);
    const current = await trainee.call<Attempt>('getAttempt', { id: own.id });
    expect(current.answers['rosh-analysis']!['persons-account']).toBe(`Interview on 02/11/2026. ${text}`);

    const carried = await trainee.call<{ review: Review; placements: Record<string, { status: string }> }>(
      'carryReview',
      {
        reviewId: review.id,
        attemptId: own.id,
      },
    );
    expect(carried.review.currentVersion.attemptId).toBe(own.id);
    expect(Object.values(carried.placements)).toEqual([expect.objectContaining({ status: 'found' })]);
    expect(
      (await trainee.call<{ reviews: Review[] }>('listReviews', { attemptId: own.id })).reviews,
    ).toHaveLength(1);
  });

  it('refuses a hostile file with the reason and changes nothing', async () => {
    const tutor = await person('Dana Whitcombe', 'dana');
    await startAttempt(tutor);
    const before = await tutor.call<{ entries: unknown[] }>('listAttempts', {});
    for (const [file, says] of [
      ['proto-key.casework', /__proto__: this key is not allowed/],
      ['truncated.casework', /incomplete/],
      ['review-for-other-attempt.casework', /different attempt/],
      ['not-ours-png.casework', /not a text file/],
    ] as const) {
      tutor.dialogs.open = path.join(fixtures, file);
      const result = await tutor.attempt('importReviewFile', {});
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-file');
        expect(result.error.message).toMatch(says);
        expect(result.error.message).toContain(`“${file}”`);
      }
    }
    expect(await tutor.call('listAttempts', {})).toEqual(before);
    expect(await tutor.call('listReviews', {})).toEqual({ reviews: [], notices: [] });
    expect(await tutor.call('listImportedCopies', {})).toEqual({ copies: [] });
  });

  it('opens the attempt attached to a PDF the app exported', { timeout: 120_000 }, async () => {
    const trainee = await person('Sam Okafor', 'sam');
    const tutor = await person('Dana Whitcombe', 'dana');
    const own = await startAttempt(trainee);
    trainee.dialogs.save = path.join(exchangeDir(), 'work.pdf');
    await trainee.call('exportAttemptPdf', { attemptId: own.id });
    tutor.dialogs.open = trainee.dialogs.save;
    const received = await tutor.call<{ attempt: Attempt; newCopy: boolean }>('importReviewFile', {});
    expect(received.newCopy).toBe(true);
    expect(received.attempt.answers).toEqual(own.answers);
  });

  it('opens a dropped file from its bytes with the same checks, and never reads a path', async () => {
    const tutor = await person('Dana Whitcombe', 'dana');
    const given = (file: string, displayName = file) => ({
      given: {
        displayName,
        contentBase64: fs.readFileSync(path.join(fixtures, file)).toString('base64'),
      },
    });
    const refused = await tutor.attempt('importReviewFile', given('proto-key.casework'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/^“proto-key\.casework”: .*__proto__/);
    expect(await tutor.call('listAttempts', {})).toEqual({ entries: [], complete: true, total: 0 });

    // Only the last part of a name is shown; the host opens no dialog and reads no file by that name.
    const opened = await tutor.call<{ attempt: Attempt; newCopy: boolean; fileName: string }>(
      'importReviewFile',
      given('valid-attempt.casework', '/etc/passwd/../work.casework'),
    );
    expect(opened).toMatchObject({ newCopy: true, fileName: 'work.casework' });
    expect((await tutor.call<{ entries: unknown[] }>('listAttempts', {})).entries).toHaveLength(1);

    const garbled = await tutor.attempt('importReviewFile', {
      given: { displayName: 'x.casework', contentBase64: '@@not base64@@' },
    });
    expect(garbled).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    const controlName = await tutor.attempt(
      'importReviewFile',
      given('truncated.casework', 'a\u202eb.casework'),
    );
    if (!controlName.ok) expect(controlName.error.message).toMatch(/^“The file”/);
    expect(controlName.ok).toBe(false);
  });

  // The PDF is made in the worker thread, which starts from source through tsx in tests: slow on a busy machine.
  it('writes a review as a PDF with its comments beside the answers', { timeout: 120_000 }, async () => {
    const tutor = await person('Dana Whitcombe', 'dana');
    const own = await startAttempt(tutor);
    const ctx = { now: tutor.now, newId: tutor.ids };
    const review = addComment(
      createReview(own, 'Dana Whitcombe', ctx),
      {
        anchor: { templateId: 'rosh-analysis', itemId: 'persons-account' },
        author: 'Dana Whitcombe',
        body: 'Test this against the police summary.',
      },
      ctx,
    );
    await tutor.call('saveReview', { review });
    expect(await tutor.call('exportReviewPdf', { reviewId: review.id })).toEqual({ saved: false });
    tutor.dialogs.save = path.join(exchangeDir(), 'review.pdf');
    const saved = await tutor.call<{ saved: true; pages: number; bytes: number }>('exportReviewPdf', {
      reviewId: review.id,
    });
    expect(saved.pages).toBeGreaterThan(1);
    const bytes = fs.readFileSync(tutor.dialogs.save);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBe(saved.bytes);
    const missing = await tutor.attempt('exportReviewPdf', { reviewId: 'no-such-review' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('answers a closed dialog as nothing done', async () => {
    const tutor = await person('Dana Whitcombe', 'dana');
    const own = await startAttempt(tutor);
    expect(await tutor.call('importReviewFile', {})).toEqual({ imported: false });
    expect(await tutor.call('exportReviewFile', { attemptId: own.id })).toEqual({ saved: false });
  });
});

describe('review files on disk', () => {
  it('refuses a review of an attempt that is not in the library', async () => {
    const tutor = await person('Dana Whitcombe', 'dana');
    const own = await startAttempt(tutor);
    const review = createReview({ ...own, id: 'missing-attempt-1' }, 'Dana', {
      now: tutor.now,
      newId: tutor.ids,
    });
    const result = await tutor.attempt('saveReview', { review });
    expect(result.ok === false && result.error.code).toBe('not-found');
  });

  it('sets a damaged review file aside and restores its last good copy, with a notice', async () => {
    const dataDir = tempDataDir('damage');
    const tutor = await person('Dana Whitcombe', 'dana', dataDir);
    const own = await startAttempt(tutor);
    const review = createReview(own, 'Dana Whitcombe', { now: tutor.now, newId: tutor.ids });
    await tutor.call('saveReview', { review });
    await hosts.splice(0).pop()!.close();

    fs.writeFileSync(path.join(dataDir, 'reviews', `${review.id}.json`), '{"schemaVersion": 1, "id": "trunc');
    const again = await person('Dana Whitcombe', 'dana2', dataDir);
    const listed = await again.call<{ reviews: Review[]; notices: Array<{ message: string }> }>(
      'listReviews',
      {},
    );
    expect(listed.reviews).toEqual([review]);
    expect(listed.notices[0]?.message).toMatch(
      /the review by Dana Whitcombe .* was damaged and has been set aside/,
    );
    expect(
      fs.readdirSync(path.join(dataDir, 'quarantine')).some((name) => name.includes(`reviews_${review.id}`)),
    ).toBe(true);
  });

  it('leaves a review written by a newer version where it is and does not list it', async () => {
    const dataDir = tempDataDir('newer');
    const tutor = await person('Dana Whitcombe', 'dana', dataDir);
    const own = await startAttempt(tutor);
    const review = createReview(own, 'Dana Whitcombe', { now: tutor.now, newId: tutor.ids });
    await tutor.call('saveReview', { review });
    await hosts.splice(0).pop()!.close();
    const file = path.join(dataDir, 'reviews', `${review.id}.json`);
    fs.writeFileSync(file, JSON.stringify({ ...review, schemaVersion: 2 }));
    const again = await person('Dana Whitcombe', 'dana2', dataDir);
    const listed = await again.call<{ reviews: Review[]; notices: Array<{ message: string }> }>(
      'listReviews',
      {},
    );
    expect(listed.reviews).toEqual([]);
    expect(listed.notices[0]?.message).toMatch(/newer version/);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).schemaVersion).toBe(2);
  });
});
