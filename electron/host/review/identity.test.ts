import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attempt } from '@shared/model/attempt';
import type { Review } from '@shared/review/schema';
import { createReview, setJudgement } from '@shared/review/threads';
import { tempDataDir } from '../storage/testing';
import { hosts, person, startAttempt } from './__fixtures__/two-hosts';

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

/** Sam's work at the tutor's, reviewed; and Mallory, another trainee, with a file of her own to tamper with. */
async function tutorHoldingSamsReview() {
  const sam = await person('Sam Okafor', 'sam');
  const mallory = await person('Mallory Vance', 'mallory');
  const tutor = await person('Dana Whitcombe', 'dana');
  const dir = tempDataDir('identity');
  const samsWork = await startAttempt(sam);
  sam.dialogs.save = path.join(dir, 'sam.casework');
  await sam.call('exportReviewFile', { attemptId: samsWork.id });
  tutor.dialogs.open = sam.dialogs.save;
  const copy = (await tutor.call<{ attempt: Attempt }>('importReviewFile', {})).attempt;
  const ctx = { now: tutor.now, newId: tutor.ids };
  const review = setJudgement(
    createReview(copy, 'Dana Whitcombe', ctx),
    {
      templateId: 'rosh-analysis',
      sectionId: 'offence',
      criterionId: 'evidence-used',
      level: 'not-yet',
      reason: 'Untested.',
    },
    ctx,
  );
  await tutor.call('saveReview', { review });

  const started = await startAttempt(mallory);
  // Mallory's own words, so her work is not Sam's.
  await mallory.call('saveAttempt', {
    attempt: {
      ...started,
      answers: {
        ...started.answers,
        'rosh-analysis': { ...started.answers['rosh-analysis'], 'persons-account': 'Mallory’s own account.' },
      },
    },
    progress: 1,
  });
  const mallorysWork = await mallory.call<Attempt>('getAttempt', { id: started.id });
  mallory.dialogs.save = path.join(dir, 'mallory.casework');
  await mallory.call('exportReviewFile', { attemptId: mallorysWork.id });
  const pkg = JSON.parse(fs.readFileSync(mallory.dialogs.save, 'utf8')) as {
    attempt: Attempt;
    reviews?: Review[];
  };
  const before = {
    copies: await tutor.call<{ copies: unknown[] }>('listImportedCopies', {}),
    reviews: await tutor.call<{ reviews: Review[] }>('listReviews', {}),
    attempts: await tutor.call<{ entries: unknown[] }>('listAttempts', {}),
  };
  const offer = (tampered: object) => {
    const file = path.join(dir, 'tampered.casework');
    fs.writeFileSync(file, JSON.stringify(tampered));
    tutor.dialogs.open = file;
    return tutor.attempt('importReviewFile', {});
  };
  return { tutor, samsWork, copy, review, pkg, before, offer };
}

describe('an imported file cannot take over another trainee’s work or a review held for someone else', () => {
  it('refuses a file that claims Sam’s attempt id and carries the tutor’s review of it, and changes nothing', async () => {
    const { tutor, samsWork, review, pkg, before, offer } = await tutorHoldingSamsReview();
    const forgedReview: Review = {
      ...review,
      judgements: review.judgements.map((j) => ({ ...j, level: 'secure', reason: 'Shown clearly.' })),
      reviewedVersion: { ...review.reviewedVersion, attemptId: samsWork.id },
      currentVersion: { ...review.currentVersion, attemptId: samsWork.id },
    };
    const answer = await offer({
      ...pkg,
      attempt: { ...pkg.attempt, id: samsWork.id },
      reviews: [forgedReview],
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringMatching(/review .*already here for other work/) },
    });
    expect(await tutor.call('listImportedCopies', {})).toEqual(before.copies);
    expect(await tutor.call('listReviews', {})).toEqual(before.reviews);
    expect(await tutor.call('listAttempts', {})).toEqual(before.attempts);
  });

  it('keeps a file from another trainee that claims Sam’s attempt id as a new copy that supersedes nothing', async () => {
    const { tutor, samsWork, copy, pkg, offer } = await tutorHoldingSamsReview();
    const answer = await offer({ ...pkg, attempt: { ...pkg.attempt, id: samsWork.id } });
    expect(answer).toMatchObject({ ok: true, value: { imported: true, newCopy: true, supersedes: null } });
    const { reviews } = await tutor.call<{ reviews: Review[] }>('listReviews', { attemptId: copy.id });
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.currentVersion.attemptId).toBe(copy.id);
  });
});
