import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { createReview, setJudgement } from '@shared/review/threads';
import { expect, fillDate, test } from './fixtures';

// Supervision, comparing attempts and progress, through the harness: records are saved by the real host,
// the PDF is written through the fake save dialog and read back with pdftotext.

const firstAccount =
  'Mr Orwin-Hale pushed his partner against a door at their flat in the invented town of Brackwater.';
const secondAccount =
  'Mr Orwin-Hale pushed his partner against a door at their flat in the invented town of Brackwater, in front of her son.';

/** Two fictional attempts on an own case: the second raises the known adult rating and adds to the account. */
async function seedAttempts(page: Page): Promise<{ first: string; second: string }> {
  return page.evaluate(
    async ({ firstAccount, secondAccount }) => {
      const bridge = window.casework!;
      const unwrap = <T>(envelope: { ok: boolean; value?: T; error?: { message: string } }): T => {
        if (!envelope.ok) throw new Error(envelope.error?.message);
        return envelope.value as T;
      };
      unwrap(await bridge.updateSettings({ traineeName: 'Rowan Tellis' }));
      const save = async (title: string, account: string, level: string, minutes: number) => {
        const created = unwrap(
          await bridge.createAttempt({
            title,
            caseId: null,
            templateIds: ['rosh-analysis'],
            templateVersions: { 'rosh-analysis': 1 },
            releasedDocumentIds: [],
          }),
        );
        unwrap(
          await bridge.saveAttempt({
            attempt: {
              ...created,
              timing: {
                ...created.timing,
                totalMs: minutes * 60_000,
                perSectionMs: { 'rosh-analysis/rosh-levels': minutes * 60_000 },
              },
              answers: {
                'rosh-analysis': {
                  setting: 'community',
                  'what-happened': account,
                  'rosh-grid': { 'known-adult': { community: level } },
                },
              },
            },
            progress: 0.2,
          }),
        );
        return created.id;
      };
      const first = await save('Brackwater rehearsal', firstAccount, 'low', 42);
      const second = await save('Brackwater rehearsal, second go', secondAccount, 'medium', 35);
      return { first, second };
    },
    { firstAccount, secondAccount },
  );
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

test('a supervision record links an attempt, is saved, exported as a PDF and followed up next time', async ({
  page,
  harness,
}) => {
  await page.goto('/');
  await seedAttempts(page);
  await page.getByRole('link', { name: 'Supervision', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Supervision records' })).toBeVisible();
  await expect(page.getByTestId('no-supervision-records')).toBeVisible();
  await page.getByRole('link', { name: 'Start a new record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New supervision record' })).toBeVisible();

  // Saving with nothing linked explains what to fix, with links to the fields.
  await page.getByLabel('Who took part').fill('');
  await page.getByRole('button', { name: 'Save record' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Say who took part');
  await expect(summary).toContainText('Choose at least one attempt to discuss');
  await summary.getByRole('link', { name: 'Say who took part' }).click();
  await expect(page.getByLabel('Who took part')).toBeFocused();

  // The date is typed in day, month and year boxes; a year out of range is refused and only it is marked.
  const sessionDate = page.getByRole('group', { name: 'Date of the session' });
  await fillDate(sessionDate, '02/11/1026');
  await page.getByRole('button', { name: 'Save record' }).click();
  await expect(summary).toContainText('The year of the date of the session must be between 1900 and 2100');
  await expect(sessionDate.getByLabel('Year')).toHaveAttribute('aria-invalid', 'true');
  await expect(sessionDate.getByLabel('Day')).not.toHaveAttribute('aria-invalid', 'true');
  await fillDate(sessionDate, '02/11/2026');
  await page.getByLabel('Who took part').fill('Rowan Tellis (trainee), Imogen Brede (practice tutor)');
  await page.getByLabel('Agenda').fill('The known adult rating before the police reply.');
  await page.getByRole('checkbox', { name: 'Brackwater rehearsal', exact: true }).check();
  await page.getByRole('radio', { name: 'Rolfe' }).check();
  await page
    .getByLabel('What?', { exact: true })
    .fill('I rated the known adult low before hearing from the police.');
  await page.getByRole('button', { name: 'Add a discussion note' }).click();
  await expect(page.getByLabel('Attempt', { exact: true })).toBeFocused();
  await page
    .getByLabel('Item', { exact: true })
    .selectOption({ label: 'Risk of serious harm to each group' });
  await page
    .getByLabel('What was discussed', { exact: true })
    .fill('Why low for her, with two call-outs in the log?');
  await page.getByRole('button', { name: 'Add an action' }).click();
  await expect(page.getByLabel('Action 1: what will be done')).toBeFocused();
  await page.getByLabel('Action 1: what will be done').fill('Ask the police for the call-out log');
  await page.getByLabel('Action 1: who will do it').fill('Rowan');
  await fillDate(page.getByRole('group', { name: 'Action 1: due by' }), '06/11/2026');
  await page.getByRole('button', { name: 'Save record' }).click();
  await expect(page.getByTestId('supervision-message')).toHaveText('Record saved: 02/11/2026.');
  await expect(page).toHaveURL(/#\/supervision\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Supervision on 02/11/2026' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('supervision-edit.png'), fullPage: true });

  // Export through the fake save dialog, then read the PDF as a tutor would.
  const pdfPath = test.info().outputPath('supervision.pdf');
  harness.setNextDialogAnswer(pdfPath);
  await page.getByRole('button', { name: 'Save and export as PDF' }).click();
  await expect(page.getByTestId('supervision-message')).toContainText('exported as “supervision.pdf”');
  expect(harness.dialogCalls.at(-1)).toMatchObject({
    kind: 'save',
    defaultName: 'Supervision - 2026-11-02 - Rowan Tellis.pdf',
  });
  const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }));
  for (const expected of [
    'Reflective supervision record',
    'Supervision on 02/11/2026',
    'Rowan Tellis (trainee), Imogen Brede (practice tutor)',
    'Brackwater rehearsal',
    'The known adult rating before the police reply.',
    'Reflection (Rolfe)',
    'I rated the known adult low before hearing from the police.',
    'Risk of serious harm to each group',
    'Why low for her, with two call-outs in the log?',
    'Ask the police for the call-out log',
    '06/11/2026',
    'Practice - fictional case - not for operational use',
  ])
    expect(text).toContain(expected);

  // The next session follows up the action agreed in this one.
  await page.getByRole('link', { name: 'All supervision records' }).click();
  await expect(page.getByTestId('supervision-records')).toContainText('02/11/2026');
  await page.getByRole('link', { name: 'Start a new record' }).click();
  const followUp = page.getByTestId('follow-up');
  await expect(followUp).toContainText('Follow-up of the session on 02/11/2026');
  await expect(followUp).toContainText('0 of 1 done; 1 not yet followed up.');
  await followUp.getByLabel('What happened to “Ask the police for the call-out log”').selectOption('done');
  await followUp.getByLabel('Note on “Ask the police for the call-out log”').fill('Two call-outs found.');
  await expect(followUp).toContainText('1 of 1 done.');
  await fillDate(page.getByRole('group', { name: 'Date of the session' }), '16/11/2026');
  await page.getByRole('checkbox', { name: 'Brackwater rehearsal, second go' }).check();
  await page.screenshot({ path: test.info().outputPath('supervision-follow-up.png'), fullPage: true });
  await page.getByRole('button', { name: 'Save record' }).click();
  await expect(page.getByTestId('supervision-message')).toHaveText('Record saved: 16/11/2026.');

  await page.getByRole('link', { name: 'All supervision records' }).click();
  const rows = page.getByTestId('supervision-records').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('16/11/2026');
  await expect(rows.first()).toContainText('1 of 1 done');
  await page.screenshot({ path: test.info().outputPath('supervision-list.png'), fullPage: true });

  // Saved by the host, so still there after a restart.
  await harness.restart();
  await page.reload();
  await expect(page.getByTestId('supervision-records').locator('tbody tr')).toHaveCount(2);
});

test('comparing two attempts shows the changed answer in words and the raised rating', async ({ page }) => {
  await page.goto('/');
  await seedAttempts(page);
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare attempts' })).toBeVisible();
  // The two attempts of the same case are offered, earlier first.
  await expect(page.getByLabel('Earlier attempt or version')).toHaveValue(/.+/);
  await expect(page.getByLabel('Earlier attempt or version').locator('option:checked')).toContainText(
    'Brackwater rehearsal (started',
  );
  await expect(page.getByLabel('Later attempt or version').locator('option:checked')).toContainText(
    'Brackwater rehearsal, second go',
  );
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/#\/compare\/[a-z0-9-]+\/[a-z0-9-]+$/);

  const comparison = page.getByTestId('comparison');
  await expect(comparison.getByTestId('level-changes')).toContainText(
    'Known adult, Community (Risk of serious harm to each group): Low to Medium, raised',
  );
  const account = comparison.getByTestId('diff-what-happened');
  await expect(account.getByTestId('text-diff')).toContainText('[added:');
  await expect(account.locator('ins')).toContainText('in front of her son');
  const grid = comparison.getByTestId('grid-diff');
  await expect(grid.getByRole('row', { name: /Known adult/ })).toContainText('Raised');
  await page.screenshot({ path: test.info().outputPath('compare.png'), fullPage: true });

  // Unchanged answers can be shown too, for context.
  await page.getByRole('checkbox', { name: 'Show unchanged answers too' }).check();
  await expect(comparison.getByTestId('diff-setting')).toContainText('Unchanged');
});

test('the progress view shows each attempt, its questions and time, with a chart and its table', async ({
  page,
}) => {
  await page.goto('/');
  const { first } = await seedAttempts(page);
  // A tutor's review of the first attempt, saved through the host as the review screen saves it.
  const attempt = await page.evaluate(async (id) => {
    const envelope = await window.casework!.getAttempt({ id });
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value;
  }, first);
  let id = 0;
  const ctx = { now: () => new Date(attempt.updatedAt), newId: () => `review-e2e-${(id += 1)}` };
  const review = setJudgement(
    createReview(attempt, 'Imogen Brede', ctx),
    {
      templateId: 'rosh-analysis',
      sectionId: 'rosh-levels',
      criterionId: 'risk-rated-defensibly',
      level: 'developing',
      reason: 'Low for the known adult before the police reply came back.',
    },
    ctx,
  );
  await page.evaluate(async (review) => {
    const envelope = await window.casework!.saveReview({ review });
    if (!envelope.ok) throw new Error(envelope.error.message);
  }, review);
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  const totals = page.getByTestId('progress-totals');
  await expect(totals).toContainText('Attempts2');
  await expect(totals).toContainText('Time spent1 h 17 min');
  const table = page.getByTestId('progress-case');
  await expect(table.getByRole('row', { name: /Brackwater rehearsal, second go/ })).toContainText('35 min');
  await expect(table.getByRole('row', { name: /Brackwater rehearsal Attempt 1/ })).toContainText('42 min');
  await expect(table.getByRole('row', { name: /Brackwater rehearsal Attempt 1/ })).toContainText(
    'Risk rated defensibly: Developing',
  );
  await expect(page.getByTestId('progress-criteria')).toContainText(
    /Risk rated defensibly\s*Attempt 1 \(\d\d\/\d\d\/\d{4}\): Developing/,
  );
  const chart = page.getByRole('img', { name: /Quality questions raised per attempt/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('rect')).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('progress.png'), fullPage: true });
  // The chart's figures are the table's.
  const barTitles = await chart.locator('rect title').allTextContents();
  expect(barTitles[0]).toMatch(/^1\. Own case, attempt 1, started \d\d\/\d\d\/\d{4}: \d+ questions?$/);
  expect(fs.existsSync(test.info().outputPath('progress.png'))).toBe(true);
});

test('the supervision form works from the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await seedAttempts(page);
  await page.goto('/#/supervision/new');
  // Opened afresh, the form starts with the trainee's name from settings.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'New supervision record' })).toBeVisible();
  await expect(page.getByLabel('Who took part')).toHaveValue('Rowan Tellis (trainee), ');
  await page.getByRole('checkbox', { name: 'Brackwater rehearsal', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Brackwater rehearsal', exact: true })).toBeChecked();

  await page.getByRole('button', { name: 'Add an action' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Action 1: what will be done')).toBeFocused();
  await page.keyboard.type('Re-read the police summary');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Action 1: who will do it')).toBeFocused();
  await page.keyboard.type('Rowan');
  // The due date's day, month and year boxes come next, in that order.
  const due = page.getByRole('group', { name: 'Action 1: due by' });
  for (const [part, typed] of [
    ['Day', '30'],
    ['Month', '11'],
    ['Year', '2026'],
  ] as const) {
    await page.keyboard.press('Tab');
    await expect(due.getByLabel(part, { exact: true })).toBeFocused();
    await page.keyboard.type(typed);
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Remove action 1' })).toBeFocused();

  await page.getByRole('button', { name: 'Add a discussion note' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Attempt', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Item', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Talked through the grid.');

  await page.getByRole('button', { name: 'Save record' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('supervision-message')).toContainText('Record saved:');
  const saved = await page.evaluate(async () => {
    const envelope = await window.casework!.listSupervisionRecords({});
    return envelope.ok ? envelope.value.records : [];
  });
  expect(saved).toHaveLength(1);
  expect(saved[0]!.actions[0]).toMatchObject({ text: 'Re-read the police summary', dueDate: '2026-11-30' });
  expect(saved[0]!.discussion[0]).toMatchObject({ notes: 'Talked through the grid.' });

  // Deleting asks first, with the confirmation focused, and leaves the list empty.
  await page.getByRole('button', { name: 'Delete record' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Yes, delete it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Supervision records' })).toBeVisible();
  await expect(page.getByTestId('no-supervision-records')).toBeVisible();
});

test('comparing after new information names the documents released between and marks removed words', async ({
  page,
}) => {
  await page.goto('/');
  const ids = await page.evaluate(async () => {
    const bridge = window.casework!;
    const unwrap = <T>(envelope: { ok: boolean; value?: T; error?: { message: string } }): T => {
      if (!envelope.ok) throw new Error(envelope.error?.message);
      return envelope.value as T;
    };
    const initial = [
      'charge-sheet',
      'cps-summary',
      'previous-convictions',
      'police-da-callouts',
      'childrens-social-care',
      'marac-extract',
      'psr-interview',
      'court-result',
    ];
    const save = async (released: string[], account: string) => {
      const created = unwrap(
        await bridge.createAttempt({
          title: 'Ryan Cotter practice',
          caseId: 'cotter-domestic-abuse',
          templateIds: ['rosh-analysis'],
          templateVersions: { 'rosh-analysis': 1 },
          releasedDocumentIds: released,
        }),
      );
      unwrap(
        await bridge.saveAttempt({
          attempt: { ...created, answers: { 'rosh-analysis': { 'what-happened': account } } },
          progress: 0.1,
        }),
      );
      return created.id;
    };
    const before = await save(
      initial,
      'He says it was a one-off argument and nothing like it had happened before.',
    );
    const after = await save([...initial, 'idva-email'], 'He says it was a one-off argument.');
    return { before, after };
  });
  await page.goto(`/#/compare/${ids.before}/${ids.after}`);
  const comparison = page.getByTestId('comparison');
  await expect(comparison.getByTestId('new-information')).toContainText('Email from the IDVA');
  const account = comparison.getByTestId('diff-what-happened');
  await expect(account.locator('del')).toContainText('[removed:');
  await expect(account.locator('del')).toContainText('and nothing like it had happened before');
  await page.screenshot({ path: test.info().outputPath('compare-new-information.png'), fullPage: true });
});
