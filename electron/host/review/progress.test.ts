import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attempt } from '@shared/model/attempt';
import { questionCounts, ruleResultsFor } from '@shared/review/progress';
import { addComment, createReview, setJudgement } from '@shared/review/threads';
import { builtinTemplates } from '@shared/templates/builtin';
import { openStorage } from '../storage/storage';
import { testHostDeps } from '../storage/testing';
import { hosts, person, startAttempt } from './__fixtures__/two-hosts';
import type { Person } from './__fixtures__/two-hosts';

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

type Listed = {
  attempts: Array<{
    entry: {
      id: string;
      status: string;
      summary: {
        totalMs: number;
        msByTemplate: Record<string, number>;
        questions: number | null;
        warnings: number | null;
        reviews: { reviews: number; criteria: Record<string, Record<string, number | string>> } | null;
      };
    };
    traineeName: string | null;
  }>;
};

const listProgress = (someone: Person) => someone.call<Listed>('listProgress', {});
/** The index as it stands, before the progress service fills anything in. */
const indexed = async (someone: Person, id: string) =>
  (await someone.call<{ entries: Listed['attempts'][number]['entry'][] }>('listAttempts', {})).entries.find(
    (entry) => entry.id === id,
  )!.summary;

/** What the index file on disk says of an attempt's summary. */
function summaryOnDisk(dataDir: string, id: string): Record<string, unknown> | undefined {
  const index = JSON.parse(fs.readFileSync(path.join(dataDir, 'library.json'), 'utf8')) as {
    entries: Array<{ id: string; summary?: Record<string, unknown> }>;
  };
  return index.entries.find((entry) => entry.id === id)?.summary;
}

async function judged(trainee: Person, attempt: Attempt): Promise<void> {
  const ctx = { now: trainee.now, newId: trainee.ids };
  const review = setJudgement(
    createReview(attempt, 'Dana Whitcombe', ctx),
    {
      templateId: 'rosh-analysis',
      sectionId: 'offence',
      criterionId: 'evidence-used',
      level: 'developing',
      reason: 'Account not tested.',
    },
    ctx,
  );
  await trainee.call('saveReview', { review });
}

/** The counts the engine gives for an attempt's answers, worked out here independently of the host. */
const engineCounts = (attempt: Attempt) => questionCounts(ruleResultsFor(attempt, builtinTemplates));

describe('the progress summaries kept in the library index', () => {
  it('keeps them in step with each save and each review, and lists them without opening files', async () => {
    const trainee = await person('Sam Okafor', 'sam');
    const attempt = await startAttempt(trainee);
    // Counts the renderer sends that the engine would not give for these answers: the list must be the
    // index's, not worked out again from the file.
    await trainee.call('saveAttempt', {
      attempt: {
        ...attempt,
        timing: { ...attempt.timing, totalMs: 600_000, perSectionMs: { 'rosh-analysis/offence': 600_000 } },
      },
      progress: 1,
      questions: 7,
      warnings: 2,
    });
    let [listed] = (await listProgress(trainee)).attempts;
    expect(listed!.entry.summary).toMatchObject({
      totalMs: 600_000,
      msByTemplate: { 'rosh-analysis': 600_000 },
      questions: 7,
      warnings: 2,
    });
    expect(listed!.traineeName).toBeNull();

    await judged(trainee, attempt);
    expect((await indexed(trainee, attempt.id)).reviews).toMatchObject({ reviews: 1 });
    [listed] = (await listProgress(trainee)).attempts;
    expect(listed!.entry.summary.reviews).toMatchObject({
      reviews: 1,
      criteria: { 'evidence-used': { 'not-yet': 0, developing: 1, secure: 0 } },
    });

    // The next save keeps the review levels and takes the new counts.
    const saved = await trainee.call<Attempt>('getAttempt', { id: attempt.id });
    await trainee.call('saveAttempt', { attempt: saved, progress: 1, questions: 1, warnings: 0 });
    expect(await indexed(trainee, attempt.id)).toMatchObject({ questions: 1, reviews: { reviews: 1 } });
    [listed] = (await listProgress(trainee)).attempts;
    expect(listed!.entry.summary).toMatchObject({ questions: 1, reviews: { reviews: 1 } });

    await hosts.splice(0)[0]!.close();
    expect(summaryOnDisk(trainee.dataDir, attempt.id)).toMatchObject({ questions: 1, totalMs: 600_000 });
  });

  it('works them out again from the files when the index is rebuilt, once, and keeps them', async () => {
    const trainee = await person('Sam Okafor', 'sam');
    const attempt = await startAttempt(trainee);
    await trainee.call('saveAttempt', {
      attempt: await trainee.call<Attempt>('getAttempt', { id: attempt.id }),
      progress: 1,
      questions: 9,
      warnings: 9,
    });
    await judged(trainee, attempt);
    await hosts.splice(0)[0]!.close();
    // Lost index and every copy of it: start-up rebuilds the list from the attempt files alone.
    fs.rmSync(path.join(trainee.dataDir, 'library.json'));
    fs.rmSync(path.join(trainee.dataDir, 'backups', '_library'), { recursive: true, force: true });

    const again = await person('Sam Okafor', 'sam2', trainee.dataDir);
    const [listed] = (await listProgress(again)).attempts;
    const onFile = await again.call<Attempt>('getAttempt', { id: attempt.id });
    expect(listed!.entry.summary).toMatchObject({
      ...engineCounts(onFile),
      totalMs: onFile.timing.totalMs,
      reviews: { reviews: 1, criteria: { 'evidence-used': { developing: 1 } } },
    });
    // Not the 9 the lost index held: that described nothing on disk any more.
    expect(listed!.entry.summary.questions).not.toBe(9);
    await hosts.splice(0)[0]!.close();
    expect(summaryOnDisk(trainee.dataDir, attempt.id)).toMatchObject({
      questions: engineCounts(onFile).questions,
      reviews: { reviews: 1 },
    });
  });

  it('fills the summaries an index written before them lacks', async () => {
    const trainee = await person('Sam Okafor', 'sam');
    const attempt = await startAttempt(trainee);
    await hosts.splice(0)[0]!.close();
    const file = path.join(trainee.dataDir, 'library.json');
    const index = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: Array<Record<string, unknown>> };
    for (const entry of index.entries) delete entry.summary;
    fs.writeFileSync(file, JSON.stringify(index));

    const again = await person('Sam Okafor', 'sam2', trainee.dataDir);
    const { attempts } = await listProgress(again);
    expect(attempts.map((listed) => listed.entry.id)).toEqual([attempt.id]);
    expect(attempts[0]!.entry.summary).toMatchObject({
      ...engineCounts(attempt),
      totalMs: attempt.timing.totalMs,
      reviews: { reviews: 0 },
    });
  });

  it('counts each attempt’s review comments for the home list from the index, and follows a deletion', async () => {
    const tutor = await person('Dana Whitcombe', 'dana');
    const attempt = await startAttempt(tutor);
    const other = await startAttempt(tutor);
    const ctx = { now: tutor.now, newId: tutor.ids };
    const review = addComment(
      createReview(attempt, 'Dana Whitcombe', ctx),
      {
        anchor: { templateId: 'rosh-analysis', itemId: 'persons-account' },
        author: 'Dana Whitcombe',
        body: 'Test this against the police summary.',
      },
      ctx,
    );
    await tutor.call('saveReview', { review });
    type Summaries = { summaries: Array<{ attemptId: string; summary: { comments: number } }> };
    const comments = async () =>
      Object.fromEntries(
        (await tutor.call<Summaries>('listReviewSummaries', {})).summaries.map((s) => [
          s.attemptId,
          s.summary.comments,
        ]),
      );
    expect(await comments()).toEqual({ [attempt.id]: 1, [other.id]: 0 });
    await tutor.call('deleteReview', { id: review.id });
    expect(await comments()).toEqual({ [attempt.id]: 0, [other.id]: 0 });
  });

  it('keeps no counts worked out from a version a save has since replaced', async () => {
    const deps = testHostDeps();
    const storage = await openStorage(deps, { fsyncFolders: false });
    try {
      const created = await storage.createAttempt({
        title: 'Practice on a fictional case',
        caseId: null,
        templateIds: ['reflective-log'],
        templateVersions: { 'reflective-log': 1 },
        releasedDocumentIds: [],
      });
      const read = await storage.getAttempt(created.id);
      deps.clock.advance(1_000);
      await storage.saveAttempt({ attempt: read, progress: 0.5, questions: 2, warnings: 0 });
      // Worked out from the version read before that save: it must not replace the save's counts.
      storage.updateSummary(created.id, { questions: 5, warnings: 5 }, read);
      expect(storage.listAttempts()[0]!.summary).toMatchObject({ questions: 2, warnings: 0 });
      const current = await storage.getAttempt(created.id);
      storage.updateSummary(created.id, { questions: 3 }, current);
      expect(storage.listAttempts()[0]!.summary).toMatchObject({ questions: 3 });
    } finally {
      await storage.close();
    }
  });
});
