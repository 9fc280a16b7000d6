import { expect, test } from './fixtures';

/**
 * The user guide's pictures (docs/user-guide.md), taken from the real renderer so they never drift from the
 * app: a section whose error summary lists what still needs an answer, and the task list of an attempt.
 * Kept few and small (a narrow window, a clip of the top).
 */
test('user guide screenshots: the task list, and a section with its error summary', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 720 });
  await page.goto('/');
  await page.getByLabel('Name this practice').fill('Practice on an invented case');
  await page.getByRole('button', { name: 'Start practising' }).click();
  await expect(page).toHaveURL(/#\/attempts\/[a-z0-9-]+$/);
  await expect(page.locator('.task-list').first()).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/guide-task-list.png' });

  await page.getByRole('link', { name: 'About this assessment' }).first().click();
  await page.getByRole('button', { name: /^Save and (continue|go to all sections)$/ }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await page.screenshot({ path: 'docs/screenshots/guide-error-summary.png' });
});
