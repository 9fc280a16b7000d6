import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

/**
 * Settings > Move your work to another computer, through the harness as a trainee would: export all work to
 * a file the (fake) save dialog names, then import it back; work already here is left alone.
 */
test('exports all work to one file and says what importing it back did', async ({ page, harness }) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-move-'));
  await page.goto('/');
  await page.evaluate(async () => {
    const created = (await window.casework!.createAttempt({
      title: 'Moving practice on a fictional case',
      caseId: null,
      templateIds: ['reflective-log'],
      templateVersions: { 'reflective-log': 1 },
      releasedDocumentIds: [],
    })) as { ok: boolean };
    if (!created.ok) throw new Error('could not create the attempt');
  });
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Move your work to another computer' });
  await expect(section).toBeVisible();

  const file = path.join(out, 'All my work.casework-all');
  harness.setNextDialogAnswer(file);
  await section.getByRole('button', { name: 'Export all my work' }).click();
  await expect(section.getByTestId('move-work-status')).toContainText(
    'Saved 1 piece of work to “All my work.casework-all”',
  );
  const written = JSON.parse(fs.readFileSync(file, 'utf8')) as { format: string; packages: unknown[] };
  expect(written).toMatchObject({ format: 'casework-archive', packages: [expect.anything()] });

  harness.setNextDialogAnswer(file);
  await section.getByRole('button', { name: 'Import work from another computer' }).click();
  await expect(section.getByTestId('move-work-status')).toContainText(
    'Added 0 pieces of work from “All my work.casework-all”. 1 piece was already here',
  );
  fs.rmSync(out, { recursive: true, force: true });
});
