import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 3's journeys: each built-in template worked through end to end in the real form, as a trainee
 * would, then the app restarted and every answer found where it was left.
 *
 * The journeys do not know every question of every template (templates change as the content grows). In each
 * section they press "Save and continue" and answer whatever the error summary says still needs an answer,
 * by the kind of control it points at, until the section lets them on. A few well-known questions are
 * answered and checked by name on top of that.
 */

const shots = process.env.TEMPLATE_SHOTS;
async function shoot(page: Page, name: string) {
  // Set TEMPLATE_SHOTS to a folder to keep screenshots for looking at the screens by eye.
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

async function waitUntilSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved \d\d:\d\d$/);
}

function attemptIdFrom(page: Page): string {
  const match = /#\/attempts\/([^/]+)/.exec(page.url());
  if (!match) throw new Error(`Not on an attempt: ${page.url()}`);
  return match[1]!;
}

async function startOwnCase(page: Page, title: string, templateTitle: string): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Name this practice').fill(title);
  const templates = page.getByRole('group', { name: /^Templates to work through/ });
  for (const box of await templates.getByRole('checkbox').all()) {
    const name = (await box.getAttribute('id')) ?? '';
    const label = await templates.locator(`label[for="${name}"]`).innerText();
    if ((label.trim() === templateTitle) !== (await box.isChecked())) await box.click();
  }
  await expect(templates.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await page.getByRole('button', { name: 'Start practising' }).click();
  await expect(page).toHaveURL(/#\/attempts\/[a-z0-9-]+$/);
  return attemptIdFrom(page);
}

const fillerText = 'Practice answer for a fictional case, written to test the form.';

/**
 * Answers one control the error summary points at, by what it is. Returns a short description for the
 * failure message when the journey cannot move on.
 */
async function answer(page: Page, fieldId: string): Promise<string> {
  const field = page.locator(`[id="${fieldId}"]`);
  const { tag, type, inputMode } = await field.evaluate((el) => ({
    tag: el.tagName.toLowerCase(),
    type: el.getAttribute('type') ?? '',
    inputMode: el.getAttribute('inputmode') ?? '',
  }));
  if (tag === 'textarea') await field.fill(fillerText);
  else if (tag === 'input' && type === 'text' && inputMode === 'numeric') await field.fill('23/11/2026');
  else if (tag === 'input' && type === 'text' && inputMode === 'decimal') await field.fill('3');
  else if (tag === 'input' && type === 'text') await field.fill('Practice answer');
  else if (tag === 'input' && (type === 'radio' || type === 'checkbox')) {
    // By keyboard: answering reveals follow-up questions, so a click aimed before the page settles can miss.
    await field.press('Space');
    await expect(field).toBeChecked();
  } else if (tag === 'select') {
    // A rating grid: rate every cell of it, so the whole grid is answered at once.
    const grid = field.locator('xpath=ancestor::table[1]');
    for (const cell of await grid.locator('select').all()) {
      if ((await cell.inputValue()) === '') await cell.selectOption({ index: 2 });
    }
  } else if (tag === 'button') {
    // "Add a ..." of a repeating group or an evidence question: add one, then write in a new quote.
    const group = field.locator('xpath=ancestor::*[@role="group"][1]');
    await field.click();
    const quote = group.locator('textarea[id$="-text"]').last();
    if ((await quote.count()) > 0 && (await quote.inputValue()) === '') await quote.fill(fillerText);
  } else return `${fieldId}: a ${tag} the journey cannot answer`;
  return `${fieldId}: ${tag}`;
}

/** Answers the first optional question of a section: the first empty text box, else the first "Add". */
async function answerOneOptional(page: Page): Promise<void> {
  const form = page.locator('form.section-form');
  const text = form.locator('textarea').first();
  if ((await text.count()) > 0 && (await text.inputValue()) === '') return void (await text.fill(fillerText));
  const add = form.getByRole('button', { name: /^Add (a|an) / }).first();
  const id = await add.getAttribute('id');
  await answer(page, id!);
  // A new row's first text box, so the row holds an answer.
  const rowText = form
    .locator('fieldset.repeating-group__row')
    .last()
    .locator('textarea, input[type="text"]')
    .first();
  if ((await rowText.count()) > 0) await rowText.fill('Practice answer');
}

/** A section's status as the section list beside the form shows it. */
async function statusInNav(page: Page, title: string): Promise<string> {
  // Beside a section page, or on the overview after the last section.
  const item = page.locator('.section-nav__item, .task-list__item').filter({
    has: page.getByRole('link', { name: title, exact: true }),
  });
  return (await item.locator('.tag').innerText()).trim();
}

const summaryOf = (page: Page) => page.locator('.error-summary');

/** Presses the section's button until it moves on, answering what the summary lists each time. */
async function completeSection(page: Page, heading: string): Promise<void> {
  const tried: string[] = [];
  for (let round = 0; round < 25; round += 1) {
    await page.locator('form.section-form button[type="submit"]').press('Enter');
    // Either the page moves on or the summary lists what still needs an answer.
    const moved = page.getByRole('heading', { level: 1 }).filter({ hasNotText: heading });
    await expect(moved.or(summaryOf(page))).toBeVisible();
    if (await moved.isVisible()) return;
    const links = summaryOf(page).getByRole('link');
    const ids = await links.evaluateAll((anchors) =>
      anchors.map((a) => (a.getAttribute('href') ?? '').replace(/^#/, '')),
    );
    for (const id of [...new Set(ids)]) tried.push(await answer(page, id));
  }
  throw new Error(`“${heading}” would not let the journey on after answering: ${tried.join('; ')}`);
}

/** Every answer control on the page and what it holds, to compare before and after a restart. */
async function controlValues(page: Page): Promise<Record<string, string>> {
  return page.locator('form.section-form').evaluate((form) => {
    const values: Record<string, string> = {};
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
      'input, textarea, select',
    )) {
      const key = el.id || `${el.getAttribute('name')}:${el.value}`;
      values[key] =
        el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')
          ? String(el.checked)
          : el.value;
    }
    return values;
  });
}

interface Journey {
  templateId: string;
  title: string;
  /** Answers and checks a few known questions in a section, before the generic answering. */
  known?: Record<string, (page: Page) => Promise<void>>;
}

async function sectionLinks(page: Page, templateTitle: string): Promise<Locator> {
  const tasks = page.locator('section.task-list-section').filter({
    has: page.getByRole('heading', { level: 2, name: templateTitle, exact: true }),
  });
  return tasks.locator('a.task-list__link');
}

async function runJourney(page: Page, harness: { restart(): Promise<void> }, journey: Journey) {
  const attemptId = await startOwnCase(page, `Own case: ${journey.title}`, journey.title);
  await shoot(page, `${journey.templateId}-00-overview`);
  const first = (await sectionLinks(page, journey.title)).first();
  await first.click();

  // Walk the sections in order with "Save and continue" until it returns to all sections.
  const visited: Array<{ href: string; heading: string; values: Record<string, string> }> = [];
  for (let count = 0; count < 40; count += 1) {
    const url = page.url();
    if (/#\/attempts\/[^/]+$/.test(url)) break;
    const heading = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    const sectionId = url.split('/').pop()!;
    await journey.known?.[sectionId]?.(page);
    await shoot(page, `${journey.templateId}-${String(count + 1).padStart(2, '0')}-${sectionId}`);
    const hash = url.slice(url.indexOf('#'));
    await completeSection(page, heading);
    // A section of optional questions only counts as started once something in it is answered.
    if ((await statusInNav(page, heading)) === 'Incomplete') {
      await page.goto(`/${hash}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await answerOneOptional(page);
      await completeSection(page, heading);
      expect(await statusInNav(page, heading), heading).not.toBe('Incomplete');
    }
    visited.push({ href: hash, heading, values: {} });
  }
  expect(visited.length).toBeGreaterThan(1);

  // The overview: every section complete (or with questions to reflect on), then finish.
  await expect(page.getByRole('heading', { level: 2, name: 'Finish this practice' })).toBeVisible();
  const tags = page.locator('section.task-list-section .tag');
  await expect(tags.filter({ hasText: 'Incomplete' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Finish this practice' }).click();
  await expect(page.getByTestId('finished-panel')).toBeVisible();
  await waitUntilSaved(page);
  await shoot(page, `${journey.templateId}-90-finished`);

  // Record what every section holds now, as the form shows it.
  for (const section of visited) {
    await page.goto(`/${section.href}`);
    await expect(page.getByRole('heading', { level: 1, name: section.heading })).toBeVisible();
    section.values = await controlValues(page);
  }

  // Home lists it as finished.
  await page.goto('/');
  const row = page.getByRole('row').filter({ hasText: `Own case: ${journey.title}` });
  await expect(row.getByText('Finished', { exact: true })).toBeVisible();

  // Quit and start again: every section shows the same answers.
  await harness.restart();
  await page.goto(`/#/attempts/${attemptId}`);
  await expect(page.getByTestId('finished-panel')).toBeVisible();
  for (const section of visited) {
    await page.goto(`/${section.href}`);
    await expect(page.getByRole('heading', { level: 1, name: section.heading })).toBeVisible();
    expect(await controlValues(page), section.heading).toEqual(section.values);
  }
}

const journeys: Journey[] = [
  { templateId: 'rosh-analysis', title: 'Risk of serious harm analysis' },
  { templateId: 'risk-management-plan', title: 'Risk management plan' },
  { templateId: 'sentence-plan', title: 'Sentence plan' },
  { templateId: 'reflective-log', title: 'Reflective log' },
];

for (const journey of journeys) {
  test(`${journey.title}: every section answered through the form, finished, and intact after a restart`, async ({
    page,
    harness,
  }) => {
    await runJourney(page, harness, journey);
  });
}
