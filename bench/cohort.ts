/**
 * The tutor's cohort screen with 200 attempts: 50 invented trainees' work on each of four built-in cases,
 * imported as share packages through the real host, then:
 * - fill: the one-off `listCohort` that works out each imported attempt's digest (opens each file once and
 *   keeps the digest in the library index);
 * - host: `listCohort` on a freshly opened host once the digests are kept (the first call), then warm;
 * - aggregation: `buildCohortTable` over the 200 attempts and `buildCaseDebrief` for one case, in Node;
 * - screen: in Chromium through the harness, from the hash change to the cohort table painted with every
 *   trainee's row (host, bridge, aggregation, React and layout together), and the same for the debrief.
 *
 * Run: npx tsx bench/cohort.ts [--browser <built renderer folder>]   or   npx tsx bench/run.ts --only cohort
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import type { Host } from '@host/services';
import { buildCaseDebrief, buildCohortTable } from '@shared/cohort/aggregate';
import type { ResponseOf } from '@shared/contract';
import { shareFileText, traineeSpecs, type TraineeSpec } from '../e2e/__fixtures__/cohort-files';
import { openSession } from './lib/browser';
import { call, openHost } from './lib/host';
import { msSince, summarise } from './lib/stats';
import type { Summary } from './lib/stats';
import { tempDataDir } from '@host/storage/testing';

export interface CohortCosts {
  attempts: number;
  trainees: number;
  cases: number;
  fillFirst: number;
  hostFirst: number;
  host: Summary;
  aggregation: Summary;
  screen: Summary | null;
  debrief: Summary | null;
}

const CASES = [
  'cotter-domestic-abuse',
  'doyle-street-violence',
  'hale-indecent-images',
  'whitcombe-account-contradicted',
];
const TRAINEES = 50;
const first = ['Amira', 'Bryn', 'Callum', 'Delyth', 'Esme', 'Farid', 'Greta', 'Hamish', 'Ines', 'Jonah'];
const last = ['Castell', 'Holloway', 'Fenwick', 'Arkwright', 'Tarrant'];

function specs(): TraineeSpec[] {
  const base = traineeSpecs();
  return Array.from({ length: TRAINEES }, (_, n) => ({
    ...base[n % base.length]!,
    name: `${first[n % first.length]} ${last[Math.floor(n / first.length) % last.length]}`,
  }));
}

type Cohort = ResponseOf<'listCohort'>;

async function timedCohort(host: Host): Promise<[number, Cohort]> {
  const started = process.hrtime.bigint();
  const cohort = await call<Cohort>(host, 'listCohort', {});
  const ms = msSince(started);
  if (cohort.attempts.length !== TRAINEES * CASES.length)
    throw new Error('the cohort was not seeded as expected');
  return [ms, cohort];
}

export async function measureCohort(
  browser: Browser | null,
  runs = 7,
  rendererDir?: string,
): Promise<CohortCosts> {
  const dataDir = tempDataDir('bench-cohort');
  try {
    const seeding = await openHost(dataDir);
    // A tutor past the first-run welcome, as the harness leaves a new data folder.
    await call(seeding, 'updateSettings', { showWelcome: false });
    let n = 0;
    for (const caseId of CASES)
      for (const spec of specs()) {
        n += 1;
        const at = new Date(Date.UTC(2026, 10, 1, 9, 0) + n * 60_000);
        await call(seeding, 'importReviewFile', {
          given: {
            displayName: `${spec.name} - ${caseId}.casework`,
            contentBase64: Buffer.from(shareFileText(spec, at, caseId)).toString('base64'),
          },
        });
      }
    const [fillFirst] = await timedCohort(seeding);
    await seeding.close();

    const host = await openHost(dataDir);
    let hostFirst: number;
    const hostRuns: number[] = [];
    const aggregation: number[] = [];
    try {
      let cohort: Cohort;
      [hostFirst, cohort] = await timedCohort(host);
      for (let run = 0; run < runs; run += 1) hostRuns.push((await timedCohort(host))[0]);
      for (let run = 0; run < runs; run += 1) {
        const started = process.hrtime.bigint();
        buildCohortTable(cohort.attempts, cohort.cases);
        buildCaseDebrief(cohort.attempts, cohort.cases[0]!, {
          anonymise: true,
          decisionLabels: cohort.decisionLabels,
        });
        aggregation.push(msSince(started));
      }
    } finally {
      await host.close();
    }

    let screen: Summary | null = null;
    let debrief: Summary | null = null;
    if (browser) {
      const session = await openSession(browser, dataDir, rendererDir);
      try {
        const { page, harness } = session;
        await page.goto(`${harness.url}#/settings`);
        await page.getByRole('heading', { level: 1, name: /settings/i }).waitFor();
        const shown = async (hash: string, ready: string) => {
          await page.evaluate(`location.hash = '#/settings'`);
          await page.getByRole('heading', { level: 1, name: /settings/i }).waitFor();
          return (await page.evaluate(`(async () => {
            const started = performance.now();
            location.hash = ${JSON.stringify(hash)};
            await window.__bench.until(() => ${ready});
            return (await window.__bench.afterPaint()) - started;
          })()`)) as number;
        };
        const tableTimes: number[] = [];
        const debriefTimes: number[] = [];
        for (let run = 0; run < runs; run += 1) {
          tableTimes.push(
            await shown(
              '#/cohort',
              `document.querySelectorAll('[data-testid="cohort-table"] tbody tr').length === ${TRAINEES}`,
            ),
          );
          debriefTimes.push(
            await shown(
              `#/cohort/${CASES[0]}`,
              `document.querySelector('[data-testid="debrief-ratings"] tbody tr')`,
            ),
          );
        }
        screen = summarise(tableTimes);
        debrief = summarise(debriefTimes);
      } finally {
        await session.close();
      }
    }
    return {
      attempts: TRAINEES * CASES.length,
      trainees: TRAINEES,
      cases: CASES.length,
      fillFirst,
      hostFirst,
      host: summarise(hostRuns),
      aggregation: summarise(aggregation),
      screen,
      debrief,
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // --browser <built renderer folder> adds the screen figures without touching the shared bench build.
  const at = process.argv.indexOf('--browser');
  const rendererDir = at > 0 ? process.argv[at + 1] : undefined;
  const { launchChromium } = await import('./lib/browser');
  const browser = rendererDir ? await launchChromium() : null;
  try {
    console.log(JSON.stringify(await measureCohort(browser, 7, rendererDir), null, 2));
  } finally {
    await browser?.close();
  }
}
