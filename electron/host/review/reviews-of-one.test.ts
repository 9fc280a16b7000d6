import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attempt } from '@shared/model/attempt';
import type { Notice } from '@shared/model/notices';
import type { Review } from '@shared/review/schema';
import { addComment, createReview } from '@shared/review/threads';
import { hosts, person, startAttempt } from './__fixtures__/two-hosts';
import type { Person } from './__fixtures__/two-hosts';

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

type Listed = { reviews: Review[]; notices: Notice[] };

async function reviewed(trainee: Person, attempt: Attempt, comment: string): Promise<Review> {
  const ctx = { now: trainee.now, newId: trainee.ids };
  const review = addComment(
    createReview(attempt, 'Dana Whitcombe', ctx),
    {
      anchor: { templateId: 'rosh-analysis', itemId: 'persons-account' },
      body: comment,
      author: 'Dana Whitcombe',
    },
    ctx,
  );
  await trainee.call('saveReview', { review });
  return review;
}

/** Closes the running copy of the app, its index written. */
async function stop(): Promise<void> {
  for (const host of hosts.splice(0)) await host.close();
}

/** A trainee with one attempt and one review of it, the app then stopped. */
async function reviewedThenStopped(): Promise<{ trainee: Person; mine: Attempt; first: Review }> {
  const trainee = await person('Sam Okafor', 'sam');
  const mine = await startAttempt(trainee);
  const first = await reviewed(trainee, mine, 'First review.');
  await stop();
  return { trainee, mine, first };
}

const reviewFile = (dataDir: string, id: string) => path.join(dataDir, 'reviews', `${id}.json`);

describe('the review screen of one attempt', () => {
  it('reads only the reviews its summary names: a damaged review of another attempt is not touched', async () => {
    const trainee = await person('Sam Okafor', 'sam');
    const mine = await startAttempt(trainee);
    const other = await startAttempt(trainee);
    const kept = await reviewed(trainee, mine, 'The account of the offence is not tested.');
    const elsewhere = await reviewed(trainee, other, 'A different attempt.');
    await stop();
    const again = await person('Sam Okafor', 'sam2', trainee.dataDir);
    fs.writeFileSync(reviewFile(trainee.dataDir, elsewhere.id), '{ not json');

    const listed = await again.call<Listed>('listReviews', { attemptId: mine.id });
    expect(listed.reviews.map((review) => review.id)).toEqual([kept.id]);
    expect(listed.reviews[0]!.comments.map((c) => c.body)).toEqual([
      'The account of the offence is not tested.',
    ]);
    expect(listed.notices).toEqual([]);
    expect(fs.readFileSync(reviewFile(trainee.dataDir, elsewhere.id), 'utf8')).toBe('{ not json');

    // Control: reading every review (the other attempt's screen, the home lists' fallbacks) finds the damage
    // and sets the file aside with a notice, putting its last snapshot in its place, as it always has.
    const all = await again.call<Listed>('listReviews', {});
    expect(all.notices.map((notice) => notice.message).join(' ')).toMatch(/damaged/);
    expect(fs.readFileSync(reviewFile(trainee.dataDir, elsewhere.id), 'utf8')).not.toBe('{ not json');
  }, 30_000);

  it('still shows a review saved just before the app stopped, which no summary names yet', async () => {
    const { trainee, mine, first } = await reviewedThenStopped();
    // A second review whose file was written but whose index update never was (the index write follows
    // the save by a moment).
    const late = { ...first, id: 'review-written-late' };
    fs.writeFileSync(reviewFile(trainee.dataDir, late.id), JSON.stringify(late));
    const again = await person('Sam Okafor', 'sam2', trainee.dataDir);

    const listed = await again.call<Listed>('listReviews', { attemptId: mine.id });
    expect(listed.reviews.map((review) => review.id).sort()).toEqual([first.id, late.id].sort());
  }, 30_000);

  it('with a summary from before the ids were kept, reads every review as it used to', async () => {
    const { trainee, mine, first } = await reviewedThenStopped();
    const indexFile = path.join(trainee.dataDir, 'library.json');
    const index = JSON.parse(fs.readFileSync(indexFile, 'utf8')) as {
      entries: Array<{ summary?: { reviews?: { ids?: string[] } | null } }>;
    };
    for (const entry of index.entries) delete entry.summary?.reviews?.ids;
    fs.writeFileSync(indexFile, JSON.stringify(index));
    const again = await person('Sam Okafor', 'sam2', trainee.dataDir);
    const listed = await again.call<Listed>('listReviews', { attemptId: mine.id });
    expect(listed.reviews.map((review) => review.id)).toEqual([first.id]);
  }, 30_000);
});
