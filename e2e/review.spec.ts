import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startHarness } from './harness/server';

// A trainee and a tutor, each with their own copy of the app (two harnesses, two data folders), pass an
// attempt and its feedback back and forth as .casework files through the fake save and open dialogs.

const fixtures = path.resolve(import.meta.dirname, '..', 'shared', 'exchange', 'fixtures');

const account =
  'He says he only raised his voice and that she fell against the door.\nHe says he had not been drinking that evening.';

/** A fictional attempt saved through the host, as the trainee's form would save it. */
async function seedAttempt(
  page: Page,
  traineeName: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  return page.evaluate(
    async ({ traineeName, account, extra }) => {
      const bridge = window.casework!;
      const unwrap = <T>(envelope: { ok: boolean; value?: T; error?: { message: string } }): T => {
        if (!envelope.ok) throw new Error(envelope.error?.message);
        return envelope.value as T;
      };
      unwrap(await bridge.updateSettings({ traineeName }));
      const created = unwrap(
        await bridge.createAttempt({
          title: 'Rehearsal on an invented case',
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
            answers: {
              'rosh-analysis': {
                setting: 'community',
                'assessment-point': 'start',
                'what-happened':
                  'Mr Fenwick-Dale pushed his partner during an argument at their flat in the made-up town of Northcombe.',
                'persons-account': account,
                ...extra,
              },
            },
          },
          progress: 0.1,
        }),
      );
      return created.id;
    },
    { traineeName, account, extra },
  );
}

/** Selects `words` inside the answer text of the item whose prompt is `prompt`, as a mouse drag would. */
async function selectWords(page: Page, prompt: string, words: string) {
  const item = page.getByTestId('review-item').filter({ has: page.getByRole('heading', { name: prompt }) });
  const text = item.getByTestId('answer-text');
  await text.evaluate((element, wanted) => {
    const node = element.firstChild!;
    const start = (node.textContent ?? '').indexOf(wanted);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + wanted.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, words);
  return item;
}

async function libraryCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const envelope = await window.casework!.listAttempts({});
    return envelope.ok ? envelope.value.entries.length : -1;
  });
}

test('trainee sends work, tutor comments and judges, trainee reads the feedback beside the answers, replies and marks it addressed', async ({
  page,
  harness,
  browser,
}) => {
  test.setTimeout(300_000);
  const exchange = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-exchange-'));
  const tutorHarness = await startHarness();
  const tutorContext = await browser.newContext({
    baseURL: tutorHarness.url,
    extraHTTPHeaders: { 'x-casework-token': tutorHarness.token },
  });
  try {
    // 1. The trainee exports the attempt for review.
    await page.goto('/');
    const attemptId = await seedAttempt(page, 'Ellis Marden');
    await page.reload();
    await page.getByRole('link', { name: 'Share or read feedback: Rehearsal on an invented case' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Rehearsal on an invented case' }),
    ).toBeVisible();
    await expect(page.getByTestId('no-feedback')).toBeVisible();
    const forReview = path.join(exchange, 'for-review.casework');
    harness.setNextDialogAnswer(forReview);
    await page.getByRole('button', { name: 'Export for your tutor' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved “for-review.casework”' })).toBeVisible();
    expect(fs.existsSync(forReview)).toBe(true);
    await page.screenshot({ path: test.info().outputPath('1-trainee-share.png'), fullPage: true });

    // 2. The tutor opens it in their own copy: it is added as someone else's work to review.
    const tutor = await tutorContext.newPage();
    await tutor.goto('/');
    await tutor.evaluate(() => window.casework!.updateSettings({ traineeName: 'Dana Whitcombe' }));
    await tutor.reload();
    await tutor.screenshot({ path: test.info().outputPath('2-tutor-home.png'), fullPage: true });
    tutorHarness.setNextDialogAnswer(forReview);
    await tutor.getByRole('button', { name: 'Open a file from a trainee or tutor' }).click();
    await expect(tutor.getByTestId('import-status')).toContainText(
      'Ellis Marden’s work, “Rehearsal on an invented case”, is ready to review',
    );
    await expect(tutor.getByText('Tutor review · Ellis Marden’s work')).toBeVisible();
    await expect(tutor.getByLabel('Your name, as the trainee will see it')).toHaveValue('Dana Whitcombe');
    await tutor.getByRole('button', { name: 'Start reviewing' }).click();

    // The answers are text to read, not fields to change.
    await expect(tutor.getByRole('heading', { name: 'The person’s account of the offence' })).toBeVisible();
    await expect(tutor.getByRole('textbox', { name: 'The person’s account of the offence' })).toHaveCount(0);

    // 3. A comment on words selected in an answer, and one on a whole answer.
    const accountItem = await selectWords(
      tutor,
      'The person’s account of the offence',
      'she fell against the door',
    );
    await accountItem.getByRole('button', { name: 'Comment on the selected words' }).click();
    await expect(accountItem.getByLabel('Words in the answer this comment is about (optional)')).toHaveValue(
      'she fell against the door',
    );
    await accountItem.getByRole('button', { name: 'Add comment' }).click();
    await expect(accountItem.getByText('Write the comment before adding it.')).toBeVisible();
    await accountItem
      .getByLabel('Your comment')
      .fill('What does the neighbour’s statement say about this? <b>Test it</b> against the evidence.');
    await accountItem.getByRole('button', { name: 'Add comment' }).click();
    const tutorComment = accountItem.getByTestId('review-comment');
    await expect(tutorComment).toContainText('On the words: “she fell against the door”');
    // Markup is shown as typed, never as HTML.
    await expect(tutorComment).toContainText('<b>Test it</b> against the evidence.');
    await expect(accountItem.locator('mark')).toHaveText('she fell against the door');

    const whatItem = tutor
      .getByTestId('review-item')
      .filter({ has: tutor.getByRole('heading', { name: 'What happened?' }) });
    await whatItem.getByRole('button', { name: 'Comment on this answer' }).click();
    await whatItem.getByLabel('Words in the answer this comment is about (optional)').fill('slapped');
    await whatItem.getByLabel('Your comment').fill('Clear and factual.');
    await whatItem.getByRole('button', { name: 'Add comment' }).click();
    await expect(whatItem.getByText(/Those words are not in this answer/)).toBeVisible();
    await whatItem.getByLabel('Words in the answer this comment is about (optional)').fill('');
    await whatItem.getByRole('button', { name: 'Add comment' }).click();
    await expect(whatItem.getByTestId('review-comment')).toContainText('Clear and factual.');

    // 4. A judgement needs a reason. The contents lead to the section.
    await tutor
      .getByRole('navigation', { name: 'Sections to review' })
      .getByRole('link', { name: 'Offence analysis' })
      .click();
    await expect(tutor.getByRole('heading', { level: 3, name: 'Offence analysis' })).toBeFocused();
    const offence = tutor
      .getByTestId('review-section')
      .filter({ has: tutor.getByRole('heading', { name: 'Offence analysis' }) });
    await offence.getByText('Judge “Offence analysis” against the criteria').click();
    const evidence = offence.getByRole('group', { name: 'Evidence used' });
    await evidence.getByRole('radio', { name: 'Developing' }).check();
    await offence.getByRole('button', { name: 'Save judgements for this section' }).click();
    const summary = offence.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toContainText('Evidence used: Give a reason for this level.');
    await expect(offence.locator('#judge-rosh-analysis-offence-evidence-used-reason-error')).toHaveText(
      'Error: Give a reason for this level.',
    );
    await offence
      .locator('#judge-rosh-analysis-offence-evidence-used-reason')
      .fill('Uses the account but not the police log.');
    await offence
      .getByRole('group', { name: 'Person’s voice present' })
      .getByRole('radio', { name: 'Secure' })
      .check();
    await offence
      .locator('#judge-rosh-analysis-offence-persons-voice-present-reason')
      .fill('His own words are recorded and weighed.');
    await offence.getByRole('button', { name: 'Save judgements for this section' }).click();
    await expect(offence.getByRole('status')).toHaveText('Judgements for Offence analysis saved.');
    await expect(offence.getByText('(2 of 4 judged)')).toBeVisible();

    await tutor
      .getByLabel('Overall feedback')
      .fill('A careful start. Next time, test the account against the log.');
    await tutor.getByRole('button', { name: 'Save overall feedback' }).click();
    await expect(tutor.getByText('Overall feedback saved.')).toBeVisible();
    await expect(tutor.getByTestId('review-save-status')).toHaveText(/^Saved \d\d:\d\d$/);
    await tutor.screenshot({ path: test.info().outputPath('3-tutor-review.png'), fullPage: true });

    // 5. The tutor exports the feedback file and the review PDF.
    const feedback = path.join(exchange, 'feedback.casework');
    tutorHarness.setNextDialogAnswer(feedback);
    await tutor.getByRole('button', { name: 'Export feedback for the trainee' }).click();
    await expect(tutor.getByText('Saved “feedback.casework” with 1 review.')).toBeVisible();
    const pdf = path.join(exchange, 'review.pdf');
    tutorHarness.setNextDialogAnswer(pdf);
    await tutor.getByRole('button', { name: 'Export review as PDF' }).click();
    await expect(tutor.getByText(/Saved “review\.pdf” \(\d+ pages\)\./)).toBeVisible({ timeout: 30_000 });
    expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    fs.copyFileSync(pdf, test.info().outputPath('review.pdf'));

    // 6. The trainee opens the feedback: it joins their own attempt, no copy is made.
    await page.goto('/');
    harness.setNextDialogAnswer(feedback);
    await page.getByRole('button', { name: 'Open a file from a trainee or tutor' }).click();
    await expect(page.getByTestId('import-status')).toContainText('feedback with 2 comments');
    await expect(page).toHaveURL(new RegExp(`#/feedback/${attemptId}$`));
    expect(await libraryCount(page)).toBe(1);
    const reviewSummary = page.getByTestId('review-summary');
    await expect(reviewSummary).toContainText('Review by Dana Whitcombe');
    await expect(reviewSummary).toContainText(
      'A careful start. Next time, test the account against the log.',
    );
    await expect(reviewSummary.getByTestId('judgements')).toContainText(
      'Uses the account but not the police log.',
    );
    const mine = page
      .getByTestId('review-item')
      .filter({ has: page.getByRole('heading', { name: 'The person’s account of the offence' }) });
    await expect(mine.locator('mark')).toHaveText('she fell against the door');
    await page.screenshot({ path: test.info().outputPath('4-trainee-feedback.png'), fullPage: true });

    // 7. The trainee replies and marks the comment addressed; both survive a restart.
    const thread = mine.getByTestId('review-comment');
    await thread.getByLabel('Reply to this comment').fill('The neighbour saw a push. I have added that.');
    await thread.getByRole('button', { name: 'Send reply' }).click();
    await expect(thread).toContainText('Ellis Marden (trainee)');
    await thread.getByRole('button', { name: 'Mark as addressed' }).click();
    await expect(thread.getByText('Addressed', { exact: true })).toBeVisible();
    await expect(page.getByTestId('review-save-status')).toHaveText(/^Saved \d\d:\d\d$/);
    await harness.restart();
    await page.reload();
    const again = page.getByTestId('review-comment').filter({ hasText: 'neighbour’s statement' });
    await expect(again).toContainText('The neighbour saw a push. I have added that.');
    await expect(again).toContainText('Marked as addressed by Ellis Marden');
    await page.screenshot({ path: test.info().outputPath('5-trainee-replied.png'), fullPage: true });

    // 8. The trainee changes the answer; the thread follows to the new version and re-finds its words.
    await page.evaluate(async (id) => {
      const bridge = window.casework!;
      const got = await bridge.getAttempt({ id });
      if (!got.ok) throw new Error(got.error.message);
      const attempt = got.value;
      const answers = attempt.answers['rosh-analysis']!;
      answers['persons-account'] = `Interviewed on 02/11/2026. ${String(answers['persons-account'])}`;
      const saved = await bridge.saveAttempt({ attempt, progress: 0.1 });
      if (!saved.ok) throw new Error(saved.error.message);
    }, attemptId);
    await page.reload();
    await expect(mine.locator('mark')).toHaveText('she fell against the door');
    await expect(mine.getByTestId('review-comment')).toContainText('The neighbour saw a push.');

    // 9. The reply goes back to the tutor and joins their review.
    const reply = path.join(exchange, 'reply.casework');
    harness.setNextDialogAnswer(reply);
    await page.getByRole('button', { name: 'Export for your tutor' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved “reply.casework”' })).toBeVisible();
    await tutor.goto('/');
    tutorHarness.setNextDialogAnswer(reply);
    await tutor.getByRole('button', { name: 'Open a file from a trainee or tutor' }).click();
    await expect(
      tutor.getByTestId('review-comment').filter({ hasText: 'neighbour’s statement' }),
    ).toContainText('The neighbour saw a push. I have added that.');
    // The tutor is told what the file added, and that their own part is as they left it.
    await expect(tutor.getByTestId('import-status')).toContainText(/added 1 reply/);
    await expect(tutor.getByTestId('import-status')).toContainText(
      'Your judgements, comments and overall feedback are as you left them.',
    );
    await tutor.screenshot({ path: test.info().outputPath('6-tutor-reply-imported.png') });
  } finally {
    await tutorContext.close();
    await tutorHarness.stop();
    fs.rmSync(exchange, { recursive: true, force: true });
  }
});

test('a hostile file, chosen or dropped, is refused with the problem named and nothing changes', async ({
  page,
  harness,
}) => {
  await page.goto('/');
  await seedAttempt(page, 'Ellis Marden');
  await page.reload();
  const before = await page.evaluate(async () => JSON.stringify(await window.casework!.listAttempts({})));

  harness.setNextDialogAnswer(path.join(fixtures, 'proto-key.casework'));
  await page.getByRole('button', { name: 'Open a file from a trainee or tutor' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'The file was not opened' });
  await expect(banner).toContainText('“proto-key.casework”');
  await expect(banner).toContainText('__proto__');
  await expect(banner).toContainText('Nothing in your practice was changed.');
  await page.screenshot({ path: test.info().outputPath('hostile-refused.png'), fullPage: true });
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);

  // Dropped on the window: the page sends the bytes (never a path) through the same checks.
  const truncated = fs.readFileSync(path.join(fixtures, 'truncated.casework'), 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'truncated.casework', { type: 'application/octet-stream' }));
    return transfer;
  }, truncated);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop the file to open it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Drop the file to open it')).toHaveCount(0);
  const dropped = page.getByRole('alert').filter({ hasText: 'The file was not opened' });
  await expect(dropped).toContainText('“truncated.casework”');
  await expect(dropped).toContainText('incomplete');

  const after = await page.evaluate(async () => JSON.stringify(await window.casework!.listAttempts({})));
  expect(after).toBe(before);
  expect(
    await page.evaluate(async () => {
      const envelope = await window.casework!.listReviews({});
      return envelope.ok ? envelope.value.reviews.length : -1;
    }),
  ).toBe(0);
});

test('a good file dropped on the window opens like one chosen in the dialog', async ({ page }) => {
  await page.goto('/');
  const content = fs.readFileSync(path.join(fixtures, 'valid-attempt.casework'), 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'from-a-trainee.casework'));
    return transfer;
  }, content);
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByTestId('import-status')).toContainText('Opened “from-a-trainee.casework”');
  await expect(page).toHaveURL(/#\/review\//);
  await expect(page.getByRole('button', { name: 'Start reviewing' })).toBeVisible();
  expect(await libraryCount(page)).toBe(1);
});

test('feedback on an earlier version is kept beside the newer work, and its comments move to the current version', async ({
  page,
  harness,
  browser,
}) => {
  test.setTimeout(300_000);
  const exchange = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-exchange-'));
  const tutorHarness = await startHarness();
  const tutorContext = await browser.newContext({
    baseURL: tutorHarness.url,
    extraHTTPHeaders: { 'x-casework-token': tutorHarness.token },
  });
  try {
    await page.goto('/');
    const attemptId = await seedAttempt(page, 'Ellis Marden');
    await page.goto(`/#/feedback/${attemptId}`);
    const sent = path.join(exchange, 'v1.casework');
    harness.setNextDialogAnswer(sent);
    await page.getByRole('button', { name: 'Export for your tutor' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved “v1.casework”' })).toBeVisible();

    const tutor = await tutorContext.newPage();
    await tutor.goto('/');
    tutorHarness.setNextDialogAnswer(sent);
    await tutor.getByRole('button', { name: 'Open a file from a trainee or tutor' }).click();
    await tutor.getByLabel('Your name, as the trainee will see it').fill('Dana Whitcombe');
    await tutor.getByRole('button', { name: 'Start reviewing' }).click();
    const item = await selectWords(tutor, 'The person’s account of the offence', 'had not been drinking');
    await item.getByRole('button', { name: 'Comment on the selected words' }).click();
    await item.getByLabel('Your comment').fill('What do the police say about drink that night?');
    await item.getByRole('button', { name: 'Add comment' }).click();
    await expect(item.locator('mark')).toHaveText('had not been drinking');
    const feedback = path.join(exchange, 'feedback.casework');
    tutorHarness.setNextDialogAnswer(feedback);
    await tutor.getByRole('button', { name: 'Export feedback for the trainee' }).click();
    await expect(tutor.getByText('Saved “feedback.casework” with 1 review.')).toBeVisible();

    // Meanwhile the trainee has kept working: a sentence added before the quoted words.
    await page.evaluate(async (id) => {
      const bridge = window.casework!;
      const got = await bridge.getAttempt({ id });
      if (!got.ok) throw new Error(got.error.message);
      const attempt = got.value;
      const answers = attempt.answers['rosh-analysis']!;
      answers['persons-account'] = `Seen at the office on 02/11/2026.\n${String(answers['persons-account'])}`;
      const saved = await bridge.saveAttempt({ attempt, progress: 0.1 });
      if (!saved.ok) throw new Error(saved.error.message);
    }, attemptId);

    await page.goto('/');
    harness.setNextDialogAnswer(feedback);
    await page.getByRole('button', { name: 'Open a file from a trainee or tutor' }).click();
    await expect(page.getByTestId('import-status')).toContainText('earlier version of your work');
    expect(await libraryCount(page)).toBe(2);
    const older = page.getByTestId('older-version');
    await expect(older).toContainText('Your current version is “Rehearsal on an invented case”');
    await older.getByRole('button', { name: 'Move the comments to your current version' }).click();
    await expect(page).toHaveURL(new RegExp(`#/feedback/${attemptId}$`));
    const moved = page
      .getByTestId('review-item')
      .filter({ has: page.getByRole('heading', { name: 'The person’s account of the offence' }) });
    await expect(moved.getByTestId('answer-text')).toContainText('Seen at the office on 02/11/2026.');
    await expect(moved.locator('mark')).toHaveText('had not been drinking');
    await expect(moved.getByTestId('review-comment')).toContainText(
      'What do the police say about drink that night?',
    );
  } finally {
    await tutorContext.close();
    await tutorHarness.stop();
    fs.rmSync(exchange, { recursive: true, force: true });
  }
});

test('files the desktop shell was asked to open, and File > Import…, go through the same import', async ({
  page,
  harness,
}) => {
  // The harness has no shell; this stands in for the preload's events, as the shell would call them.
  await page.addInitScript(() => {
    const fileCallbacks: Array<(file: unknown) => void> = [];
    const menuCallbacks: Array<(command: string) => void> = [];
    Object.defineProperty(window, 'caseworkEvents', {
      value: {
        onBeforeClose: () => () => undefined,
        onMenuCommand: (callback: (command: string) => void) => {
          menuCallbacks.push(callback);
          return () => undefined;
        },
        onFileOpened: (callback: (file: unknown) => void) => {
          fileCallbacks.push(callback);
          return () => undefined;
        },
      },
    });
    Object.defineProperty(window, 'shellStandIn', {
      value: {
        open: (name: string, text: string) =>
          fileCallbacks.forEach((callback) => callback({ name, bytes: new TextEncoder().encode(text) })),
        problem: (name: string, problem: string) =>
          fileCallbacks.forEach((callback) => callback({ name, problem })),
        menu: (command: string) => menuCallbacks.forEach((callback) => callback(command)),
      },
    });
  });
  type StandIn = {
    open(n: string, t: string): void;
    problem(n: string, p: string): void;
    menu(c: string): void;
  };
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Open a file from a trainee or tutor' })).toBeVisible();

  await page.evaluate(() =>
    (window as unknown as { shellStandIn: StandIn }).shellStandIn.problem(
      'huge.casework',
      '“huge.casework” is too large to be a Casework Practice file, so it was not opened.',
    ),
  );
  await expect(page.getByRole('alert').filter({ hasText: 'The file was not opened' })).toContainText(
    '“huge.casework” is too large',
  );

  const content = fs.readFileSync(path.join(fixtures, 'valid-attempt.casework'), 'utf8');
  await page.evaluate(
    (text) =>
      (window as unknown as { shellStandIn: StandIn }).shellStandIn.open('double-clicked.casework', text),
    content,
  );
  await expect(page.getByTestId('import-status')).toContainText('Opened “double-clicked.casework”');
  await expect(page).toHaveURL(/#\/review\//);
  expect(await libraryCount(page)).toBe(1);

  harness.setNextDialogAnswer(path.join(fixtures, 'wrong-types.casework'));
  await page.evaluate(() => (window as unknown as { shellStandIn: StandIn }).shellStandIn.menu('import'));
  await expect(page.getByRole('alert').filter({ hasText: 'The file was not opened' })).toContainText(
    '“wrong-types.casework”',
  );
  expect(harness.dialogCalls.map((call) => call.kind)).toEqual(['open']);
  expect(await libraryCount(page)).toBe(1);
});

test('a tutor comments on one row of a repeating answer, and the comment says which row', async ({
  page,
}) => {
  await page.goto('/');
  const row = (rowId: string, what: string) => ({ rowId, values: { when: '2021', what } });
  const attemptId = await seedAttempt(page, 'Dana Whitcombe', {
    'previous-offences': [
      row('row-first-0001', 'Criminal damage at a former partner’s flat'),
      row('row-second-002', 'Harassment of the same former partner'),
    ],
  });
  await page.goto(`/#/review/${attemptId}`);
  // The name was set behind the page's back: load it as a fresh start would.
  await page.reload();
  await expect(page.getByLabel('Your name, as the trainee will see it')).toHaveValue('Dana Whitcombe');
  await page.getByRole('button', { name: 'Start reviewing' }).click();
  const item = page
    .getByTestId('review-item')
    .filter({ has: page.getByRole('heading', { name: 'Relevant previous offences and incidents' }) });
  await expect(item).toContainText('Harassment of the same former partner');
  await item.getByRole('button', { name: 'Comment on previous offence or incident 2' }).click();
  await expect(item.getByText('About: Previous offence or incident 2')).toBeVisible();
  await expect(item.getByLabel('Words in the answer this comment is about (optional)')).toHaveCount(0);
  await item.getByLabel('Your comment').fill('Same victim twice: say what this tells you about the pattern.');
  await item.getByRole('button', { name: 'Add comment' }).click();
  const comment = item.getByTestId('review-comment');
  await expect(comment).toContainText('About: Previous offence or incident 2');
  await expect(comment).toContainText('Same victim twice');
  await expect(page.getByTestId('review-save-status')).toHaveText(/^Saved \d\d:\d\d$/);
  await item.screenshot({ path: test.info().outputPath('row-comment.png') });
});
