import { expect, test } from './fixtures';

/**
 * The README's pictures, taken from the real renderer on every run so they never drift from the app: the home
 * screen with the case library, and a case open with its case file beside the form.
 */
test('README screenshots: home with the case library, and a case beside its case file', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const library = page.getByTestId('case-library');
  await expect(library.locator('.case-list > li')).toHaveCount(8);
  await page.screenshot({
    path: 'docs/screenshots/home.png',
    fullPage: true,
    clip: { x: 0, y: 0, width: 1440, height: 1500 },
  });

  await page
    .getByTestId('case-cotter-domestic-abuse')
    .getByRole('button', { name: 'Start this case' })
    .click();
  await expect(page.getByTestId('workspace')).toBeVisible();
  await page.getByRole('link', { name: 'Offence analysis' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Offence analysis' })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'What happened?' })
    .fill(
      'Ryan assaulted Leanne at home while her son was in the house. The case summary describes a hand at her throat.',
    );
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved \d\d:\d\d$/);
  await page.screenshot({ path: 'docs/screenshots/workspace.png' });
});
