import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { sampleLetterDocx } from '@host/docx/__fixtures__/make-docx';
import { expect, test } from './fixtures';
import { startHarness } from './harness/server';

/**
 * A tutor writes a case in the editor (two documents, one arriving late and brought in from Word; a short
 * interview, tried in its preview; a preset rule; tutor notes), tries the rule, previews the case and
 * exports the pack. A second copy of the app (its own harness and data folder) imports the pack, and a
 * trainee there starts the case, makes the rule speak, finishes, and reads the tutor notes.
 */

const shots = process.env.CASE_EDITOR_SHOTS;
async function shoot(page: Page, name: string) {
  // Set CASE_EDITOR_SHOTS to a folder to keep the screenshots for looking at by eye.
  await page.screenshot({
    path: shots ? `${shots}/${name}.png` : test.info().outputPath(`${name}.png`),
    fullPage: true,
  });
}

const ruleQuestion =
  'Police found Mr Brannock back at the flat with his partner injured. What still supports a rating below high for her?';

test('a tutor writes, tries, previews and exports a case; a trainee in another copy imports it and meets it', async ({
  page,
  harness,
  browser,
}) => {
  test.setTimeout(300_000);
  const exchange = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-case-editor-'));
  const letter = path.join(exchange, 'Police report.docx');
  fs.writeFileSync(letter, sampleLetterDocx());
  const pack = path.join(exchange, 'brannock.caseworkcase');

  // 1. The tutor starts a new case from the editor, reached from the main navigation.
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Write a case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write a case' })).toBeVisible();
  await shoot(page, '01-start');
  await page.getByRole('link', { name: 'Start a new case' }).click();
  await expect(page.getByRole('navigation', { name: 'Parts of the case' })).toBeVisible();

  await page.getByLabel('Title', { exact: true }).fill('Tom Brannock: threats after a separation');
  await page
    .getByLabel('Summary')
    .fill('A man on a community order contacts his former partner against a court order.');
  await page
    .getByLabel('The trainee’s task')
    .fill('Complete the risk of serious harm analysis at the start of the order.');
  await page.getByLabel('Name', { exact: true }).fill('Tom Brannock');
  await page.getByLabel('Age', { exact: true }).fill('41');
  await page.getByLabel('Pronouns', { exact: true }).fill('he/him');
  await page
    .getByLabel('Circumstances', { exact: true })
    .fill('Lives alone in a flat in the invented town of Farrowby; 12-month community order.');
  await page.getByRole('checkbox', { name: 'Domestic abuse', exact: true }).check();
  await page.getByLabel('Case id').fill('brannock-threats');
  // Checking early lists what is still missing, each problem by its path.
  await page.getByRole('button', { name: 'Check the case' }).click();
  const problems = page.getByTestId('case-problems');
  await expect(problems).toBeFocused();
  await expect(problems).toContainText('documents[0].title');
  await shoot(page, '02-details-with-problems');

  // 2. Documents: the first pasted, the second brought in from Word and released when the case continues.
  await page.getByRole('link', { name: 'Next: Documents' }).click();
  await page.locator('#case-documents-0-title').fill('Prosecution case summary');
  await page.locator('#case-documents-0-kind').selectOption('case-summary');
  await page.locator('#case-documents-0-agency').fill('Farrowby Crown Prosecution Team');
  await page.locator('#case-documents-0-author').fill('Reviewing lawyer');
  await page.locator('#case-documents-0-date').fill('2');
  await page.locator('#case-documents-0-date-month').fill('10');
  await page.locator('#case-documents-0-date-year').fill('2026');
  await page.locator('#case-documents-0-id').fill('case-summary');
  await page
    .locator('#case-documents-0-body')
    .fill(
      'Summary of the offence\n\nOn 14/09/2026 Mr Brannock sent his former partner 40 messages in one night.\nHe said he would come to the flat.\n\nPrevious contact:\n- Two warnings from police\n- A non-molestation order',
    );
  await page.getByRole('button', { name: 'Use this text' }).click();
  const firstPreview = page.locator('.case-editor__preview').first();
  await expect(
    firstPreview.getByRole('heading', { level: 3, name: 'Prosecution case summary' }),
  ).toBeVisible();
  await expect(firstPreview.getByRole('heading', { level: 4, name: 'Summary of the offence' })).toBeVisible();
  await expect(firstPreview.getByRole('listitem')).toHaveCount(2);

  await page.getByRole('button', { name: 'Add a document' }).click();
  await page.locator('#case-documents-1-title').fill('Police report of a call-out');
  await page.locator('#case-documents-1-kind').selectOption('police-report');
  await page.locator('#case-documents-1-agency').fill('Farrowby Police');
  await page.locator('#case-documents-1-author').fill('PC 2231 Ilsa Marrow');
  await page.locator('#case-documents-1-date').fill('10');
  await page.locator('#case-documents-1-date-month').fill('11');
  await page.locator('#case-documents-1-date-year').fill('2026');
  await page.locator('#case-documents-1-id').fill('police-callout');
  const documentTwo = page.getByRole('region', { name: /^Document 2/ });
  await documentTwo.getByRole('radio', { name: 'Released when the trainee continues the case' }).check();
  await page
    .locator('#case-documents-1-newInformation-headline')
    .fill('Police attended the flat on 10/11/2026.');
  harness.setNextDialogAnswer(letter);
  await documentTwo.getByRole('button', { name: 'Bring in a Word document' }).click();
  await expect(page.getByText('from “Police report.docx”')).toBeVisible();
  const secondPreview = page.locator('.case-editor__preview').nth(1);
  await expect(
    secondPreview.getByRole('heading', { level: 4, name: 'Letter from Harrowgate Housing Trust' }),
  ).toBeVisible();
  await expect(secondPreview.getByRole('table')).toBeVisible();
  await expect(secondPreview.getByText('New information')).toBeVisible();
  await shoot(page, '03-documents');

  // 3. A short interview: the first question opens a follow-up; the preview asks both.
  await page.getByRole('link', { name: 'Next: Interview' }).click();
  await page.getByRole('button', { name: 'Add an interview' }).click();
  await page.getByLabel('Title of the interview').fill('First appointment with Tom');
  await page.getByLabel('Setting', { exact: true }).fill('Farrowby probation office, Monday 02/11/2026.');
  await page.locator('#case-interview-topics-0-label').fill('Home');
  await page.locator('#case-interview-questions-0-ask').fill('Who have you been in touch with this week?');
  await page.locator('#case-interview-questions-0-reply').fill('Nobody. Well, I messaged Sam once.');
  await page.locator('#case-interview-questions-0-replyKind').selectOption('partial');
  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.locator('#case-interview-questions-1-ask').fill('How did you get Sam’s new number?');
  await page.locator('#case-interview-questions-1-reply').fill('Her sister gave it me.');
  await page.locator('#case-interview-questions-0-unlocks').check();
  const tryIt = page.getByTestId('interview-preview');
  await expect(tryIt.getByRole('button', { name: 'Ask: How did you get Sam’s new number?' })).toHaveCount(0);
  await tryIt.getByRole('button', { name: 'Ask: Who have you been in touch with this week?' }).click();
  await tryIt.getByRole('button', { name: 'Ask: How did you get Sam’s new number?' }).click();
  const transcript = tryIt.getByRole('list', { name: 'Preview transcript' });
  await expect(transcript.getByRole('listitem')).toHaveCount(2);
  await expect(transcript).toContainText('Her sister gave it me.');
  await shoot(page, '04-interview');

  // 4. Tutor notes, with a range that moves once the late document is in the file.
  await page.getByRole('link', { name: 'Next: Tutor notes and ranges' }).click();
  await page
    .getByLabel('What the case is for')
    .fill('Weighing a late police report against an early account.');
  await page.getByRole('button', { name: 'Add a range' }).click();
  await page.locator('#case-tutorNotes-roshRanges-0-group').selectOption('known-adult');
  await page.locator('#case-tutorNotes-roshRanges-0-from').selectOption('medium');
  await page.locator('#case-tutorNotes-roshRanges-0-to').selectOption('high');
  await page.locator('#case-tutorNotes-roshRanges-0-reasons').fill('Repeated contact against an order.');
  await page.locator('#case-tutorNotes-roshRanges-0-documentRefs').check();
  await page.getByRole('checkbox', { name: 'The range moves once a late document is in the file' }).check();
  await page.locator('#case-tutorNotes-roshRanges-0-afterNewInformation-from').selectOption('high');
  await page
    .locator('#case-tutorNotes-roshRanges-0-afterNewInformation-reasons')
    .fill('He went back to the flat.');
  await page.getByRole('button', { name: 'Add an evidence point' }).click();
  await page
    .locator('#case-tutorNotes-keyEvidence-0-point')
    .fill('Forty messages in one night, after two warnings.');
  await page.locator('#case-tutorNotes-keyEvidence-0-documentRefs').check();
  await page.getByLabel('MAPPA', { exact: true }).fill('Not eligible: the offence is not a MAPPA offence.');
  await page.getByLabel('Points for discussion').fill('What does contact against an order tell you?');
  await page.getByLabel('Pitfalls trainees often fall into').fill('Treating no violence as no risk.');
  await shoot(page, '05-tutor-notes');

  // 5. A preset rule: a rating below high for the known adult, once the police report is in the file.
  await page.getByRole('link', { name: 'Next: Rules' }).click();
  const presets = page.getByRole('region', { name: 'Add a rule from a preset' });
  await presets.getByRole('radio', { name: 'A rating below a level for a group' }).check();
  await presets.getByLabel('Group', { exact: true }).selectOption('known-adult');
  await presets.getByLabel('Setting', { exact: true }).selectOption('community');
  await presets.getByLabel('Speaks when rated below').selectOption('high');
  await presets
    .getByLabel('Only after this document is in the file (optional)')
    .selectOption('police-callout');
  await presets.getByLabel('The question the rule asks').fill(ruleQuestion);
  await presets.getByRole('button', { name: 'Add this rule' }).click();
  await expect(presets.getByRole('status')).toContainText('Added rule');
  // Try it: silent on an empty sample, speaking once the sample rates her medium with the report in.
  const tryPanel = page.getByTestId('try-rules');
  await tryPanel.getByRole('button', { name: 'Start the sample again from the rules' }).click();
  await expect(page.getByTestId('rule-0-outcome')).toHaveText('Silent on the sample');
  await tryPanel
    .getByLabel('The sample’s answers (JSON)')
    .fill('{ "rosh-analysis": { "rosh-grid": { "known-adult": { "community": "medium" } } } }');
  await expect(page.getByTestId('rule-0-outcome')).toHaveText('Silent on the sample');
  await tryPanel.getByRole('checkbox', { name: 'Police report of a call-out' }).check();
  await expect(page.getByTestId('rule-0-outcome')).toHaveText('Speaks on the sample');
  await shoot(page, '06-rules');

  // 6. Preview as the trainee, then save and export the pack.
  await page.getByRole('link', { name: 'Next: Preview and export' }).click();
  await expect(page.getByText('The case passes every check.')).toBeVisible();
  const previewed = page.getByTestId('case-preview');
  await expect(
    previewed.getByRole('heading', { level: 3, name: 'Police report of a call-out' }),
  ).toBeVisible();
  await expect(previewed).toContainText('When the trainee continues the case (step 1)');
  await expect(page.getByTestId('case-preview-interview')).toContainText('2 questions in 1 topic;');
  await expect(page.getByTestId('tutor-notes')).toContainText('Weighing a late police report');
  await shoot(page, '07-preview');
  harness.setNextDialogAnswer(pack);
  await page.getByRole('button', { name: 'Export the case pack' }).click();
  await expect(page.getByTestId('case-editor-status')).toContainText('exported it as');
  expect(fs.statSync(pack).size).toBeGreaterThan(0);

  // 7. A second copy of the app imports the pack; a trainee there starts the case.
  const second = await startHarness();
  const context = await browser.newContext({
    baseURL: second.url,
    extraHTTPHeaders: { 'x-casework-token': second.token },
  });
  try {
    const trainee = await context.newPage();
    await trainee.goto('/');
    await importPack(trainee, second, pack);
    await startImportedCase(trainee);
    await meetTheCase(trainee);
  } finally {
    await context.close();
    await second.stop();
    fs.rmSync(exchange, { recursive: true, force: true });
  }
});

async function importPack(trainee: Page, second: Awaited<ReturnType<typeof startHarness>>, pack: string) {
  second.setNextDialogAnswer(pack);
  await trainee.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Write a case' }).click();
  await trainee.getByRole('button', { name: 'Add a case from a file' }).click();
  await expect(trainee.getByTestId('case-import-status')).toContainText(
    'Added “Tom Brannock: threats after a separation”',
  );
}

async function startImportedCase(trainee: Page) {
  await trainee
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Your practice' })
    .click();
  const card = trainee.getByTestId('case-brannock-threats');
  await expect(card).toContainText('Tom Brannock');
  await card.getByRole('button', { name: 'Start this case' }).click();
  await expect(trainee.getByTestId('workspace')).toBeVisible();
  await expect(trainee.getByTestId('attempt-title')).toHaveText('Tom Brannock: threats after a separation');
}

async function meetTheCase(trainee: Page) {
  const caseFile = trainee.getByTestId('case-file');
  await expect(caseFile.getByRole('list', { name: 'Case-file documents' }).getByRole('listitem')).toHaveCount(
    1,
  );
  // The late document arrives when the case continues; a rating below high then raises the rule's question.
  await trainee.getByRole('button', { name: 'Continue the case' }).click();
  await expect(trainee.getByTestId('new-information')).toContainText('Police report of a call-out');
  await trainee.getByRole('link', { name: 'Risk of serious harm levels' }).click();
  await trainee.locator('#f--rosh-analysis--rosh-grid--known-adult--community').selectOption('medium');
  await trainee.getByRole('tab', { name: /^Feedback/ }).click();
  await expect(trainee.getByTestId('feedback-panel')).toContainText(ruleQuestion);
  await shoot(trainee, '08-trainee-rule-speaks');
  await trainee.getByRole('link', { name: 'All sections' }).click();
  await trainee.getByRole('button', { name: 'Finish this practice' }).click();
  await trainee.getByRole('button', { name: 'Finish anyway' }).click();
  const notes = trainee.getByTestId('tutor-notes');
  await expect(notes).toBeVisible();
  await expect(notes).toContainText('Weighing a late police report against an early account.');
  await expect(notes).toContainText('Treating no violence as no risk.');
  await shoot(trainee, '09-trainee-tutor-notes');
}
