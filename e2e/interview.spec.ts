import type { Page } from '@playwright/test';
import { getCase, INTERVIEW_TRANSCRIPT_ID, interviewReplyKinds } from '@shared/cases';
import { expect, startBuiltinCase, test } from './fixtures';

/**
 * The practice interview on the built-in Cotter case, as a trainee would hold it: choose questions by
 * keyboard and mouse, hear each answer announced, uncover a fact a follow-up opens, release a check into
 * the case file, quote the transcript as evidence, leave and come back, finish, and read in the tutor notes
 * the key questions missed and what they would have revealed.
 */

const shots = process.env.INTERVIEW_SHOTS;
async function shoot(page: Page, name: string, fullPage = false) {
  // For looking at the screens by eye; set INTERVIEW_SHOTS to a folder to keep them.
  await page.screenshot({
    path: shots ? `${shots}/${name}.png` : test.info().outputPath(`${name}.png`),
    fullPage,
  });
}

const cotter = getCase('cotter-domestic-abuse')!;
const interview = cotter.interview!;
const question = (id: string) => interview.questions.find((q) => q.id === id)!;
const documentTitle = (id: string) => cotter.documents.find((d) => d.id === id)!.title;

async function savedAttempt(page: Page, id: string) {
  return page.evaluate(async (attemptId) => {
    const envelope = (await window.casework!.getAttempt({ id: attemptId })) as {
      ok: boolean;
      value: {
        interview?: { asked: Array<{ questionId: string }>; timed: boolean; endedAt: string | null };
        releasedDocumentIds: string[];
        answers: Record<string, Record<string, unknown>>;
      };
    };
    return envelope.value;
  }, id);
}

test('an interview on Cotter: a reveal, a released check, a quote from the transcript, and the missed questions after finishing', async ({
  page,
  harness,
}) => {
  test.slow();
  const attemptId = await startBuiltinCase(page, 'cotter-domestic-abuse');

  await page.getByRole('tab', { name: 'Interview' }).click();
  const panel = page.getByTestId('interview');
  await expect(panel.getByRole('heading', { level: 2, name: interview.title })).toBeVisible();
  // A follow-up is not offered until the question that leads to it is asked.
  const followUp = question('check-with-mother');
  await expect(panel.getByRole('button', { name: followUp.ask })).toHaveCount(0);
  // No timer unless chosen; choosing it shows minutes, never a countdown.
  await expect(page.getByTestId('interview-time')).toHaveCount(0);
  await panel.getByRole('checkbox', { name: /Work to the appointment’s time/ }).check();
  await expect(page.getByTestId('interview-time')).toHaveText(
    `0 minutes used, ${interview.timeBudgetMinutes} minutes left of ${interview.timeBudgetMinutes} minutes`,
  );
  await shoot(page, 'interview-start');

  // By keyboard: the answer is announced, and focus stays in the list of questions.
  const opener = question('own-words');
  await panel.getByRole('button', { name: opener.ask }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('interview-announcer')).toContainText(opener.reply);
  await expect(page.locator('[data-question]:focus')).toHaveCount(1);
  const transcript = page.getByTestId('interview-transcript');
  await expect(transcript.getByRole('listitem')).toHaveCount(1);

  // The key question about where he sleeps uncovers that, and opens the follow-up that releases a check.
  const nights = question('nights-this-week');
  await panel.getByRole('button', { name: nights.ask }).click();
  await expect(page.getByTestId('interview-announcer')).toContainText('now open');
  await panel.getByRole('button', { name: followUp.ask }).click();
  await expect(transcript.getByRole('listitem')).toHaveCount(3);
  // The released check is announced without taking focus away from the questions.
  await expect(page.getByTestId('new-information')).toBeVisible();
  await expect(page.locator('[data-question]:focus')).toHaveCount(1);
  await expect(transcript.getByRole('listitem').nth(1)).toContainText(nights.reply);
  const used = opener.minutes + nights.minutes + followUp.minutes;
  await expect(page.getByTestId('interview-time')).toContainText(`${used} minutes used`);
  const released = followUp.releases![0]!;
  await expect(page.getByRole('tab', { name: /Case file \(1 new\)/ })).toBeVisible();
  await page.getByTestId('interview-announcer').scrollIntoViewIfNeeded();
  await shoot(page, 'interview-asked');

  // The check and the transcript are in the case file.
  await page.getByRole('tab', { name: /Case file/ }).click();
  const caseFile = page.getByTestId('case-file');
  const list = caseFile.getByRole('list', { name: 'Case-file documents' });
  await expect(list.getByRole('button', { name: new RegExp(documentTitle(released)) })).toBeVisible();
  await expect(list.getByRole('button', { name: /^Your interview/ })).toBeVisible();

  // Searching finds the reply; a turn of the transcript is quoted as evidence for the offence analysis.
  await page.getByRole('link', { name: 'Offence analysis' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Offence analysis' })).toBeVisible();
  await caseFile.getByRole('button', { name: /^Your interview/ }).click();
  const reader = caseFile.locator(`[data-document-id="${INTERVIEW_TRANSCRIPT_ID}"]`);
  await expect(reader).toContainText(nights.reply.slice(0, 40));
  await reader.getByRole('button', { name: 'Quote this turn by Ryan' }).nth(1).click();
  await expect(page.getByTestId('picked-passage')).toContainText(nights.reply.slice(0, 30));
  await page.getByLabel('Attach to').selectOption('rosh-analysis/what-happened');
  await page.getByRole('button', { name: 'Attach to this question' }).click();
  await expect(page.getByTestId('attach-panel')).toContainText('Attached as evidence for “What happened”');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved \d\d:\d\d$/);

  const saved = await savedAttempt(page, attemptId);
  expect(saved.interview?.asked.map((a) => a.questionId)).toEqual([
    'own-words',
    'nights-this-week',
    'check-with-mother',
  ]);
  expect(saved.interview?.timed).toBe(true);
  expect(saved.releasedDocumentIds).toContain(released);

  // Leave and come back (the app restarted, now in the dark theme): the interview, the check and the quote
  // are all still there.
  await page.evaluate(() => window.casework!.updateSettings({ theme: 'dark' }));
  await harness.restart();
  await page.reload();
  await expect(page.getByTestId('workspace')).toBeVisible();
  await page.getByRole('tab', { name: /Case file/ }).click();
  await list.getByRole('button', { name: /^Your interview/ }).click();
  await expect(caseFile.locator(`[data-document-id="${INTERVIEW_TRANSCRIPT_ID}"]`)).toContainText(
    nights.reply.slice(0, 40),
  );
  await page.getByRole('tab', { name: 'Interview' }).click();
  await expect(page.getByTestId('interview-transcript').getByRole('listitem')).toHaveCount(3);
  await expect(page.getByTestId('interview-time')).toContainText(`${used} minutes used`);
  await page.getByRole('heading', { name: 'Transcript' }).scrollIntoViewIfNeeded();
  await shoot(page, 'interview-dark');

  // End the interview, then finish the practice.
  await page.getByRole('button', { name: 'End the interview' }).click();
  await page.getByRole('button', { name: 'Yes, end the interview' }).click();
  await expect(page.getByTestId('interview-ended')).toBeFocused();
  await page.getByRole('link', { name: 'All sections' }).click();
  await page.getByRole('button', { name: 'Finish this practice' }).click();
  await page.getByRole('button', { name: 'Finish anyway' }).click();
  const notes = page.getByTestId('tutor-notes-interview');
  await expect(notes).toBeVisible();
  await expect(notes.getByTestId('key-question-nights-this-week')).toContainText('Asked');
  const missed = question('ordinary-weekday');
  const missedNote = notes.getByTestId(`key-question-${missed.id}`);
  await expect(missedNote).toContainText('Not asked');
  await expect(missedNote).toContainText('It would have uncovered:');
  const missedFact = interview.facts.find((fact) => fact.id === missed.reveals![0])!;
  await expect(missedNote).toContainText(missedFact.label.replace(/\.$/, ''));
  await missedNote.scrollIntoViewIfNeeded();
  await shoot(page, 'interview-tutor-notes');
  // How the opening question was met is said in the tutor notes (the transcript never labels it).
  if (opener.replyKind !== 'full') {
    const answerNotes = page.getByTestId('interview-answer-notes');
    await expect(answerNotes).toContainText(opener.ask);
    await expect(answerNotes).toContainText(interviewReplyKinds[opener.replyKind]);
    await answerNotes.scrollIntoViewIfNeeded();
    await shoot(page, 'interview-tutor-notes-answers');
  }
  // The reflective log starts with what was asked first.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>('main input')]
          .map((field) => field.value)
          .filter((value) => value.startsWith('Interview:')),
      ),
    )
    .toEqual([`Interview: the first thing I asked was “${opener.ask}”`]);
});
