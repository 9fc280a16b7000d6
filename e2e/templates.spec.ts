import type { Locator, Page } from '@playwright/test';
import { attemptIdFrom, expect, startBuiltinCase, test } from './fixtures';

/**
 * Template journeys: each built-in template worked through end to end in the real form, as a trainee
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

/** Types a date into the day, month and year boxes of one date question. */
async function fillDate(question: Locator, day: string, month: string, year: string) {
  await question.getByLabel('Day', { exact: true }).fill(day);
  await question.getByLabel('Month', { exact: true }).fill(month);
  await question.getByLabel('Year', { exact: true }).fill(year);
}

/**
 * Answers one control the error summary points at, by what it is. Returns a short description for the
 * failure message when the journey cannot move on.
 */
async function answer(page: Page, fieldId: string): Promise<string> {
  const field = page.locator(`[id="${fieldId}"]`);
  // An earlier answer in the same pass can hide a question the summary listed; the next pass lists it again
  // if it still needs an answer.
  if ((await field.count()) === 0) return `${fieldId}: no longer shown`;
  const { tag, type, inputMode, isDate } = await field.evaluate((el) => ({
    tag: el.tagName.toLowerCase(),
    type: el.getAttribute('type') ?? '',
    inputMode: el.getAttribute('inputmode') ?? '',
    isDate: el.closest('.date-input') !== null,
  }));
  if (tag === 'textarea') await field.fill(fillerText);
  else if (isDate) {
    // The day box carries the question's id; the month and year boxes follow it.
    await field.fill('23');
    await page.locator(`[id="${fieldId}-month"]`).fill('11');
    await page.locator(`[id="${fieldId}-year"]`).fill('2026');
  } else if (tag === 'input' && type === 'text' && inputMode === 'decimal') await field.fill('3');
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
/** The task-list statuses of a section with work still to do. */
const stillToDo = ['Not yet started', 'In progress'];

async function statusInNav(page: Page, title: string): Promise<string> {
  // Beside a section page, or on the overview after the last section.
  const item = page.locator('.section-nav__item, .task-list__item').filter({
    has: page.getByRole('link', { name: title, exact: true }),
  });
  return (await item.locator('.task-status').innerText()).trim();
}

const summaryOf = (page: Page) => page.locator('.error-summary');

/** Presses the section's button until it moves on, answering what the summary lists each time. */
async function completeSection(page: Page, heading: string): Promise<Record<string, string>> {
  const tried: string[] = [];
  for (let round = 0; round < 25; round += 1) {
    // What the form shows as it is left: the restart must bring back exactly this.
    const values = await settledControlValues(page);
    await page.locator('form.section-form button[type="submit"]').press('Enter');
    // Either the page moves on or the summary lists what still needs an answer.
    const moved = page.getByRole('heading', { level: 1 }).filter({ hasNotText: heading });
    // Both can show for a moment while the page changes: either one is enough.
    await expect(moved.or(summaryOf(page)).first()).toBeVisible();
    if (await moved.isVisible()) return values;
    const links = summaryOf(page).getByRole('link');
    const ids = await links.evaluateAll((anchors) =>
      anchors.map((a) => (a.getAttribute('href') ?? '').replace(/^#/, '')),
    );
    for (const id of [...new Set(ids)]) tried.push(await answer(page, id));
  }
  throw new Error(`“${heading}” would not let the journey on after answering: ${tried.join('; ')}`);
}

/**
 * The controls once the form has caught up with the last answer: the engine runs a moment after a change
 * (so typing stays quick), and a question it then shows belongs in the record. The form carries
 * `data-evaluation-pending` until then.
 */
async function settledControlValues(page: Page): Promise<Record<string, string>> {
  await expect(page.locator('form.section-form:not([data-evaluation-pending])')).toBeAttached();
  return controlValues(page);
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
  /** Checks on the overview once every section is answered. */
  beforeFinishing?: (page: Page) => Promise<void>;
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
    let values = await completeSection(page, heading);
    // A section of optional questions only counts as started once something in it is answered.
    if (stillToDo.includes(await statusInNav(page, heading))) {
      await page.goto(`/${hash}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByTestId('optional-section-note')).toBeVisible();
      await answerOneOptional(page);
      values = await completeSection(page, heading);
      expect(stillToDo, heading).not.toContain(await statusInNav(page, heading));
    }
    visited.push({ href: hash, heading, values });
  }
  expect(visited.length).toBeGreaterThan(1);

  // The overview: every section complete (or with questions to reflect on), then finish.
  await expect(page.getByRole('heading', { level: 2, name: 'Finish this practice' })).toBeVisible();
  const tags = page.locator('section.task-list-section .tag');
  await expect(tags.filter({ hasText: /^(Not yet started|In progress)$/ })).toHaveCount(0);
  await journey.beforeFinishing?.(page);
  await page.getByRole('button', { name: 'Finish this practice' }).click();
  // Check your answers first: each answer with a Change link, then finish.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Check your answers before finishing' }),
  ).toBeFocused();
  await expect(page.getByRole('link', { name: /^Change / }).first()).toBeVisible();
  await shoot(page, `${journey.templateId}-check-answers`);
  await page.getByRole('button', { name: 'Confirm and finish' }).click();
  await expect(page.getByTestId('finished-panel')).toBeVisible();
  await waitUntilSaved(page);
  await shoot(page, `${journey.templateId}-90-finished`);

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

/** The saved answers of one template, read through the same bridge the app uses. */
async function savedAnswers(
  page: Page,
  templateId: string,
  attemptId?: string,
): Promise<Record<string, unknown>> {
  return page.evaluate(
    async ([templateId, attemptId]) => {
      const id = attemptId || /#\/attempts\/([^/]+)/.exec(location.hash)![1]!;
      const envelope = (await window.casework!.getAttempt({ id })) as {
        value: { answers: Record<string, Record<string, unknown>> };
      };
      return envelope.value.answers[templateId!] ?? {};
    },
    [templateId, attemptId ?? ''],
  );
}

const group = (page: Page, legend: RegExp): Locator => page.getByRole('group', { name: legend });

/** Chooses an option by keyboard and waits for the form to show it chosen. */
async function choose(option: Locator) {
  await option.press('Space');
  await expect(option).toBeChecked();
}

const roshKnown: Journey['known'] = {
  offence: async (page) => {
    // A long answer: the suggested length is a hint that counts as the trainee writes, never a limit.
    const whatHappened = page.getByRole('textbox', { name: 'What happened?' });
    const said = 'Kai pushed his brother down the stairs during an argument about money.';
    await whatHappened.pressSequentially(said);
    await expect(page.locator('#f--rosh-analysis--what-happened-hint')).toContainText(
      'it is a guide, not a limit.',
    );
    await expect(page.locator('#f--rosh-analysis--what-happened-count')).toHaveText(
      'You have written 12 words.',
    );
    // Saved while the trainee is still in the field (the autosave delay is under a second), shown in the header.
    await expect.poll(() => savedAnswers(page, 'rosh-analysis')).toMatchObject({ 'what-happened': said });
    await waitUntilSaved(page);
    // Guidance opens on demand, by keyboard.
    const consider = page
      .locator('details')
      .filter({ has: page.getByText('What to consider') })
      .first();
    await consider.locator('summary').press('Enter');
    await expect(consider).toHaveAttribute('open', '');
    // The summary lists what is missing but keeps what is written, and says so.
    await page.locator('form.section-form button[type="submit"]').press('Enter');
    await expect(summaryOf(page)).toBeFocused();
    await expect(summaryOf(page)).toContainText('Some questions still need an answer');
    await expect(page.getByTestId('answers-kept')).toHaveText(/Your answers so far are saved/);
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'What happened?' })).toHaveValue(said);
  },
  'previous-behaviour': async (page) => {
    // The add-another pattern by keyboard: focus goes into a new row, and back to "Add another" after a removal.
    const add = page.getByRole('button', { name: /^Add (a|another) previous offence or incident$/ });
    await add.press('Enter');
    const firstRow = page.getByRole('group', { name: 'Previous offence or incident 1' });
    await expect(firstRow.getByRole('textbox').first()).toBeFocused();
    await page.keyboard.type('2021');
    await firstRow
      .getByRole('textbox', { name: 'What happened' })
      .fill('Threatened a neighbour (fictional).');
    await add.press('Enter');
    const secondRow = page.getByRole('group', { name: 'Previous offence or incident 2' });
    await expect(secondRow.getByRole('textbox').first()).toBeFocused();
    await secondRow.getByRole('button', { name: 'Remove previous offence or incident 2' }).press('Enter');
    await expect(secondRow).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: 'Add another previous offence or incident' }),
    ).toBeFocused();
  },
  screening: async (page) => {
    // A follow-up question hidden by a later answer keeps its answer, is left out of the checks, and comes back.
    const children = group(page, /^Could the person’s behaviour or circumstances harm a child\?/);
    const followUp = page.getByRole('textbox', { name: /^Which children, and what is the worry\?/ });
    await choose(children.getByRole('radio', { name: 'Yes', exact: true }));
    const worry = 'A nephew of six stays at weekends (fictional).';
    await followUp.fill(worry);
    await choose(children.getByRole('radio', { name: 'No', exact: true }));
    await expect(followUp).toHaveCount(0);
    await page.locator('form.section-form button[type="submit"]').press('Enter');
    await expect(summaryOf(page)).toBeVisible();
    await expect(summaryOf(page)).not.toContainText('Which children');
    await expect.poll(() => savedAnswers(page, 'rosh-analysis')).toMatchObject({ 'children-concern': worry });
    await choose(children.getByRole('radio', { name: 'Yes', exact: true }));
    await expect(followUp).toHaveValue(worry);
  },
  'rosh-levels': async (page) => {
    // Each cell is a select named by its row and column; the overall level follows the highest cell.
    const cell = page.getByRole('combobox', { name: 'Children Community' });
    await cell.focus();
    await cell.press('ArrowDown');
    await cell.press('ArrowDown');
    await cell.press('ArrowDown');
    await expect(cell).toHaveValue('high');
    // A row's description is read as a hint after the cell's name, not as part of it.
    await expect(page.getByRole('combobox', { name: 'Known adult Custody' })).toHaveAccessibleDescription(
      /partner/,
    );
    await expect(page.locator('.item').filter({ hasText: 'Overall risk of serious harm' })).toContainText(
      'High',
    );
    await expect(page.locator('.item').filter({ hasText: 'Risk management plan required' })).toContainText(
      'Yes',
    );
  },
  enquiries: async (page) => {
    await choose(
      group(page, /^Police domestic abuse enquiry/).getByRole('radio', { name: 'Reply received' }),
    );
    // A date that does not exist is explained when the trainee leaves the question, and not saved.
    const requested = page.getByRole('group', { name: /^Date the domestic abuse enquiry was requested/ });
    await fillDate(requested, '31', '02', '2026');
    await requested.getByLabel('Year', { exact: true }).press('Tab');
    await expect(requested.getByLabel('Day', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#f--rosh-analysis--da-requested-on-error')).toHaveText(
      'Error: The date must be a real date, for example 23 11 2026.',
    );
    await fillDate(requested, '3', '10', '2026');
    await requested.getByLabel('Year', { exact: true }).press('Tab');
    await expect(requested.getByLabel('Month', { exact: true })).toHaveValue('10');
    await expect(requested.getByLabel('Day', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
    await expect
      .poll(() => savedAnswers(page, 'rosh-analysis'))
      .toMatchObject({
        'da-requested-on': '2026-10-03',
      });
  },
};

const planKnown: Journey['known'] = {
  'victim-safety': async (page) => {
    // "Not known" asks for a row per victim without requiring one; "Yes" requires one.
    const victims = group(page, /^Are there identified or potential victims\?/);
    await choose(victims.getByRole('radio', { name: 'Not known' }));
    await expect(
      page.getByRole('group', { name: 'Each victim or potential victim (optional)', exact: true }),
    ).toBeVisible();
    await choose(victims.getByRole('radio', { name: 'Yes', exact: true }));
    await expect(
      page.getByRole('group', { name: 'Each victim or potential victim', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add a victim' })).toBeVisible();
  },
  contingency: async (page) => {
    await page.getByRole('button', { name: 'Add a warning sign' }).press('Enter');
    const sign = page.getByRole('group', { name: 'Warning sign 1' }).getByRole('textbox').first();
    await expect(sign).toBeFocused();
    await page.keyboard.type('Misses two appointments in a row');
    await expect(sign).toHaveAccessibleName('Warning sign or change');
  },
};

const reflectionKnown: Journey['known'] = {
  about: async (page) => {
    // The sections follow the chosen model.
    const model = group(page, /^Which model of reflection will you use\?/);
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await choose(model.getByRole('radio', { name: 'Gibbs' }));
    await expect(nav.getByRole('link', { name: 'Reflection (Gibbs)' })).toBeVisible();
    await choose(model.getByRole('radio', { name: 'Rolfe' }));
    await expect(nav.getByRole('link', { name: 'Reflection (Rolfe)' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Reflection (Gibbs)' })).toHaveCount(0);
    await fillDate(page.getByRole('group', { name: /^When did it happen\?/ }), '12', '11', '2026');
  },
};

/** A decision with no evidence behind it is questioned, and the section list says so. */
async function reflectionQuestioned(page: Page) {
  const decisions = page.locator('.task-list__item').filter({
    has: page.getByRole('link', { name: 'Decisions I made and why' }),
  });
  await expect(decisions.locator('.tag')).toHaveText('Has questions');
  await decisions.getByRole('link').click();
  await expect(page.getByTestId('section-questions')).toContainText('What did you know at the time');
  await page.getByRole('link', { name: 'All sections' }).click();
}

const journeys: Journey[] = [
  { templateId: 'rosh-analysis', title: 'Risk of serious harm analysis', known: roshKnown },
  { templateId: 'risk-management-plan', title: 'Risk management plan', known: planKnown },
  { templateId: 'sentence-plan', title: 'Sentence plan' },
  {
    templateId: 'reflective-log',
    title: 'Reflective log',
    known: reflectionKnown,
    beforeFinishing: reflectionQuestioned,
  },
  // The fuller templates (enquiries, risk to self, strengths and needs) go through the same walk: whatever each section asks, answered in the form.
  { templateId: 'enquiries-log', title: 'Enquiries log' },
  { templateId: 'risk-to-self', title: 'Risk to self and other risks' },
  { templateId: 'strengths-needs', title: 'Strengths and needs assessment' },
];

for (const journey of journeys) {
  test(`${journey.title}: every section answered through the form, finished, and intact after a restart`, async ({
    page,
    harness,
  }) => {
    // A whole template through the form: allow for a loaded CI machine (the journeys take 15-35 s when idle).
    test.slow();
    await runJourney(page, harness, journey);
  });
}

test('quotes from the case file and numbers work by keyboard and explain what is wrong', async ({ page }) => {
  const attemptId = await startBuiltinCase(page, 'cotter-domestic-abuse');

  // An evidence question: adding a quote moves focus into it; removing it returns focus to "Add a quote".
  await page.goto(`/#/attempts/${attemptId}/rosh-analysis/offence`);
  const quotes = page.getByRole('group', { name: /^Passages from the case file/ });
  await quotes.getByRole('button', { name: 'Add a quote' }).press('Enter');
  const document = quotes.getByRole('combobox', { name: 'Document' });
  await expect(document).toBeFocused();
  await quotes
    .getByRole('textbox', { name: 'Passage you are quoting' })
    .fill('He said he had just lost his temper.');
  await expect
    .poll(() => savedAnswers(page, 'rosh-analysis'))
    .toMatchObject({ 'offence-evidence': [{ quote: 'He said he had just lost his temper.' }] });
  await quotes.getByRole('button', { name: 'Remove quote 1' }).press('Enter');
  await expect(quotes.getByRole('button', { name: 'Add a quote' })).toBeFocused();

  // A number: words are explained on leaving the field, a number out of range by the checks.
  // (The needs assessment is not in the case's template set: an own case with every template has it.)
  await page.goto('/');
  await page.getByLabel('Name this practice').fill('Own case: every template');
  await page.getByRole('button', { name: 'Start practising' }).click();
  await expect(page).toHaveURL(/#\/attempts\/[a-z0-9-]+$/);
  await page.goto(`/#/attempts/${attemptIdFrom(page)}/strengths-needs/alcohol`);
  await choose(page.getByRole('radio', { name: 'Has drunk in the last three months' }));
  const units = page.getByRole('textbox', { name: /^Units on a typical drinking day/ });
  await units.fill('twelve');
  await units.press('Tab');
  await expect(units).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f--strengths-needs--alc-units-error')).toHaveText(
    'Error: Enter a number, for example 12 or 3.5.',
  );
  await units.fill('12');
  await units.press('Tab');
  await expect(units).not.toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => savedAnswers(page, 'strengths-needs')).toMatchObject({ 'alc-units': 12 });
});

test('an answer is saved on leaving its field and on leaving the attempt, without waiting for the autosave delay', async ({
  page,
}) => {
  // The longest autosave delay the settings allow, so a save seen sooner came from leaving the field.
  await page.goto('/');
  await page.evaluate(() => window.casework!.updateSettings({ autosaveDelayMs: 5000 }));
  await page.reload();
  const attemptId = await startOwnCase(page, 'Own case: saving as I go', 'Reflective log');
  await page.getByRole('link', { name: 'What you are reflecting on' }).click();
  const subject = page.getByRole('textbox', { name: /^What are you reflecting on\?/ });
  await subject.fill('A first home visit (fictional).');
  await expect(page.getByTestId('save-status')).not.toHaveText(/^Saved/);
  await subject.press('Tab');
  await expect
    .poll(() => savedAnswers(page, 'reflective-log'), { timeout: 4000 })
    .toMatchObject({ subject: 'A first home visit (fictional).' });
  await waitUntilSaved(page);

  // Leaving the attempt straight after typing (focus still in the field) writes the change on the way out.
  await subject.fill('A first home visit, and what I missed (fictional).');
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Your practice');
  await expect
    .poll(() => savedAnswers(page, 'reflective-log', attemptId), { timeout: 4000 })
    .toMatchObject({ subject: 'A first home visit, and what I missed (fictional).' });
});
