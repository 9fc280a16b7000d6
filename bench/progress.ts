/**
 * The progress screen at 1,000 attempts, 300 of them reviewed (a judgement each), through the real host:
 * - fill: the one-off cost when the index holds no rule counts yet (an index written before summaries, or
 *   rebuilt from the files): `listProgress` opens those attempts once and keeps what it worked out;
 * - host: `listProgress` on a freshly opened host once the summaries are kept (the first call), then warm;
 * - screen: in Chromium through the harness, from the hash change to the chart's 20 bars painted
 *   (host, bridge, React and layout together).
 *
 * Run: npx tsx bench/progress.ts (host figures only; bench/run.ts --only progress adds the screen)
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright';
import type { Host } from '@host/services';
import type { Attempt } from '@shared/model/attempt';
import { createReview, setJudgement } from '@shared/review/threads';
import { copyDataDir, preparedLibrary, storageDeps } from './lib/attempts';
import { openSession } from './lib/browser';
import { msSince, summarise } from './lib/stats';
import type { Summary } from './lib/stats';
import { call, openHost } from './lib/host';

export interface ProgressCosts {
  attempts: number;
  reviews: number;
  fillFirst: number;
  hostFirst: number;
  host: Summary;
  /** Null when no browser was given. */
  screen: Summary | null;
}

const ATTEMPTS = 1_000;
const REVIEWED = 300;

async function timedList(host: Host): Promise<number> {
  const started = process.hrtime.bigint();
  const { attempts } = await call<{ attempts: unknown[] }>(host, 'listProgress', {});
  if (attempts.length !== ATTEMPTS) throw new Error('the progress library was not seeded as expected');
  return msSince(started);
}

export async function measureProgress(
  browser: Browser | null,
  runs = 7,
  rendererDir?: string,
): Promise<ProgressCosts> {
  const library = await preparedLibrary(ATTEMPTS);
  const dataDir = copyDataDir(library.dataDir, 'progress');
  try {
    const seeding = await openHost(dataDir);
    const ctx = { now: () => new Date(), newId: storageDeps(dataDir).newId };
    for (const id of library.ids.slice(0, REVIEWED)) {
      const attempt = await call<Attempt>(seeding, 'getAttempt', { id });
      const review = setJudgement(
        createReview(attempt, 'Dana Whitcombe', ctx),
        {
          templateId: 'rosh-analysis',
          sectionId: 'rosh-levels',
          criterionId: 'risk-rated-defensibly',
          level: 'developing',
          reason: 'Low for the known adult before the police reply came back.',
        },
        ctx,
      );
      await call(seeding, 'saveReview', { review });
    }
    // The prepared library was saved without rule counts, as an index from before summaries would be.
    const fillFirst = await timedList(seeding);
    await seeding.close();

    const host = await openHost(dataDir);
    let hostFirst: number;
    const hostRuns: number[] = [];
    try {
      hostFirst = await timedList(host);
      for (let run = 0; run < runs; run += 1) hostRuns.push(await timedList(host));
    } finally {
      await host.close();
    }

    let screen: Summary | null = null;
    if (browser) {
      const session = await openSession(browser, dataDir, rendererDir);
      try {
        const { page, harness } = session;
        await page.goto(`${harness.url}#/settings`);
        await page.getByRole('heading', { level: 1, name: /settings/i }).waitFor();
        const timings: number[] = [];
        for (let run = 0; run < runs; run += 1) {
          await page.evaluate(`location.hash = '#/settings'`);
          await page.getByRole('heading', { level: 1, name: /settings/i }).waitFor();
          timings.push(
            (await page.evaluate(`(async () => {
              const started = performance.now();
              location.hash = '#/progress';
              await window.__bench.until(() => document.querySelectorAll('[data-testid="questions-chart"] rect').length === 20);
              return (await window.__bench.afterPaint()) - started;
            })()`)) as number,
          );
        }
        screen = summarise(timings);
      } finally {
        await session.close();
      }
    }
    return {
      attempts: ATTEMPTS,
      reviews: REVIEWED,
      fillFirst,
      hostFirst,
      host: summarise(hostRuns),
      screen,
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // --browser <built renderer folder> adds the screen figure without touching the shared bench build.
  const at = process.argv.indexOf('--browser');
  const rendererDir = at > 0 ? process.argv[at + 1] : undefined;
  const { launchChromium } = await import('./lib/browser');
  const browser = rendererDir ? await launchChromium() : null;
  try {
    console.log(JSON.stringify(await measureProgress(browser, 7, rendererDir), null, 2));
  } finally {
    await browser?.close();
  }
  const { removePreparedLibraries } = await import('./lib/attempts');
  await removePreparedLibraries();
}
