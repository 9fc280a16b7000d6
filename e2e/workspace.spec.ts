import type { Page } from '@playwright/test';
import { caseLibrary } from '@shared/cases';
import { attemptIdFrom, expect, startBuiltinCase, test } from './fixtures';

/**
 * The workspace around an attempt, driven as a trainee would: a library case from start to finish (case file
 * beside the form, search, a passage attached as evidence, a late document, feedback, the practice timer,
 * tutor notes and the reflective log after finishing), then try again, rename, and delete with undo.
 */

const shots = process.env.WORKSPACE_SHOTS;
async function shoot(page: Page, name: string, fullPage = false) {
  // Screenshots for looking at the screens by eye; set WORKSPACE_SHOTS to a folder to keep them.
  await page.screenshot({
    path: shots ? `${shots}/${name}.png` : test.info().outputPath(`${name}.png`),
    fullPage,
  });
}

async function waitUntilSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved \d\d:\d\d$/);
}

/** The saved attempt, read through the same bridge the app uses. */
async function savedAttempt(page: Page, id: string) {
  return page.evaluate(async (attemptId) => {
    const envelope = (await window.casework!.getAttempt({ id: attemptId })) as {
      ok: boolean;
      value: {
        evidence: Array<{ itemId: string; quote: string }>;
        releasedDocumentIds: string[];
        answers: Record<string, Record<string, unknown>>;
        status: string;
        timing: { totalMs: number; perSectionMs: Record<string, number>; timerEnabled: boolean };
      };
    };
    return envelope.value;
  }, id);
}

test('a practice case from start to finish: evidence, a late document, and tutor notes after finishing', async ({
  page,
  harness,
}) => {
  // A long journey: give a loaded machine room rather than fail on time alone.
  test.slow();
  await page.goto('/');
  const library = page.getByTestId('case-library');
  await expect(
    library.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }),
  ).toHaveCount(8);
  // Narrow the library by difficulty and theme, then show it all again.
  const cards = library.locator('.case-list > li');
  await page.getByRole('combobox', { name: 'Difficulty' }).selectOption('advanced');
  await expect(cards).toHaveCount(caseLibrary.filter((c) => c.difficulty === 'advanced').length);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('mappa');
  await expect(cards).toHaveCount(
    caseLibrary.filter((c) => c.difficulty === 'advanced' && c.themes.includes('mappa')).length,
  );
  await expect(library.getByRole('status')).toHaveText(/^Showing \d of 8 cases$/);
  await library.getByRole('button', { name: 'Show all cases' }).click();
  await expect(cards).toHaveCount(8);
  await expect(library.getByRole('status')).toHaveText('Showing all 8 cases');

  const cotter = page.getByTestId('case-cotter-domestic-abuse');
  await expect(cotter).toContainText('Foundation');
  await expect(cotter).toContainText('About 1 hour 15 minutes');
  await expect(cotter).toContainText('Domestic abuse');
  await shoot(page, '01-home-library', true);

  await cotter.getByRole('button', { name: 'Start this case' }).click();
  const workspace = page.getByTestId('workspace');
  await expect(workspace).toBeVisible();
  await expect(page.getByTestId('attempt-title')).toHaveText('Ryan Cotter: an assault at home');
  const attemptId = attemptIdFrom(page);
  const caseFile = page.getByTestId('case-file');
  await expect(caseFile.getByRole('list', { name: 'Case-file documents' }).getByRole('listitem')).toHaveCount(
    8,
  );
  // The template set of the case: every template's tasks are on the overview.
  for (const title of [
    'Risk of serious harm analysis',
    'Risk management plan',
    'Sentence plan',
    'Reflective log',
  ])
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await shoot(page, '02-workspace-overview');

  // Search within the documents, stepping to the first match.
  const search = page.getByLabel('Search the case file');
  await search.fill('throat');
  await expect(page.locator('#case-file-search-status')).toHaveText(/^\d+ match(es)?$/);
  await search.press('Enter');
  await expect(page.locator('#case-file-search-status')).toHaveText(/^1 of \d+ match(es)?$/);
  await expect(caseFile.locator('mark.search-match--active')).toBeVisible();
  await shoot(page, '03-search');
  await search.fill('');

  // Into a section: the evidence question is the target for a passage quoted from the case summary.
  await page.getByRole('link', { name: 'Offence analysis' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Offence analysis' })).toBeVisible();
  const whatHappened = page.getByRole('textbox', { name: 'What happened?' });
  await whatHappened.fill('Ryan assaulted Leanne at home while her son was in the house.');
  await caseFile.getByRole('button', { name: /^All documents/ }).click();
  await caseFile.getByRole('button', { name: 'Prosecution case summary' }).click();
  await expect(caseFile.getByRole('heading', { level: 3, name: 'Prosecution case summary' })).toBeFocused();
  await caseFile.getByRole('button', { name: 'Quote this paragraph' }).first().click();
  const picked = page.getByTestId('picked-passage');
  await expect(picked).toContainText('Ryan is hurting mum');
  const quote = (await picked.innerText()).trim();
  await page.getByLabel('Attach to').selectOption('rosh-analysis/offence-evidence');
  await page.getByRole('button', { name: 'Attach to this question' }).click();
  await expect(page.getByTestId('attach-panel')).toContainText('Added to your answer to');
  // The quote is now the evidence question's answer, in the form.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLTextAreaElement>('main textarea[id$="-text"]')]
          .map((field) => field.value)
          .filter((value) => value.includes('Ryan is hurting mum')),
      ),
    )
    .toHaveLength(1);

  // A passage for a written answer is kept beside it as supporting evidence.
  await caseFile.getByRole('button', { name: 'Quote this paragraph' }).nth(1).click();
  await page.getByLabel('Attach to').selectOption('rosh-analysis/what-happened');
  await page.getByRole('button', { name: 'Attach to this question' }).click();
  await expect(page.getByTestId('attach-panel')).toContainText('Attached as evidence for “What happened”');
  await page.getByText('Already attached to this question (1)').click();
  await expect(page.getByTestId('attach-panel').locator('.attached-list__quote')).toHaveCount(1);
  await shoot(page, '04-evidence-attached');
  await waitUntilSaved(page);
  await expect
    .poll(async () => {
      const saved = await savedAttempt(page, attemptId);
      const references = (saved.answers['rosh-analysis']?.['offence-evidence'] ?? []) as Array<{
        quote: string;
      }>;
      return [references.map((r) => r.quote), saved.evidence.map((e) => e.itemId)];
    })
    .toEqual([[quote], ['what-happened']]);

  // Resize the split from the keyboard: remembered in settings.
  const separator = page.getByTestId('split-separator');
  const before = Number(await separator.getAttribute('aria-valuenow'));
  await separator.focus();
  await separator.press('ArrowLeft');
  await expect(separator).toHaveAttribute('aria-valuenow', String(before - 5));

  // The practice timer, optional, against a limit.
  await page.getByRole('button', { name: 'Practice timer' }).click();
  await page.getByRole('checkbox', { name: 'Show a practice timer' }).check();
  await page.getByLabel('Aim to finish within').selectOption('60');
  await page.getByRole('button', { name: 'Save timer' }).click();
  await expect(page.getByRole('timer')).toHaveText(/left|over/);

  // Finishing a section can bring new information: the IDVA writes once the enquiries are recorded.
  await page.getByRole('link', { name: 'Enquiries made' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enquiries made' })).toBeVisible();
  await page
    .getByRole('group', { name: 'Police domestic abuse enquiry' })
    .getByRole('radio', { name: 'Not requested' })
    .check();
  await page
    .getByRole('textbox', { name: 'Why has no domestic abuse enquiry been requested?' })
    .fill('I have not yet asked; I will ask today.');
  await page
    .getByRole('group', { name: 'Children’s social care safeguarding enquiry' })
    .getByRole('radio', { name: 'Not requested' })
    .check();
  await page
    .getByRole('textbox', { name: 'Why has no safeguarding enquiry been requested?' })
    .fill('I will ask children’s social care today.');
  await page
    .getByRole('group', { name: 'Check on a proposed address and its occupier' })
    .getByRole('radio', { name: 'No address proposed' })
    .check();
  const notice = page.getByTestId('new-information');
  await expect(notice).toContainText('Email from the IDVA');
  await expect(page.getByRole('tab', { name: /Case file \(1 new\)/ })).toBeVisible();

  // The case moves on: a late document arrives, with answers that may need another look.
  await page.getByRole('button', { name: 'Continue the case' }).click();
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('New information in the case file');
  await expect(notice).toContainText('Police notification of a domestic incident');
  await expect(page.getByRole('tab', { name: /Case file \(2 new\)/ })).toBeVisible();
  await shoot(page, '05-new-information');
  await notice.getByRole('button', { name: 'Read “Police notification of a domestic incident”' }).click();
  await expect(
    caseFile.getByRole('heading', { level: 3, name: 'Police notification of a domestic incident' }),
  ).toBeFocused();
  await expect(caseFile.getByText('New information', { exact: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Case file (1 new)' })).toBeVisible();
  await shoot(page, '06-late-document');

  // A revisit link goes to the question; a low rating for the known adult now raises a question.
  await notice.getByRole('button', { name: /^Risk of serious harm to each group/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Risk of serious harm levels' })).toBeVisible();
  await expect(page.locator('#f--rosh-analysis--rosh-grid')).toBeFocused();
  await page.locator('#f--rosh-analysis--rosh-grid').selectOption('high');
  await page.locator('#f--rosh-analysis--rosh-grid--known-adult--community').selectOption('low');
  await notice.getByRole('button', { name: 'Hide this message' }).click();
  await expect(notice).toBeHidden();

  // Select words in the late document with the mouse and attach them to the question being answered.
  await expect(page.getByLabel('Attach to')).toHaveValue('rosh-analysis/rosh-grid');
  const paragraph = caseFile.locator('.case-document__paragraph').first();
  await paragraph.scrollIntoViewIfNeeded();
  const box = (await paragraph.boundingBox())!;
  await page.mouse.move(box.x + 1, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + 8, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('attach-panel')).toContainText(
    'Selected from Police notification of a domestic incident',
  );
  const selected = (await page.getByTestId('picked-passage').innerText()).trim();
  expect(selected.length).toBeGreaterThan(3);
  expect(await paragraph.innerText()).toContain(selected);
  await page.getByRole('button', { name: 'Attach to this question' }).click();
  await expect(page.getByTestId('attach-panel')).toContainText(
    'Attached as evidence for “Risk of serious harm to each group”',
  );

  // Feedback by section, each entry linked to its question and its document; it never blocks saving.
  await page.getByRole('tab', { name: /^Feedback/ }).click();
  const feedback = page.getByTestId('feedback-panel');
  await expect(
    feedback.getByRole('heading', { level: 3, name: 'Risk of serious harm levels' }),
  ).toBeVisible();
  const aboutNotification = feedback
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Read Police notification of a domestic incident' }) })
    .first();
  await expect(aboutNotification).toBeVisible();
  await shoot(page, '07-feedback');
  await aboutNotification
    .getByRole('button', { name: 'Read Police notification of a domestic incident' })
    .click();
  await expect(
    caseFile.getByRole('heading', { level: 3, name: 'Police notification of a domestic incident' }),
  ).toBeVisible();
  await waitUntilSaved(page);

  // Tutor notes are not there before finishing.
  await expect(page.getByRole('tab', { name: 'Tutor notes' })).toHaveCount(0);

  // Finish (with sections still open: nothing blocks it).
  await page.getByRole('link', { name: 'All sections' }).click();
  await page.getByRole('button', { name: 'Finish this practice' }).click();
  await page.getByRole('button', { name: 'Finish anyway' }).click();
  await expect(page.getByTestId('finished-notice')).toContainText('points for discussion, not as the answer');
  const notes = page.getByTestId('tutor-notes');
  await expect(notes).toBeVisible();
  await expect(notes.getByRole('note')).toContainText('Points for discussion, not the answer');
  await expect(page.getByRole('tab', { name: 'Tutor notes' })).toHaveAttribute('aria-selected', 'true');
  // The reflective log opens with the attempt's decisions to reflect on.
  await expect(page.getByRole('heading', { level: 1, name: 'Decisions I made and why' })).toBeVisible();
  await expect(page.getByTestId('finished-notice')).toContainText(
    'Your reflective log has been started with',
  );
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('main input, main textarea')]
          .map((field) => field.value)
          .filter((value) => value.startsWith('Risk of serious harm to Known adult')),
      ),
    )
    .toEqual(['Risk of serious harm to Known adult: low (community)']);
  await shoot(page, '08-finished-tutor-notes');
  await waitUntilSaved(page);

  const saved = await savedAttempt(page, attemptId);
  expect(saved.status).toBe('finished');
  expect(saved.releasedDocumentIds).toEqual(
    expect.arrayContaining(['idva-email', 'police-incident-november']),
  );
  expect(saved.timing.timerEnabled).toBe(true);
  expect(saved.timing.totalMs).toBeGreaterThan(0);
  expect(Object.keys(saved.timing.perSectionMs)).toContain('rosh-analysis/offence');
  expect(saved.evidence.map((link) => link.itemId)).toEqual(['what-happened', 'rosh-grid']);

  // After a restart the late document is still in the file and the notes are still beside the answers.
  await harness.restart();
  await page.reload();
  await expect(page.getByTestId('workspace')).toBeVisible();
  // The split is remembered.
  await expect(page.getByTestId('split-separator')).toHaveAttribute('aria-valuenow', String(before - 5));
  // A finished attempt opens with the tutor notes beside the answers.
  await expect(page.getByRole('tab', { name: 'Tutor notes' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('tutor-notes')).toBeVisible();
  await page.getByRole('tab', { name: 'Case file' }).click();
  await expect(
    page
      .getByTestId('case-file')
      .getByRole('listitem')
      .filter({ hasText: 'Police notification of a domestic incident' }),
  ).toContainText('Arrived later');
  await page.getByRole('tab', { name: 'Tutor notes' }).click();
  await expect(page.getByTestId('tutor-notes')).toBeVisible();
});

test('try again, rename, and delete with undo', async ({ page, harness }) => {
  test.slow();
  await page.goto('/');
  await page.getByTestId('case-rooke-acquisitive').getByRole('button', { name: 'Start this case' }).click();
  await expect(page.getByTestId('workspace')).toBeVisible();
  const firstId = attemptIdFrom(page);

  await page.getByRole('button', { name: 'Rename' }).click();
  const name = page.getByLabel('Name of this practice');
  await expect(name).toBeFocused();
  await name.fill('Rooke, first go');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByTestId('attempt-title')).toHaveText('Rooke, first go');
  await waitUntilSaved(page);

  await page.getByRole('button', { name: 'Try again' }).click();
  await shoot(page, '09-try-again');
  await page.getByRole('button', { name: 'Start afresh' }).click();
  await expect.poll(() => attemptIdFrom(page)).not.toBe(firstId);
  await expect(page.getByTestId('attempt-title')).toHaveText('Rooke, first go (try 2)');

  await page.getByRole('link', { name: 'Your practice', exact: true }).click();
  const rows = page.getByTestId('attempts').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('case-rooke-acquisitive')).toContainText('2 attempts');

  await page.getByRole('button', { name: 'Delete “Rooke, first go (try 2)”' }).click();
  const confirm = page.getByTestId('confirm-delete');
  await expect(confirm.getByRole('heading', { name: 'Delete “Rooke, first go (try 2)”?' })).toBeFocused();
  await shoot(page, '10-confirm-delete');
  // Saying no keeps it, and focus goes back to where it was.
  await confirm.getByRole('button', { name: 'No, keep it' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('button', { name: 'Delete “Rooke, first go (try 2)”' })).toBeFocused();
  await expect(rows).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete “Rooke, first go (try 2)”' }).click();
  await confirm.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(rows).toHaveCount(1);
  const banner = page.getByTestId('deleted-banner');
  await expect(banner).toContainText('“Rooke, first go (try 2)” was deleted.');
  await expect(banner).toBeFocused();
  await shoot(page, '11-deleted-undo');
  await banner.getByRole('button', { name: 'Undo deleting “Rooke, first go (try 2)”' }).click();
  await expect(rows).toHaveCount(2);
  await expect(banner).toBeHidden();

  // Deleted for good in this session: still gone after a restart.
  await page.getByRole('button', { name: 'Delete “Rooke, first go”' }).click();
  await confirm.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(rows).toHaveCount(1);
  await banner.getByRole('button', { name: 'Dismiss this message' }).click();
  await expect(banner).toBeHidden();
  await harness.restart();
  await page.reload();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Rooke, first go (try 2)');

  // Rename from the list, without opening the attempt.
  await page.getByRole('button', { name: 'Rename “Rooke, first go (try 2)”' }).click();
  const newName = page.getByLabel('New name for “Rooke, first go (try 2)”');
  await expect(newName).toBeFocused();
  await newName.fill('');
  await page.getByTestId('rename-attempt').getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByTestId('rename-attempt')).toContainText('Enter a name for this practice');
  await newName.fill('Rooke, second go');
  await page.getByTestId('rename-attempt').getByRole('button', { name: 'Save name' }).click();
  await expect(rows.first()).toContainText('Rooke, second go');
  await expect(page.getByRole('button', { name: 'Rename “Rooke, second go”' })).toBeFocused();
  await page.reload();
  await expect(rows.first()).toContainText('Rooke, second go');
});

test('the workspace by keyboard: side tabs with arrow keys, a passage quoted to the question being answered', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await startBuiltinCase(page, 'cotter-domestic-abuse');
  await page.getByRole('link', { name: 'Offence analysis' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Offence analysis' })).toBeFocused();

  // The side tabs follow the tabs pattern: arrow keys move between them.
  const caseFileTab = page.getByRole('tab', { name: 'Case file' });
  await caseFileTab.focus();
  await page.keyboard.press('ArrowRight');
  // Cotter has an interview: its tab sits between the case file and the feedback.
  await expect(page.getByRole('tab', { name: 'Interview' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const feedbackTab = page.getByRole('tab', { name: /^Feedback/ });
  await expect(feedbackTab).toBeFocused();
  await expect(feedbackTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('feedback-panel')).toBeVisible();
  await shoot(page, '12-dark-tabs-focus');
  await page.keyboard.press('Home');
  await expect(caseFileTab).toBeFocused();

  // Answering a question makes it the one evidence goes to.
  await page.getByRole('textbox', { name: 'Motivation and triggers' }).focus();
  await expect(page.getByLabel('Attach to')).toHaveValue('rosh-analysis/motivation');

  // Open a document and quote a passage without a mouse.
  const caseFile = page.getByTestId('case-file');
  await caseFile.getByRole('button', { name: 'Pre-sentence interview record' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    caseFile.getByRole('heading', { level: 3, name: 'Pre-sentence interview record' }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(caseFile.getByRole('button', { name: /^Quote this/ }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('picked-passage')).not.toBeEmpty();
  await page.getByRole('button', { name: 'Attach to this question' }).focus();
  await shoot(page, '13-dark-quote-by-keyboard');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('attach-panel')).toContainText('Attached as evidence for “Why did it happen');

  // The separator resizes by keyboard and shows its focus.
  const separator = page.getByTestId('split-separator');
  await separator.focus();
  await page.keyboard.press('End');
  await expect(separator).toHaveAttribute('aria-valuenow', '80');
  await shoot(page, '14-dark-separator-focus');

  // Text at twice the size: the case file moves below the form rather than squeezing it.
  const sectionUrl = page.url();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Largest (200%)' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
  await page.goto(sectionUrl);
  await expect(page.getByTestId('case-file')).toBeVisible();
  await expect(separator).toBeHidden();
  await shoot(page, '15-dark-largest-text');
});

test('an own case has feedback beside the form and no case file', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Name this practice').fill('Own case: Jordan');
  await page.getByRole('button', { name: 'Start practising' }).click();
  await expect(page.getByTestId('workspace')).toBeVisible();
  await expect(page.getByTestId('attempt-bar')).toContainText('Own case');
  await expect(page.getByRole('tab')).toHaveCount(1);
  const feedbackTab = page.getByRole('tab', { name: 'Feedback' });
  await expect(feedbackTab).toHaveAttribute('aria-selected', 'true');
  await expect(feedbackTab).toHaveAttribute('tabindex', '0');
  await expect(page.getByTestId('case-file')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Continue the case' })).toHaveCount(0);
  await shoot(page, '16-own-case');
  await page.getByRole('button', { name: 'Hide feedback' }).click();
  await expect(page.getByTestId('feedback-panel')).toBeHidden();
  await page.getByRole('button', { name: 'Show feedback' }).click();
  await expect(page.getByTestId('feedback-panel')).toBeVisible();
});
