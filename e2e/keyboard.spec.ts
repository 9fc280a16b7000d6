import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** Presses Tab until `target` has focus, failing after `limit` presses: the route a keyboard user takes. */
async function tabTo(page: Page, target: Locator, limit = 15) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Could not reach ${target} with ${limit} presses of Tab`);
}

test('the keyboard alone reaches settings, changes them, and comes back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your practice' })).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

  const settingsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' });
  await tabTo(page, settingsLink);
  // Focus is visible: the GOV.UK yellow behind the focused link.
  expect(await settingsLink.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 221, 0)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();

  await tabTo(page, page.getByLabel('Your name'));
  await page.keyboard.type('Sam Okafor');
  await tabTo(page, page.getByRole('radio', { name: 'Match my computer' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Standard (100%)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Large (125%)' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Use a dyslexia-friendly font' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Use a dyslexia-friendly font' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');

  await tabTo(page, page.getByRole('link', { name: 'Back to your practice' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your practice, Sam Okafor' })).toBeFocused();
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved \d\d:\d\d$/);
});

test('the skip link moves focus past the header to the main content', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
  await page.keyboard.press('Tab');
  // the first control inside main, not the header's links
  await expect(page.getByLabel('Your name')).toBeFocused();
});
