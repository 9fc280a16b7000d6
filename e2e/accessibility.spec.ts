import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtinTemplates } from '@shared/templates/builtin';
import { enquiriesLogSoundAnswers } from '@shared/templates/builtin/__fixtures__/enquiries-log-sample';
import type { JsonValue } from '@shared/model/json';
import type { SettingsPatch } from '@shared/model/settings';
import { expect, test } from './fixtures';
import { COHORT_CASE_ID, shareFileText, traineeSpecs } from './__fixtures__/cohort-files';

/**
 * An accessibility engine (axe-core) over every screen and state of the app, in the three appearances people
 * most often change: light, dark, and the largest text with the dyslexia-friendly font. The rules are those
 * of WCAG 2.2 at level AA; the result must be no violations at all.
 *
 * One browser context per appearance walks every screen in turn (the seeded attempts are made through the
 * bridge, as the app would save them), so the cost is one page load per screen, not one app per screen.
 */

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What each appearance checks. Light runs every WCAG 2.2 AA rule, and two best-practice rules on top: headings
 * that skip a level, and content outside any landmark, both of which screen-reader users navigate by.
 * Dark and the largest text change colours, sizes and wrapping but not the markup, so they rerun the rules
 * an appearance can break (names, roles and structure are the same markup light has just checked); that
 * keeps three walks of every screen within the time CI has.
 */
type RuleSet = { kind: 'all' } | { kind: 'only'; rules: string[] };

interface Appearance {
  name: string;
  settings: SettingsPatch;
  rules: RuleSet;
}

const appearances: Appearance[] = [
  {
    name: 'light',
    settings: { theme: 'light', textSize: 'standard', dyslexiaFriendlyFont: false },
    rules: { kind: 'all' },
  },
  {
    name: 'dark',
    settings: { theme: 'dark', textSize: 'standard', dyslexiaFriendlyFont: false },
    rules: { kind: 'only', rules: ['color-contrast', 'link-in-text-block', 'target-size'] },
  },
  {
    name: 'largest text, dyslexia-friendly font',
    settings: { theme: 'light', textSize: 'largest', dyslexiaFriendlyFont: true },
    rules: {
      kind: 'only',
      rules: [
        'color-contrast',
        'link-in-text-block',
        'target-size',
        'scrollable-region-focusable',
        'avoid-inline-spacing',
        'meta-viewport',
      ],
    },
  },
];

/** Runs the engine and records each violation as a soft failure, so one run reports every screen's. */
async function scan(page: Page, appearance: Appearance, screen: string): Promise<void> {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (appearance.rules.kind === 'all')
    builder.withTags(wcagTags).options({
      resultTypes: ['violations'],
      rules: { 'heading-order': { enabled: true }, region: { enabled: true } },
    });
  else builder.withRules(appearance.rules.rules);
  const results = await builder.analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(
          ' | ',
        )}: ${violation.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? violation.help}`,
  );
  expect.soft(found, `${appearance.name}, ${screen}`).toEqual([]);
}

type Bridge = NonNullable<Window['casework']>;

/** Attempts for the screens to show: a library case in progress, the same case finished, all templates. */
async function seed(page: Page, appearance: SettingsPatch) {
  const templateVersions = Object.fromEntries(builtinTemplates.map((t) => [t.id, t.version]));
  const templateIds = builtinTemplates.map((t) => t.id);
  return page.evaluate(
    async ({ appearance, templateIds, templateVersions }) => {
      const bridge = window.casework as Bridge;
      const unwrap = <T>(envelope: { ok: boolean; value?: T; error?: { message: string } }): T => {
        if (!envelope.ok) throw new Error(envelope.error?.message);
        return envelope.value as T;
      };
      unwrap(await bridge.updateSettings({ ...appearance, traineeName: 'Priya Ashdown' }));
      const everything = unwrap(
        await bridge.createAttempt({
          title: 'Every template on an invented case',
          caseId: null,
          templateIds,
          templateVersions,
          releasedDocumentIds: [],
        }),
      );
      const rosh = { 'rosh-analysis': templateVersions['rosh-analysis']! };
      const inProgress = unwrap(
        await bridge.createAttempt({
          title: 'Ryan Cotter: in progress',
          caseId: 'cotter-domestic-abuse',
          templateIds: ['rosh-analysis'],
          templateVersions: rosh,
          releasedDocumentIds: [],
        }),
      );
      const answers = {
        'rosh-analysis': {
          setting: 'community',
          'what-happened':
            'Ryan pushed his partner against a door at their flat in the invented town of Eastmere.',
        },
      };
      unwrap(await bridge.saveAttempt({ attempt: { ...inProgress, answers }, progress: 0.1 }));
      const finished = unwrap(
        await bridge.createAttempt({
          title: 'Ryan Cotter: finished',
          caseId: 'cotter-domestic-abuse',
          templateIds: ['rosh-analysis'],
          templateVersions: rosh,
          releasedDocumentIds: [],
        }),
      );
      const changed = {
        'rosh-analysis': {
          ...answers['rosh-analysis'],
          'what-happened':
            'Ryan held his partner against a door in front of her son at their flat in Eastmere.',
        },
      };
      unwrap(
        await bridge.saveAttempt({
          attempt: {
            ...finished,
            answers: changed,
            status: 'finished',
            finishedAt: new Date().toISOString(),
          },
          progress: 0.2,
        }),
      );
      return { everything: everything.id, inProgress: inProgress.id, finished: finished.id };
    },
    { appearance, templateIds, templateVersions },
  );
}

async function open(page: Page, hash: string) {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function start(page: Page, appearance: Appearance) {
  await page.goto('/');
  await expect(page.getByTestId('case-library')).toBeVisible();
  const ids = await seed(page, appearance.settings);
  // Settings and attempts were made behind the page's back: load them as a fresh start would.
  await page.reload();
  return ids;
}

/**
 * The first-run welcome, Home's recently deleted view and Check your answers (which needs every section
 * answered), checked in the light appearance only: their markup is the same shared components the other
 * appearances already cover, so the walk stays as long as it was for the other two.
 */
async function lightOnlyScreens(page: Page, appearance: Appearance) {
  const version = builtinTemplates.find((t) => t.id === 'enquiries-log')!.version;
  const answered = await page.evaluate(
    async ({ answersJson, version }) => {
      const answers = JSON.parse(answersJson) as Record<string, JsonValue>;
      const bridge = window.casework as Bridge;
      const unwrap = <T>(envelope: { ok: boolean; value?: T; error?: { message: string } }): T => {
        if (!envelope.ok) throw new Error(envelope.error?.message);
        return envelope.value as T;
      };
      const newAttempt = (title: string) =>
        bridge.createAttempt({
          title,
          caseId: null,
          templateIds: ['enquiries-log'],
          templateVersions: { 'enquiries-log': version },
          releasedDocumentIds: [],
        });
      const complete = unwrap(await newAttempt('Enquiries, every check answered'));
      unwrap(
        await bridge.saveAttempt({
          attempt: { ...complete, answers: { 'enquiries-log': answers } },
          progress: 1,
        }),
      );
      const gone = unwrap(await newAttempt('Enquiries, deleted on purpose'));
      unwrap(await bridge.deleteAttempt({ id: gone.id }));
      unwrap(await bridge.updateSettings({ showWelcome: true }));
      return complete.id;
    },
    // As text: the answers' JSON type is too deep for Playwright's argument types to check.
    { answersJson: JSON.stringify(enquiriesLogSoundAnswers()), version },
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Casework Practice' })).toBeVisible();
  await scan(page, appearance, 'welcome');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.getByRole('button', { name: 'Show recently deleted attempts' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Enquiries, deleted on purpose' })).toBeVisible();
  await scan(page, appearance, 'home, recently deleted');
  await open(page, `#/attempts/${answered}`);
  await page.getByRole('button', { name: 'Finish this practice' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Check your answers before finishing' }),
  ).toBeVisible();
  await scan(page, appearance, 'check your answers');
}

for (const appearance of appearances) {
  test.describe(`no WCAG 2.2 AA violations: ${appearance.name}`, () => {
    // Many screens in one walk on a shared machine: allow for it.
    test.describe.configure({ timeout: 900_000 });

    test('every section of every template, with its errors showing', async ({ page }) => {
      const ids = await start(page, appearance);
      await open(page, `#/attempts/${ids.everything}`);
      await scan(page, appearance, 'attempt overview');
      const sections = await page
        .locator('a.task-list__link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(sections.length).toBeGreaterThan(10);
      const errorsShown = new Set<string>();
      for (const href of sections) {
        await open(page, href);
        await scan(page, appearance, `section ${href.split('/').slice(3).join('/')}`);
        const templateId = href.split('/')[3]!;
        if (errorsShown.has(templateId)) continue;
        errorsShown.add(templateId);
        await page.getByRole('button', { name: /^Save and (continue|go to all sections)$/ }).click();
        const summary = page.getByRole('alert').filter({ hasText: 'Some questions still need an answer' });
        // A first section with nothing required moves on instead: there is no summary to check there.
        const shown = await summary
          .waitFor({ timeout: 3000 })
          .then(() => true)
          .catch(() => false);
        if (shown) await scan(page, appearance, `section ${templateId} with errors`);
      }
    });

    test('the cohort of trainees’ work and a case debrief', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByTestId('case-library')).toBeVisible();
      const files = traineeSpecs()
        .slice(0, 4)
        .map((spec, n) => ({
          displayName: `${spec.name}.casework`,
          contentBase64: Buffer.from(shareFileText(spec, new Date(Date.UTC(2026, 10, 20, 9, n)))).toString(
            'base64',
          ),
        }));
      await page.evaluate(
        async ({ files, settings }) => {
          const bridge = window.casework as Bridge;
          await bridge.updateSettings(settings);
          for (const given of files) {
            const result = await bridge.importReviewFile({ given });
            if (!result.ok) throw new Error(result.error?.message);
          }
        },
        { files, settings: appearance.settings },
      );
      await page.reload();
      await open(page, '#/cohort');
      await expect(page.getByTestId('cohort-table')).toBeVisible();
      await scan(page, appearance, 'cohort');
      await open(page, `#/cohort/${COHORT_CASE_ID}`);
      await expect(page.getByTestId('debrief-ratings')).toBeVisible();
      await scan(page, appearance, 'debrief, anonymised');
      await page.getByLabel('Show trainees’ names').check();
      await scan(page, appearance, 'debrief, with names');
    });

    test('every other screen and state', async ({ page }) => {
      const ids = await start(page, appearance);
      await expect(page.getByRole('link', { name: /Ryan Cotter: finished/ }).first()).toBeVisible();
      await scan(page, appearance, 'home');
      if (appearance.name === 'light') await lightOnlyScreens(page, appearance);

      // The case file beside the form: the list, one document open, a passage picked, then the feedback tab.
      await open(page, `#/attempts/${ids.inProgress}/rosh-analysis/offence`);
      await scan(page, appearance, 'case file list');
      await page.locator('.document-list__open').first().click();
      await expect(page.locator('.case-document')).toBeVisible();
      await scan(page, appearance, 'case file document');
      await page.locator('.case-document .quote-button').first().click();
      await expect(page.getByTestId('picked-passage')).toBeVisible();
      await scan(page, appearance, 'case file with a passage picked');
      await page.getByRole('tab', { name: /^Feedback/ }).click();
      await scan(page, appearance, 'feedback panel');

      // The practice interview: the questions, then a question asked (transcript, answer, follow-up) and the
      // appointment's time chosen.
      await page.getByRole('tab', { name: 'Interview' }).click();
      await expect(page.getByTestId('interview')).toBeVisible();
      await scan(page, appearance, 'interview');
      await page.getByRole('checkbox', { name: /Work to the appointment’s time/ }).check();
      await page.locator('[data-question]').first().click();
      await expect(page.getByTestId('interview-transcript')).toBeVisible();
      await scan(page, appearance, 'interview with a question asked');
      await page.getByRole('button', { name: 'End the interview' }).click();
      await scan(page, appearance, 'interview, confirming the end');

      // Tutor notes, shown once the attempt is finished.
      await open(page, `#/attempts/${ids.finished}/rosh-analysis/offence`);
      await page.getByRole('tab', { name: 'Tutor notes' }).click();
      await expect(page.locator('.tutor-notes__documents').first()).toBeVisible();
      await scan(page, appearance, 'tutor notes');

      await open(page, `#/feedback/${ids.inProgress}`);
      await scan(page, appearance, 'feedback and sharing');
      await open(page, `#/attempts/${ids.inProgress}/export`);
      await scan(page, appearance, 'export');
      await open(page, `#/review/${ids.inProgress}`);
      await scan(page, appearance, 'review, before starting');
      await page.getByLabel('Your name, as the trainee will see it').fill('Dana Whitcombe');
      await page.getByRole('button', { name: 'Start reviewing' }).click();
      await expect(page.getByTestId('review-item').first()).toBeVisible();
      await scan(page, appearance, 'review');

      await open(page, '#/supervision');
      await scan(page, appearance, 'supervision list');
      await open(page, '#/supervision/new');
      await scan(page, appearance, 'supervision record');
      await open(page, '#/compare');
      await scan(page, appearance, 'compare, choosing');
      await open(page, `#/compare/${ids.inProgress}/${ids.finished}`);
      await scan(page, appearance, 'compare');
      await open(page, '#/progress');
      await scan(page, appearance, 'progress');
      await open(page, '#/templates');
      await scan(page, appearance, 'templates');
      await open(page, '#/predictors');
      await scan(page, appearance, 'predictors');
      await page.getByRole('button', { name: 'Calculate' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
      await scan(page, appearance, 'predictors with errors');
      await open(page, '#/settings');
      await scan(page, appearance, 'settings');
      await page.getByLabel('Your name').fill('x'.repeat(130));
      await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
      await scan(page, appearance, 'settings with an error');
      await open(page, '#/nowhere');
      await scan(page, appearance, 'page not found');
    });
  });
}
