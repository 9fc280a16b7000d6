import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/**
 * The links between templates, through the real form: the needs assessment flags an area, the sentence
 * plan offers it as a suggested goal area with the person's own view, and the risk management plan asks about
 * the risk until a plan line answers it.
 */

const alcoholRisk = 'Alcohol use (needs assessment: linked to serious harm)';
const unansweredAlcohol = `The assessment identifies “${alcoholRisk}”. Which part of the risk management plan answers it?`;

async function startOwnCase(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Name this practice').fill('Own case: Rhys, needs and plans');
  // Every built-in template is offered, the fuller ones included, and all are chosen to begin with.
  for (const title of ['Strengths and needs assessment', 'Sentence plan', 'Risk management plan'])
    await expect(page.getByRole('checkbox', { name: title })).toBeChecked();
  await page.getByRole('button', { name: 'Start practising' }).click();
  await expect(page).toHaveURL(/#\/attempts\/[a-z0-9-]+$/);
  return /#\/attempts\/([a-z0-9-]+)/.exec(page.url())![1]!;
}

const group = (page: Page, legend: RegExp): Locator => page.getByRole('group', { name: legend });

/**
 * Chooses an option by keyboard and waits for the form to show it chosen. Answering reveals follow-up
 * questions above later ones, so a click measured before the page settles can land on the wrong control.
 */
async function choose(option: Locator) {
  await option.press('Space');
  await expect(option).toBeChecked();
}

async function waitUntilSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
}

test('a need linked to harm is suggested in the sentence plan and questioned in the risk management plan until answered', async ({
  page,
}) => {
  const attemptId = await startOwnCase(page);

  // The needs assessment: the person's view on drinking, then the practitioner's analysis.
  await page.goto(`/#/attempts/${attemptId}/strengths-needs/alcohol`);
  await choose(
    group(page, /^Does the person want to make changes to their drinking\?/).getByRole('radio', {
      name: 'I am thinking about making changes',
    }),
  );
  await choose(
    group(page, /^Is this area linked to the risk of serious harm\?/).getByRole('radio', { name: 'Yes' }),
  );
  await page
    .locator('#f--strengths-needs--alcohol-harm-details')
    .fill('Each assault on his partner followed a day of drinking (fictional practice answer).');
  await choose(
    group(page, /^Is this area linked to the risk of reoffending\?/).getByRole('radio', { name: 'Yes' }),
  );
  await page
    .locator('#f--strengths-needs--alcohol-reoffending-details')
    .fill('He offends when drunk and short of money (fictional practice answer).');
  await waitUntilSaved(page);

  // The sentence plan shows what the needs assessment found, the person's view included...
  await page.goto(`/#/attempts/${attemptId}/sentence-plan/from-needs-assessment`);
  await expect(page.getByText('Alcohol use', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/The person is thinking about changing\./)).toBeVisible();

  // ...and offers the flagged area as a suggested main area for a goal, the others plainly.
  await page.goto(`/#/attempts/${attemptId}/sentence-plan/goals`);
  await page.getByRole('button', { name: /^Add (a|another) goal$/i }).click();
  const mainArea = group(page, /^Main area of need/);
  await expect(mainArea.getByRole('radio')).toHaveCount(8);
  const alcohol = mainArea.locator('.radios__item', { hasText: 'Alcohol use' });
  await expect(alcohol.getByText('Suggested', { exact: true })).toBeVisible();
  await expect(mainArea.getByText('Suggested', { exact: true })).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('sentence-plan-suggested-area.png'), fullPage: true });

  // The risk management plan lists the risk and asks about it while no line answers it.
  await page.goto(`/#/attempts/${attemptId}/risk-management-plan/risk-links`);
  await expect(page.getByText(alcoholRisk, { exact: true }).first()).toBeVisible();
  const questions = page.getByTestId('section-questions');
  await expect(questions).toContainText(unansweredAlcohol);
  await page.screenshot({ path: test.info().outputPath('risk-plan-question.png'), fullPage: true });

  // A line that answers it quietens the question.
  await page.getByRole('button', { name: /^Add (a|another) risk$/i }).click();
  const source = group(page, /^Risk identified in the assessment/);
  await choose(source.getByRole('radio', { name: new RegExp(`^${alcoholRisk.replace(/[()]/g, '\\$&')}`) }));
  await expect(questions.getByText(unansweredAlcohol)).toHaveCount(0);
  await waitUntilSaved(page);
});

// The engine works out each suggested area's hint (the person's own answer about change); the choice fields
// show it under the option's label.
test('the suggested area shows the person’s own view under its label', async ({ page }) => {
  const attemptId = await startOwnCase(page);
  await page.goto(`/#/attempts/${attemptId}/strengths-needs/alcohol`);
  await choose(
    group(page, /^Does the person want to make changes to their drinking\?/).getByRole('radio', {
      name: 'I am thinking about making changes',
    }),
  );
  await choose(
    group(page, /^Is this area linked to the risk of serious harm\?/).getByRole('radio', { name: 'Yes' }),
  );
  await waitUntilSaved(page);
  await page.goto(`/#/attempts/${attemptId}/sentence-plan/goals`);
  await page.getByRole('button', { name: /^Add (a|another) goal$/i }).click();
  const alcohol = group(page, /^Main area of need/).locator('.radios__item', { hasText: 'Alcohol use' });
  await expect(alcohol).toContainText('In the needs assessment the person is thinking about changing.');
});
