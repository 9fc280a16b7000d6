import fs from 'node:fs';
import { authoringGuideBrokenExample, authoringGuideExample } from '@host/templates/authoring-example';
import { expect, test } from './fixtures';

/**
 * A tutor's own template, end to end: the complete example of docs/template-authoring.md (read from the
 * guide exactly as the unit tests read it) is added through the host's open dialog, a trainee starts an
 * own-case practice with it, answers, and after a restart finds the answers where they left them. A broken
 * copy of the example is refused with the path the guide quotes.
 */

test('a tutor’s template from the authoring guide is added, practised on, and survives a restart', async ({
  page,
  harness,
}) => {
  const file = test.info().outputPath('home-visit-plan.json');
  fs.writeFileSync(file, authoringGuideExample());

  await page.goto('/');
  await page.getByRole('link', { name: 'Templates', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();
  await expect(page.getByText('No templates added yet.')).toBeVisible();

  harness.setNextDialogAnswer(file);
  await page.getByRole('button', { name: 'Add a template from a file' }).click();
  await expect(page.getByTestId('templates-status')).toHaveText(
    /^Added “Planning a home visit” \(version 1\) from home-visit-plan\.json\./,
  );
  const custom = page.getByTestId('custom-templates');
  await expect(custom.getByRole('row', { name: /Planning a home visit/ })).toContainText('home-visit-plan');
  await expect(page.getByTestId('builtin-templates').getByRole('row')).toHaveCount(1 + 7);
  await page.screenshot({ path: test.info().outputPath('templates-screen.png'), fullPage: true });

  // Start an own-case practice with only the tutor's template.
  await page.getByRole('link', { name: 'Your practice', exact: true }).click();
  await page.getByLabel('Name this practice').fill('Own case: visit to Marlow Terrace');
  const choices = page.getByRole('group', { name: /^Templates to work through/ });
  const visitBox = choices.getByRole('checkbox', { name: 'Planning a home visit' });
  await expect(visitBox).not.toBeChecked();
  const ticked = choices.getByRole('checkbox', { checked: true });
  // The built-ins start ticked; untick them one at a time (the list of ticked boxes shrinks as it goes).
  while ((await ticked.count()) > 0) await ticked.first().uncheck();
  await visitBox.check();
  await expect(choices.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await page.getByRole('button', { name: 'Start practising' }).click();
  await expect(page).toHaveURL(/#\/attempts\/[a-z0-9-]+$/);
  const attemptUrl = page.url();

  await page.getByRole('link', { name: 'Purpose of the visit' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Purpose of the visit' })).toBeVisible();
  await page.getByRole('radio', { name: 'A specific concern' }).check();
  const detail = page.getByLabel('What has prompted the visit?');
  await detail.fill('A neighbour reported shouting at the flat on Marlow Terrace late on Friday.');
  await detail.blur();
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved \d\d:\d\d$/);
  const sectionUrl = page.url();

  await harness.restart();
  await page.goto('about:blank');
  await page.goto(sectionUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Purpose of the visit' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'A specific concern' })).toBeChecked();
  await expect(page.getByLabel('What has prompted the visit?')).toHaveValue(
    'A neighbour reported shouting at the flat on Marlow Terrace late on Friday.',
  );
  await page.screenshot({ path: test.info().outputPath('tutor-template-section.png'), fullPage: true });

  // The template stays listed, and cannot be deleted while the attempt uses it.
  await page.goto(attemptUrl.replace(/#.*$/, '#/templates'));
  await page.getByRole('button', { name: 'Delete “Planning a home visit”' }).click();
  await expect(page.getByRole('button', { name: 'Yes, delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('template-refusal')).toContainText(
    '“Planning a home visit” was not removed: an attempt uses it (“Own case: visit to Marlow Terrace”).',
  );
  await expect(custom.getByRole('row', { name: /Planning a home visit/ })).toBeVisible();
});

test('a broken template is refused with the exact path and problem, and nothing is added', async ({
  page,
  harness,
}) => {
  const { json, quotedError } = authoringGuideBrokenExample();
  const file = test.info().outputPath('home-visit-plan-broken.json');
  fs.writeFileSync(file, json);

  await page.goto('/#/templates');
  await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();
  harness.setNextDialogAnswer(file);
  await page.getByRole('button', { name: 'Add a template from a file' }).click();

  const refusal = page.getByTestId('template-refusal');
  await expect(refusal).toBeFocused();
  await expect(refusal).toContainText(
    '“home-visit-plan-broken.json” was not added: the template has 1 problem.',
  );
  const problems = refusal.getByRole('listitem');
  await expect(problems).toHaveCount(1);
  await expect(problems).toHaveText(quotedError);
  await expect(problems.locator('code')).toHaveText('sections[1].items[2].expression');
  await expect(page.getByText('No templates added yet.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('templates-refused.png'), fullPage: true });

  // The home screen offers only the built-ins.
  await page.getByRole('link', { name: 'Your practice', exact: true }).click();
  const choices = page.getByRole('group', { name: /^Templates to work through/ });
  await expect(choices.getByRole('checkbox')).toHaveCount(7);
});
