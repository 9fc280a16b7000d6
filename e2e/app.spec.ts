import { expect, test } from './fixtures';

test('opens on the home screen with the practice-only banner and an empty list', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your practice' })).toBeVisible();
  await expect(page.getByTestId('practice-banner')).toHaveText(
    /Practice only: fictional cases, not for operational use/,
  );
  await expect(page.getByRole('link', { name: 'Casework Practice' })).toBeVisible();
  await expect(page.getByTestId('no-attempts')).toContainText('You have not started any practice yet.');
  await expect(page.getByTestId('save-status')).toHaveText('No changes to save');
  await expect(page).toHaveTitle('Your practice – Casework Practice');
  // The strict CSP holds: nothing the app does is refused by it ('frame-ancestors' in a meta tag is only
  // noted as ignored; the shell sends it as a header).
  expect(consoleErrors.filter((text) => /violates|refused/i.test(text))).toEqual([]);
});
