import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attempt } from '@shared/model/attempt';
import type { Review } from '@shared/review/schema';
import { addComment, createReview } from '@shared/review/threads';
import { pdfWorkerEntry } from '../pdf/pdf-runner';
import { tempDataDir } from '../storage/testing';
import { hosts, person, startAttempt } from './__fixtures__/two-hosts';

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

const long = (n: number) =>
  `Comment ${n}: ${'Test this part of the account against the police summary and say what it changes. '.repeat(18)}`;

describe('the review PDF runs off the host thread, within bounds', { timeout: 300_000 }, () => {
  it('a review with 2,000 long comments ends in "too large" while saves go on being acknowledged', async () => {
    const tutor = await person('Dana Whitcombe', 'dana', tempDataDir('dana'), {
      // A small heap and a short time limit so the test reaches a bound quickly (near its heap limit V8 can
      // collect for a long time before giving up); the app's own limits are larger. Either bound answers
      // "too large".
      pdfWorker: {
        entry: pdfWorkerEntry(),
        limits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 8, timeoutMs: 45_000 },
      },
    });
    const own = await startAttempt(tutor);
    const ctx = { now: tutor.now, newId: tutor.ids };
    const anchor = { templateId: 'rosh-analysis', itemId: 'persons-account' };
    tutor.dialogs.save = path.join(tempDataDir('exchange'), 'review.pdf');

    // Control: a review of ordinary size exports under the same limits, so the failure below is the size.
    const small = addComment(
      createReview(own, 'Dana Whitcombe', ctx),
      { anchor, author: 'Dana Whitcombe', body: long(0) },
      ctx,
    );
    await tutor.call('saveReview', { review: small });
    const fine = await tutor.call<{ saved: boolean; pages: number }>('exportReviewPdf', {
      reviewId: small.id,
    });
    expect(fine).toMatchObject({ saved: true });

    let big: Review = small;
    for (let n = 1; n < 2000; n += 1)
      big = addComment(big, { anchor, author: 'Dana Whitcombe', body: long(n) }, ctx);
    expect(big.comments).toHaveLength(2000);
    await tutor.call('saveReview', { review: big });

    let exportSettled = false;
    const exporting = tutor.attempt('exportReviewPdf', { reviewId: big.id });
    void exporting.then(() => (exportSettled = true));
    // The worker is already running (the export above), so the big document is being built while this
    // save goes to the host; rendered on the host's own thread, the save would wait for the whole export.
    const current = await tutor.call<Attempt>('getAttempt', { id: own.id });
    await tutor.call('saveAttempt', {
      attempt: { ...current, title: 'Renamed during the export' },
      progress: 1,
    });
    expect(exportSettled).toBe(false);

    const result = await exporting;
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    // The host is still here, with the save, and the next export works.
    expect((await tutor.call<Attempt>('getAttempt', { id: own.id })).title).toBe('Renamed during the export');
    await expect(tutor.call('exportAttemptPdf', { attemptId: own.id })).resolves.toMatchObject({
      saved: true,
    });
  });
});
