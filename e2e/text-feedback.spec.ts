import { expect, startBuiltinCase, test } from './fixtures';

/**
 * Text feedback as a trainee meets it: an account taken at face value draws a question once they pause
 * (the analysis runs in a worker), which says why it spoke; they set it aside with a reason, and the reason
 * is still there after a reload.
 */
test('a question about the writing, set aside with a reason that is kept', async ({ page }) => {
  await startBuiltinCase(page, 'cotter-domestic-abuse');
  await page.getByRole('link', { name: 'Offence analysis' }).click();
  await page
    .locator('#f--rosh-analysis--persons-account')
    .fill(
      'Ryan told me the children were asleep and saw nothing. His account seems genuine and I found him honest.',
    );
  await page
    .locator('#f--rosh-analysis--account-versus-evidence')
    .fill(
      'He says he has left Leanne and is staying with his mother, which should make things calmer for everyone at home.',
    );
  await page.getByRole('tab', { name: /^Feedback/ }).click();
  const finding = page
    .getByTestId('text-finding')
    .filter({ hasText: 'You take the person’s account as it stands' });
  await expect(finding).toBeVisible({ timeout: 15_000 });
  await expect(finding).toContainText('accepts the account');
  await expect(page.getByTestId('section-questions')).toContainText('From your writing');
  await page.screenshot({ path: test.info().outputPath('text-feedback-panel.png'), fullPage: false });

  await finding.getByRole('button', { name: 'Set this question aside' }).click();
  await finding.getByRole('button', { name: 'Set aside', exact: true }).click();
  await expect(finding.locator('.error-message')).toContainText('Give a reason');
  await finding
    .getByLabel('Why are you setting this question aside?')
    .fill('I test his account in the full analysis.');
  await finding.getByRole('button', { name: 'Set aside', exact: true }).click();
  await expect(page.getByTestId('set-aside-reason')).toHaveText(
    'Set aside: I test his account in the full analysis.',
  );
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved \d\d:\d\d$/);

  await page.reload();
  await page.getByRole('tab', { name: /^Feedback/ }).click();
  await expect(page.getByTestId('set-aside-reason')).toHaveText(
    'Set aside: I test his account in the full analysis.',
    {
      timeout: 15_000,
    },
  );
});
