import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attempt } from '@shared/model/attempt';
import type { Review } from '@shared/review/schema';
import { addComment, createReview } from '@shared/review/threads';
import { tempDataDir } from '../storage/testing';
import { hosts, person, startAttempt } from './__fixtures__/two-hosts';

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

type Listed = { entries: Array<{ id: string; title: string }> };

/** A second attempt with other words in one answer, so the two are different work. */
async function startOtherAttempt(who: Awaited<ReturnType<typeof person>>): Promise<Attempt> {
  const attempt = await startAttempt(who);
  const answers = structuredClone(attempt.answers);
  answers['rosh-analysis']!['persons-account'] = 'A second go: the account of the night, in other words.';
  await who.call('saveAttempt', { attempt: { ...attempt, answers }, progress: 1 });
  return who.call<Attempt>('getAttempt', { id: attempt.id });
}

describe('"Export all my work" and bringing it back on another computer', () => {
  it('carries every attempt of one’s own with its reviews, and importing twice adds nothing twice', async () => {
    const sam = await person('Sam Okafor', 'sam');
    const first = await startAttempt(sam);
    const second = await startOtherAttempt(sam);
    const ctx = { now: sam.now, newId: sam.ids };
    const review: Review = addComment(
      createReview(first, 'Sam Okafor', ctx),
      {
        anchor: { templateId: 'rosh-analysis', itemId: 'persons-account' },
        author: 'Sam Okafor',
        body: 'Come back to the neighbour’s account.',
      },
      ctx,
    );
    await sam.call('saveReview', { review });
    const file = path.join(tempDataDir('archive'), 'All my work.casework-all');
    sam.dialogs.save = file;
    expect(await sam.call('exportAllWork', {})).toMatchObject({ saved: true, attempts: 2 });

    // The new computer: an empty library.
    const later = await person('Sam Okafor', 'sam-new-laptop');
    later.dialogs.open = file;
    expect(await later.call('importAllWork', {})).toEqual({
      imported: true,
      fileName: 'All my work.casework-all',
      added: 2,
      alreadyHere: 0,
      reviewsAdded: 1,
    });
    const { entries } = await later.call<Listed>('listAttempts', {});
    expect(entries).toHaveLength(2);
    const restored = await Promise.all(
      entries.map((entry) => later.call<Attempt>('getAttempt', { id: entry.id })),
    );
    const words = (a: Attempt) => a.answers['rosh-analysis']!['persons-account'];
    expect(restored.map(words).sort()).toEqual([words(first), words(second)].sort());
    // Restored as one's own work, not as a copy of someone else's.
    expect(await later.call('listImportedCopies', {})).toEqual({ copies: [] });
    const { reviews } = await later.call<{ reviews: Review[] }>('listReviews', {});
    expect(reviews).toHaveLength(1);
    expect(entries.map((e) => e.id)).toContain(reviews[0]!.currentVersion.attemptId);

    expect(await later.call('importAllWork', {})).toMatchObject({
      added: 0,
      alreadyHere: 2,
      reviewsAdded: 0,
    });
    expect((await later.call<Listed>('listAttempts', {})).entries).toHaveLength(2);
  });

  it('refuses a file with one bad piece and changes nothing (negative control: the same file unaltered imports)', async () => {
    const sam = await person('Sam Okafor', 'sam');
    await startAttempt(sam);
    await startOtherAttempt(sam);
    const file = path.join(tempDataDir('archive'), 'work.casework-all');
    sam.dialogs.save = file;
    await sam.call('exportAllWork', {});
    const archive = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      packages: Array<{ attempt: { title: string } }>;
    };
    archive.packages[1]!.attempt.title = 'Hidden \u0007 bell';
    const tampered = path.join(path.dirname(file), 'tampered.casework-all');
    fs.writeFileSync(tampered, JSON.stringify(archive));

    const other = await person('Sam Okafor', 'other');
    other.dialogs.open = tampered;
    const refused = await other.attempt('importAllWork', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    expect(JSON.stringify(refused)).toMatch(/Piece of work 2/);
    expect((await other.call<Listed>('listAttempts', {})).entries).toHaveLength(0);

    other.dialogs.open = file;
    expect(await other.call('importAllWork', {})).toMatchObject({ added: 2 });
  });

  it('says a single shared file is not an export of all work', async () => {
    const sam = await person('Sam Okafor', 'sam');
    const own = await startAttempt(sam);
    const file = path.join(tempDataDir('archive'), 'one.casework');
    sam.dialogs.save = file;
    await sam.call('exportReviewFile', { attemptId: own.id });
    sam.dialogs.open = file;
    expect(await sam.attempt('importAllWork', {})).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not an export of all work/) },
    });
  });
});
