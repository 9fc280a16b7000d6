import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { traineeFile, writeCohortFolder } from '@host/imports/__fixtures__/cohort-files';
import { expect, test } from './fixtures';

/**
 * A tutor bringing several trainees' files in at once: dropped on the window, then a folder chosen in the
 * host's dialog (the harness answers it). One result line each, a summary read out politely, and the same
 * work imported twice is never a second copy.
 */

const screenshots = path.resolve(import.meta.dirname, '..', 'test-results', 'import-many');

test('several dropped files and a folder each give a result line per file, and nothing is imported twice', async ({
  page,
  harness,
}) => {
  await page.goto('/');
  const files = [traineeFile(0), traineeFile(1), { fileName: 'damaged.casework', text: '{"format":' }];
  const dataTransfer = await page.evaluateHandle((given) => {
    const transfer = new DataTransfer();
    for (const file of given) transfer.items.add(new File([file.text], file.fileName));
    return transfer;
  }, files);
  await page.dispatchEvent('main', 'drop', { dataTransfer });

  const results = page.getByTestId('import-results');
  await expect(page.getByTestId('import-results-summary')).toHaveText('2 imported, 1 refused.');
  await expect(page.getByTestId('import-results-summary')).toHaveAttribute('role', 'status');
  // Focus moves to the results, so the keyboard and screen reader land on them.
  await expect(page.getByRole('heading', { name: 'Import results' })).toBeFocused();
  const lines = results.getByTestId('import-result');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toHaveAttribute('data-outcome', 'imported');
  await expect(lines.nth(2)).toHaveAttribute('data-outcome', 'refused');
  await expect(lines.nth(2)).toContainText('Not imported');
  await expect(lines.nth(2)).toContainText('“damaged.casework”');
  const axe = await new AxeBuilder({ page }).include('[data-testid="import-results"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // The same two trainees again, in a folder with a third and a file that is not ours.
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casework-cohort-')), 'Tuesday group');
  writeCohortFolder(folder, 3);
  fs.writeFileSync(path.join(folder, 'session plan.docx'), 'not a casework file');
  harness.setNextDialogAnswer(folder);
  await page.getByRole('button', { name: 'Import a folder' }).click();
  await expect(page.getByTestId('import-results-summary')).toHaveText(
    'From “Tuesday group”: 1 imported, 2 already here. 1 other file was left alone (not .casework or PDF files).',
  );
  await expect(lines).toHaveCount(3);
  fs.mkdirSync(screenshots, { recursive: true });
  await results.screenshot({ path: path.join(screenshots, 'folder-results.png') });
  await page.screenshot({ path: path.join(screenshots, 'home-with-results.png'), fullPage: true });

  // Keyboard: the first result's link is reachable from the heading and opens that trainee's work.
  await page.keyboard.press('Tab');
  await expect(lines.nth(0).getByRole('link')).toBeFocused();
  const count = await page.evaluate(async () => {
    const envelope = await window.casework!.listAttempts({});
    return envelope.ok ? envelope.value.entries.length : -1;
  });
  expect(count).toBe(3);
});

test('a watched folder: off until a folder is chosen, then a file that arrives is imported and announced', async ({
  page,
  harness,
}) => {
  await page.goto('/');
  const watch = page.getByTestId('watch-folder');
  await expect(watch).toContainText('Off.');
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casework-watched-')), 'Shared cohort');
  fs.mkdirSync(folder);
  harness.setNextDialogAnswer(folder);
  await watch.getByRole('button', { name: 'Choose a folder to watch' }).click();
  await expect(watch).toContainText('Watching “Shared cohort”');

  const { fileName, text } = traineeFile(4);
  fs.writeFileSync(path.join(folder, fileName), text);
  const notice = page.getByTestId('watch-arrivals');
  await expect(notice).toContainText('New files in “Shared cohort”: 1 imported', { timeout: 30_000 });
  await expect(notice.getByTestId('import-result')).toHaveAttribute('data-outcome', 'imported');
  fs.mkdirSync(screenshots, { recursive: true });
  await notice.screenshot({ path: path.join(screenshots, 'watch-arrivals.png') });

  await watch.getByRole('button', { name: 'Stop watching' }).click();
  await expect(watch).toContainText('Off.');
});
