import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { roshLevelIds } from '@shared/cases/schema';
import { expect, test } from './fixtures';
import { writeCohortFolder, type TraineeSpec } from './__fixtures__/cohort-files';

/**
 * A tutor's cohort, end to end in Chromium through the harness: twelve trainees' files and a damaged one in
 * a folder, brought in; the table of trainees against cases; a cell opening that trainee's work; the debrief
 * of the case, whose spread is worked out here from the files' own ratings; and the anonymised PDF read back
 * with pdftotext, which must hold the labels and counts and no trainee's name.
 */

test.describe.configure({ timeout: 120_000 });

const shotsDir = process.env.COHORT_SHOTS_DIR;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
  if (shotsDir) fs.copyFileSync(test.info().outputPath(`${name}.png`), path.join(shotsDir, `${name}.png`));
}

function spread(specs: readonly TraineeSpec[], pick: (s: TraineeSpec) => string, from: string, to: string) {
  const rank = (level: string) => roshLevelIds.indexOf(level as (typeof roshLevelIds)[number]);
  const counts = Object.fromEntries(
    roshLevelIds.map((level) => [level, specs.filter((s) => pick(s) === level).length]),
  );
  const below = specs.filter((s) => rank(pick(s)) < rank(from)).length;
  const above = specs.filter((s) => rank(pick(s)) > rank(to)).length;
  return { counts, below, above, within: specs.length - below - above };
}

const words = (text: string) => text.replace(/\s+/g, ' ');

test('a tutor brings in a folder of twelve trainees’ work, reads the cohort and debriefs the case', async ({
  page,
  harness,
}) => {
  const folder = test.info().outputPath('trainees');
  const { specs, damaged } = writeCohortFolder(folder);
  await page.goto('/');
  await page.evaluate(() => window.casework!.updateSettings({ theme: 'light' }));

  // 1. The folder comes in: twelve files imported, the damaged one refused with its reason.
  harness.setNextDialogAnswer(folder);
  await page.getByRole('button', { name: 'Import a folder' }).click();
  await expect(page.getByTestId('import-results-summary')).toHaveText(
    'From “trainees”: 12 imported, 1 refused.',
  );
  const lines = page.getByTestId('import-results').getByTestId('import-result');
  await expect(lines).toHaveCount(13);
  const refused = page.locator('[data-testid="import-result"][data-outcome="refused"]');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText(`“${damaged}”`);
  await shot(page, 'import-folder');

  // 2. The cohort table: every trainee, one case, each cell opening that trainee's work.
  await page.goto('/');
  await page.getByRole('link', { name: 'See all your trainees’ work by case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your trainees’ work' })).toBeVisible();
  const table = page.getByTestId('cohort-table');
  await expect(table.getByRole('row')).toHaveCount(specs.length + 1);
  for (const spec of specs) await expect(table.getByRole('rowheader', { name: spec.name })).toBeVisible();
  await expect(page.getByTestId('cohort-count')).toHaveText(`Showing 12 of 12 trainees.`);
  const traineeHeader = table.getByRole('columnheader', { name: /^Trainee/ });
  await expect(traineeHeader).toHaveAttribute('aria-sort', 'ascending');
  await traineeHeader.getByRole('button').click();
  await expect(traineeHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('rowheader').first()).toHaveText(specs[specs.length - 1]!.name);
  await page.getByLabel('Status').selectOption('in-progress');
  const inProgress = specs.filter((s) => !s.finished).length;
  await expect(page.getByTestId('cohort-count')).toHaveText(`Showing ${inProgress} of 12 trainees.`);
  await page.getByLabel('Status').selectOption('all');
  await page.getByLabel('Trainee').fill('esme');
  await expect(table.getByRole('rowheader')).toHaveText(['Esme Tarrant']);
  await page.getByLabel('Trainee').fill('');
  await traineeHeader.getByRole('button').click();
  await shot(page, 'cohort-light');

  const esme = specs.find((s) => s.name === 'Esme Tarrant')!;
  await table.getByRole('link', { name: /review Esme Tarrant’s work/ }).click();
  await expect(page.getByText('Tutor review · Esme Tarrant’s work')).toBeVisible();
  expect(esme.finished).toBe(true);
  await page.goBack();

  // 3. The debrief: anonymised, with the class's spread as the files have it.
  await table.getByRole('link', { name: /Debrief/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Debrief: / })).toBeVisible();
  await expect(page.getByLabel('Show trainees’ names')).not.toBeChecked();
  const main = page.getByRole('main');
  for (const spec of specs) await expect(main).not.toContainText(spec.name);
  await expect(page.getByTestId('debrief-who')).toContainText('12 trainees: Trainee A, Trainee B');
  const knownAdult = spread(specs, (s) => s.knownAdult, 'medium', 'high');
  const children = spread(specs, (s) => s.children, 'medium', 'high');
  for (const [id, expected] of [
    ['known-adult-community', knownAdult],
    ['children-community', children],
  ] as const) {
    const row = page.getByTestId(`debrief-row-${id}`);
    for (const level of roshLevelIds)
      await expect(row.locator(`td[data-level="${level}"] .debrief-count`)).toHaveText(
        String(expected.counts[level]),
      );
    await expect(row.getByTestId('debrief-positions')).toContainText(
      `${expected.below} / ${expected.within} / ${expected.above}`,
    );
  }
  const recalls = specs.filter((s) => s.responses.includes('recall-standard')).length;
  await expect(
    page.getByTestId('debrief-decision-contingency').getByRole('row', { name: /^Standard recall/ }),
  ).toContainText(String(recalls));
  const quotingCallouts = specs.filter((s) => s.cites.includes('police-da-callouts')).length;
  await expect(page.getByTestId('debrief-documents').getByRole('row').nth(1)).toContainText(
    String(quotingCallouts),
  );
  await expect(page.getByTestId('debrief-chart')).toBeVisible();
  await shot(page, 'debrief-light');
  if (shotsDir) {
    await page
      .locator('.debrief-figure')
      .screenshot({ path: path.join(shotsDir, 'debrief-chart-light.png') });
    await page
      .getByTestId('cohort-table')
      .or(page.getByTestId('debrief-ratings'))
      .first()
      .screenshot({
        path: path.join(shotsDir, 'debrief-table-light.png'),
      });
  }

  // 4. The anonymised PDF: labels and counts, no names.
  const pdf = test.info().outputPath('debrief.pdf');
  harness.setNextDialogAnswer(pdf);
  await page.getByRole('button', { name: 'Export as PDF (anonymised)' }).click();
  await expect(page.getByTestId('debrief-exported')).toContainText('anonymised');
  const text = words(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  for (const spec of specs)
    for (const part of spec.name.split(' ')) expect(text, `the PDF names ${part}`).not.toContain(part);
  for (const letter of 'ABCDEFGHIJKL') expect(text).toContain(`Trainee ${letter}`);
  expect(text).toContain('12 trainees, anonymised');
  expect(text).toContain(
    `Below the range: ${knownAdult.below}. Within it: ${knownAdult.within}. Above it: ${knownAdult.above}.`,
  );
  expect(text).toContain('Standard recall');
  if (shotsDir) fs.copyFileSync(pdf, path.join(shotsDir, 'debrief.pdf'));

  // 5. Names on request, for the tutor's own reading; dark for the screenshots.
  await page.getByLabel('Show trainees’ names').check();
  await expect(page.getByTestId('debrief-who')).toContainText('Amira Castell');
  await page.getByLabel('Show trainees’ names').uncheck();
  await page.evaluate(() => window.casework!.updateSettings({ theme: 'dark' }));
  await page.reload();
  await expect(page.getByTestId('debrief-ratings')).toBeVisible();
  await shot(page, 'debrief-dark');
  if (shotsDir)
    await page.locator('.debrief-figure').screenshot({ path: path.join(shotsDir, 'debrief-chart-dark.png') });
  await page.goto(`/#/cohort`);
  await expect(page.getByTestId('cohort-table')).toBeVisible();
  await shot(page, 'cohort-dark');
  await page.evaluate(() => window.casework!.updateSettings({ theme: 'light', textSize: 'largest' }));
  await page.reload();
  await expect(page.getByTestId('cohort-table')).toBeVisible();
  await shot(page, 'cohort-largest-text');
});
