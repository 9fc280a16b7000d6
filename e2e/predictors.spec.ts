import { expect, fillDate, test } from './fixtures';

// Example A of shared/predictors/ogrs3.test.ts, worked by hand there: a man of 27, six sanctions since 16,
// convicted of theft: one year 45%, two years 63%, medium.

test('the OGRS3 sandbox explains it is illustrative, checks the form, and shows its working', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Predictor sandbox' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'OGRS3 sandbox' })).toBeVisible();
  await expect(page).toHaveTitle('OGRS3 sandbox – Casework Practice');
  const warning = page.getByTestId('ogrs3-warning');
  await expect(warning.getByRole('heading', { name: 'Illustrative, not operational' })).toBeVisible();
  await expect(warning).toContainText('not a prediction about this person');
  await expect(warning).toContainText('Risk of serious harm is a separate');

  // Nothing entered: the error summary takes focus and each link leads to its field.
  await page.getByRole('button', { name: 'Calculate' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Choose the sex recorded for the person.',
    'Enter the date of birth.',
    'Enter the date of the current conviction.',
    'Enter the age at first sanction.',
    'Enter the number of sanctions.',
    'Choose the offence group of the current offence.',
  ]);
  await summary.getByRole('link', { name: 'Enter the date of birth.' }).click();
  // The link lands on the day box of the date of birth.
  await expect(page.getByRole('group', { name: 'Date of birth' }).getByLabel('Day')).toBeFocused();

  await page.getByRole('radio', { name: 'Male', exact: true }).check();
  // A year out of range is refused with the GOV.UK message, and only the year box is marked.
  await fillDate(page.getByRole('group', { name: 'Date of birth' }), '14/05/998');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(
    summary.getByRole('link', {
      name: 'The year of the date of birth must include 4 numbers, for example 2026.',
    }),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: 'Date of birth' }).getByLabel('Year')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(page.getByRole('group', { name: 'Date of birth' }).getByLabel('Day')).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await fillDate(page.getByRole('group', { name: 'Date of birth' }), '14/05/1998');
  await fillDate(page.getByRole('group', { name: 'Date of the current conviction' }), '02/03/2026');
  await page.getByLabel('Age at first sanction').fill('28');
  await page.getByLabel('Number of sanctions').fill('6');
  await page
    .getByLabel('Offence group of the current offence')
    .selectOption({ label: 'Theft (not motor vehicles)' });
  await expect(page.getByText('Not yet checked against the printed 2009 research summary')).toBeVisible();
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(summary.getByRole('link')).toHaveText([
    /The first sanction cannot come after the current conviction/,
  ]);
  await expect(page.getByLabel('Age at first sanction')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Age at first sanction').fill('16');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('ogrs3-one-year')).toHaveText('45%');
  await expect(page.getByTestId('ogrs3-two-year')).toHaveText('63%');
  await expect(page.getByTestId('ogrs3-band')).toHaveText('Medium');
  const working = page.getByRole('table', { name: 'The terms of the OGRS3 score' });
  await expect(working.getByRole('row')).toHaveCount(6);
  await expect(working).toContainText('ln(6 ÷ (10 + 11))');
  await working.getByText('Why this matters').first().click();
  await expect(working).toContainText('proven reoffending falls steeply with age');
  await page.screenshot({ path: 'test-results/e2e/ogrs3-sandbox.png', fullPage: true });

  // A group with no known parameter: the working stays, the probability goes.
  await page
    .getByLabel('Offence group of the current offence')
    .selectOption({ label: 'Cannot be placed without the exact offence (parameter not available)' });
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(page.getByTestId('ogrs3-not-available')).toContainText(
    'not available from the published sources',
  );
  await expect(page.getByTestId('ogrs3-two-year')).toHaveCount(0);
  await expect(working).toContainText('Not available');
});
