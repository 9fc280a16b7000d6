import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

async function waitUntilSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved \d\d:\d\d$/);
}

test('settings change the app at once and are still there after a restart', async ({ page, harness }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();

  await page.getByLabel('Your name').fill('Robin Vale');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('radio', { name: 'Larger (150%)' }).check();
  await page.getByRole('checkbox', { name: 'Use a dyslexia-friendly font' }).check();
  await waitUntilSaved(page);

  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-text-size', 'larger');
  await expect(html).toHaveAttribute('data-font', 'readable');
  expect(await html.evaluate((el) => getComputedStyle(el).fontSize)).toBe('24px');
  expect(await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(
    /^"?Atkinson Hyperlegible/,
  );
  expect(await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
    'rgb(18, 19, 20)',
  );
  await page.screenshot({ path: test.info().outputPath('settings-dark-larger.png'), fullPage: true });

  await harness.restart();
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Robin Vale');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Larger (150%)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Use a dyslexia-friendly font' })).toBeChecked();
  await expect(html).toHaveAttribute('data-theme', 'dark');

  await page.getByRole('link', { name: 'Your practice', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your practice, Robin Vale' })).toBeVisible();
});

test('a name that is too long is explained at the top and beside the field, and is not saved', async ({
  page,
}) => {
  await page.goto('/#/settings');
  const name = page.getByLabel('Your name');
  await name.fill('x'.repeat(121));
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
  expect(describedBy.split(' ')).toContain('trainee-name-error');
  await expect(page.locator('#trainee-name-error')).toHaveText(
    'Error: Your name must be 120 characters or fewer',
  );
  // The summary's link takes focus to the field (without leaving the screen).
  await name.blur();
  await summary.getByRole('link', { name: 'Your name must be 120 characters or fewer' }).click();
  await expect(name).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  const saved = await page.evaluate(() => window.casework!.getSettings({}));
  expect(saved).toMatchObject({ ok: true, value: { traineeName: '' } });
});

test('a save the disk refuses says why, keeps the change and goes through once the disk recovers', async ({
  page,
}) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('radio', { name: 'Match my computer' })).toBeChecked();
  await page.route('**/__casework/updateSettings', (route) =>
    route.fulfill({
      json: { ok: false, error: { code: 'disk-full', message: 'There is no space left on this computer.' } },
    }),
  );
  await page.getByRole('radio', { name: 'Light' }).check();
  const status = page.getByTestId('save-status');
  await expect(status).toContainText('Not saved: There is no space left on this computer.');
  await expect(status).toContainText('Trying again at');
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  await page.unroute('**/__casework/updateSettings');
  await expect(status).toHaveText(/^Saved \d\d:\d\d$/, { timeout: 15_000 });
  const saved = await page.evaluate(() => window.casework!.getSettings({}));
  expect(saved).toMatchObject({ ok: true, value: { theme: 'light' } });
});

test('encrypting saved work asks first, rewrites the files, survives a restart and can be undone', async ({
  page,
  harness,
}) => {
  await page.goto('/#/settings');
  await page.getByLabel('Your name').fill('Robin Vale');
  await waitUntilSaved(page);
  const status = page.getByTestId('encryption-status');
  await expect(status).toHaveText('Not encrypted');

  await page.getByRole('button', { name: 'Encrypt my saved work' }).click();
  // The consequence is in view before anything changes, and Cancel leaves it off.
  const confirm = page.getByRole('button', { name: 'I understand: encrypt my saved work' });
  await expect(confirm).toBeFocused();
  await expect(confirm).toHaveAccessibleDescription(/nobody can open your encrypted work, including you/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveText('Not encrypted');

  await page.getByRole('button', { name: 'Encrypt my saved work' }).click();
  await confirm.press('Enter');
  await expect(status).toHaveText('Encrypted');
  await expect(page.getByRole('status').filter({ hasText: 'Encryption is on.' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('settings-encryption.png'), fullPage: true });
  const keyFile = path.join(harness.dataDir, 'encryption-key.bin');
  expect(fs.existsSync(keyFile)).toBe(true);

  await harness.restart();
  await page.reload();
  await expect(status).toHaveText('Encrypted');
  await expect(page.getByLabel('Your name')).toHaveValue('Robin Vale');

  await page.getByRole('button', { name: 'Stop encrypting my saved work' }).click();
  await expect(status).toHaveText('Not encrypted');
  expect(fs.existsSync(keyFile)).toBe(false);
});
