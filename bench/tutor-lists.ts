/**
 * A tutor's lists at the sizes, through the host's handler table as the renderer calls them: a
 * library of 500 attempts of which 200 are imported copies (each with its where-it-came-from record) and
 * 500 reviews, each with a comment. Timed: the home list (listAttempts and listImportedCopies, which the
 * home screen asks for together) and the review list (listReviewSummaries: the comment counts the home's
 * review list shows, from the summaries kept in the library index), on a freshly opened host and again
 * warm; and, for comparison, listReviews, which reads and checks every review file the first time. The cohort screen has its own figures (bench/cohort.ts).
 * Host time only: the renderer's drawing of these lists is the listing bench's (bench/ui.ts).
 *
 * Run: npx tsx bench/tutor-lists.ts
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createFileStore } from '@host/storage/file-store';
import { createImportedCopyStore } from '@host/review/imported-copies';
import { IMPORTED_COPY_SCHEMA_VERSION } from '@shared/exchange';
import type { Attempt } from '@shared/model/attempt';
import { addComment, createReview } from '@shared/review/threads';
import { copyDataDir, preparedLibrary, storageDeps } from './lib/attempts';
import { msSince, summarise } from './lib/stats';
import type { Summary } from './lib/stats';
import { call, openHost } from './lib/host';

export interface TutorListCosts {
  attempts: number;
  imported: number;
  reviews: number;
  homeFirst: number;
  home: Summary;
  reviewsFirst: number;
  reviewList: Summary;
  /** The first review screen of a session: one attempt's reviews (`listReviews` with its id). */
  reviewScreenFirst: number;
  /** Review screens of other attempts after it, one each. */
  reviewScreen: Summary;
  /** listReviews of every review, the first time: it reads and checks every review file. */
  fullReviewsFirst: number;
}

const ATTEMPTS = 500;
const IMPORTED = 200;

export async function measureTutorLists(runs = 7): Promise<TutorListCosts> {
  const library = await preparedLibrary(ATTEMPTS);
  const dataDir = copyDataDir(library.dataDir, 'tutor');
  try {
    const seeding = await openHost(dataDir);
    const deps = storageDeps(dataDir);
    const copies = createImportedCopyStore({
      dataDir,
      createStore: createFileStore,
      now: deps.now,
      newId: deps.newId,
      log: () => undefined,
      fsyncFolders: false,
    });
    const ctx = { now: () => new Date(), newId: deps.newId };
    for (const [n, id] of library.ids.entries()) {
      const attempt = await call<Attempt>(seeding, 'getAttempt', { id });
      if (n < IMPORTED)
        await copies.save({
          schemaVersion: IMPORTED_COPY_SCHEMA_VERSION,
          id,
          originalAttemptId: `original-${String(n).padStart(4, '0')}`,
          traineeName: `Trainee ${n % 40}`,
          importedAt: new Date().toISOString(),
          fileName: `Practice ${n}.casework`,
        });
      const review = addComment(
        createReview(attempt, 'Dana Whitcombe', ctx),
        {
          anchor: { templateId: 'rosh-analysis', itemId: 'persons-account' },
          author: 'Dana Whitcombe',
          body: 'Test this against the police summary.',
        },
        ctx,
      );
      await call(seeding, 'saveReview', { review });
    }
    await seeding.close();

    const host = await openHost(dataDir);
    try {
      const home = async () => {
        const started = process.hrtime.bigint();
        const [listed, imported] = await Promise.all([
          call<{ entries: unknown[] }>(host, 'listAttempts', {}),
          call<{ copies: unknown[] }>(host, 'listImportedCopies', {}),
        ]);
        if (listed.entries.length !== ATTEMPTS || imported.copies.length !== IMPORTED)
          throw new Error('the tutor library was not seeded as expected');
        return msSince(started);
      };
      const reviewList = async () => {
        const started = process.hrtime.bigint();
        const { summaries } = await call<{ summaries: Array<{ summary: { comments: number } }> }>(
          host,
          'listReviewSummaries',
          {},
        );
        if (summaries.filter((s) => s.summary.comments === 1).length !== ATTEMPTS)
          throw new Error('the reviews were not seeded as expected');
        return msSince(started);
      };
      const reviewScreen = async (id: string) => {
        const started = process.hrtime.bigint();
        const { reviews } = await call<{ reviews: unknown[] }>(host, 'listReviews', { attemptId: id });
        if (reviews.length !== 1) throw new Error('the reviews were not seeded as expected');
        return msSince(started);
      };
      const homeFirst = await home();
      const reviewsFirst = await reviewList();
      const reviewScreenFirst = await reviewScreen(library.ids[ATTEMPTS / 2]!);
      const screenRuns: number[] = [];
      for (let run = 0; run < runs; run += 1) screenRuns.push(await reviewScreen(library.ids[run]!));
      const fullStarted = process.hrtime.bigint();
      const { reviews } = await call<{ reviews: unknown[] }>(host, 'listReviews', {});
      const fullReviewsFirst = msSince(fullStarted);
      if (reviews.length !== ATTEMPTS) throw new Error('the reviews were not seeded as expected');
      const homeRuns: number[] = [];
      const reviewRuns: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        homeRuns.push(await home());
        reviewRuns.push(await reviewList());
      }
      return {
        attempts: ATTEMPTS,
        imported: IMPORTED,
        reviews: ATTEMPTS,
        homeFirst,
        home: summarise(homeRuns),
        reviewsFirst,
        reviewList: summarise(reviewRuns),
        reviewScreenFirst,
        reviewScreen: summarise(screenRuns),
        fullReviewsFirst,
      };
    } finally {
      await host.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await measureTutorLists(), null, 2));
  const { removePreparedLibraries } = await import('./lib/attempts');
  await removePreparedLibraries();
}
