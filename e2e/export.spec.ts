import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { sampleAttempt } from '@shared/pdf/__fixtures__/sample-attempt';
import { expect, test } from './fixtures';

/**
 * Exporting from the renderer through the harness, as a trainee would: from the attempt bar to the export
 * screen, choose what goes in, save where the (fake) save dialog says, see a failure that keeps the choices,
 * then save again and export the .casework file. The files written are read back: the PDF's text with
 * pdftotext, the .casework file as JSON.
 */

/** An own-case attempt with every template answered, made through the same bridge the app uses. */
async function createAnsweredAttempt(page: Page): Promise<string> {
  const { templateIds, templateVersions, answers } = sampleAttempt({ longAnswerWords: 60, rows: 2 });
  // Plain JSON going into the page (the attempt's own types are too deep for evaluate's argument type).
  const sample: { templateIds: string[]; templateVersions: Record<string, number>; answers: unknown } = {
    templateIds,
    templateVersions,
    answers,
  };
  return page.evaluate(async (source) => {
    const bridge = window.casework!;
    const created = (await bridge.createAttempt({
      title: 'Export practice on a fictional case',
      caseId: null,
      templateIds: source.templateIds,
      templateVersions: source.templateVersions,
      releasedDocumentIds: [],
    })) as { ok: boolean; value: Record<string, unknown> & { id: string } };
    if (!created.ok) throw new Error('could not create the attempt');
    const saved = (await bridge.saveAttempt({
      attempt: { ...created.value, answers: source.answers } as never,
      progress: 1,
    })) as { ok: boolean };
    if (!saved.ok) throw new Error('could not save the answers');
    return created.value.id;
  }, sample);
}

const shots = process.env['EXPORT_SHOTS'];
async function shoot(page: Page, name: string) {
  // Screenshots for looking at the screen by eye; set EXPORT_SHOTS to a folder to keep them.
  await page.screenshot({
    path: shots ? path.join(shots, `${name}.png`) : test.info().outputPath(`${name}.png`),
    fullPage: true,
  });
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test('export a PDF and a .casework file from the renderer, through a failure that loses nothing', async ({
  page,
  harness,
}) => {
  // Three exports of whole documents: on a loaded machine each can take many seconds.
  test.setTimeout(240_000);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-export-e2e-'));
  try {
    await page.goto('/');
    const attemptId = await createAnsweredAttempt(page);
    await page.goto(`/#/attempts/${attemptId}`);
    await page.getByTestId('attempt-bar').getByRole('link', { name: 'Export' }).click();
    await expect(page).toHaveURL(new RegExp(`#/attempts/${attemptId}/export$`));
    const screen = page.getByTestId('export-screen');
    await expect(screen.getByRole('heading', { level: 1, name: 'Export for a tutor' })).toBeVisible({
      timeout: 30_000,
    });

    // Nothing chosen: the screen says so instead of exporting.
    const templates = screen.getByRole('group', { name: 'Which parts of the practice' });
    const boxes = templates.getByRole('checkbox');
    const count = await boxes.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count; i += 1) await boxes.nth(i).uncheck();
    await screen.getByTestId('export-pdf').click();
    await expect(screen.getByRole('alert').filter({ hasText: 'Select at least one part' })).toBeVisible();
    expect(harness.dialogCalls).toHaveLength(0);

    // Only the first template, with comment boxes, on Letter paper.
    await boxes.first().check();
    const firstTitle = (await templates.locator('label').first().textContent())!.trim();
    await screen.getByRole('checkbox', { name: /Blank “Tutor comments” boxes/ }).check();
    await screen.getByRole('radio', { name: 'US Letter' }).check();
    await expect(screen.getByTestId('suggested-name')).toHaveText(
      new RegExp(`^Export practice on a fictional case - ${firstTitle} - .+ - \\d{4}-\\d{2}-\\d{2}\\.pdf$`),
    );

    // The folder is gone by the time the file is written: a clear failure, the choices still there.
    harness.setNextDialogAnswer(path.join(out, 'missing-folder', 'attempt.pdf'));
    await screen.getByTestId('export-pdf').click();
    const failed = screen.getByTestId('export-failed');
    await expect(failed).toContainText('the folder no longer exists', { timeout: 60_000 });
    await expect(failed).toContainText('Your choices above are kept');
    await shoot(page, 'export-failed');
    await expect(screen.getByRole('radio', { name: 'US Letter' })).toBeChecked();
    await expect(boxes.first()).toBeChecked();
    expect(fs.readdirSync(out)).toEqual([]);

    // Again, somewhere that exists.
    const pdfPath = path.join(out, 'attempt.pdf');
    harness.setNextDialogAnswer(pdfPath);
    await screen.getByTestId('export-pdf').click();
    await expect(screen.getByTestId('export-result')).toContainText('Saved “attempt.pdf”', {
      timeout: 60_000,
    });
    const saveCalls = harness.dialogCalls.filter((call) => call.kind === 'save');
    expect(saveCalls.at(-1)!.defaultName).toBe(await screen.getByTestId('suggested-name').textContent());
    const text = pdfText(pdfPath);
    expect(text).toContain(firstTitle);
    expect(text).toContain('Tutor comments');
    expect(text).toContain('Practice - fictional case - not for operational use');
    // Letter is 612 x 792 points.
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+612 x 792 pts/);

    // The same attempt as a .casework file, which carries the answers as data.
    const caseworkPath = path.join(out, 'attempt.casework');
    harness.setNextDialogAnswer(caseworkPath);
    await screen.getByTestId('export-casework').click();
    await expect(screen.getByTestId('export-result')).toContainText('Saved “attempt.casework”', {
      timeout: 60_000,
    });
    const exchange = JSON.parse(fs.readFileSync(caseworkPath, 'utf8')) as {
      format: string;
      attempt: { id: string; answers: unknown };
    };
    expect(exchange.format).toBe('casework-practice/attempt');
    expect(exchange.attempt.id).toBe(attemptId);

    // Closing the save window saves nothing and says so.
    harness.setNextDialogAnswer(null);
    await screen.getByTestId('export-pdf').click();
    await expect(screen.getByTestId('export-result')).toContainText('Nothing was saved', { timeout: 60_000 });
    await shoot(page, 'export-cancelled');
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
