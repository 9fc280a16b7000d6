import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtinTemplates } from '@shared/templates/builtin';
import type { SettingsPatch } from '@shared/model/settings';
import { expect, test } from './fixtures';

/**
 * An accessibility engine (axe-core) over every screen and state of the app, in the three appearances people
 * most often change: light, dark, and the largest text with the dyslexia-friendly font. The rules are those
 * of WCAG 2.2 at level AA; the result must be no violations at all.
 *
 * One browser context per appearance walks every screen in turn (the seeded attempts are made through the
 * bridge, as the app would save them), so the cost is one page load per screen, not one app per screen.
 */

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Finding {
  screen: string;
  rule: string;
  impact: string | null | undefined;
  targets: string[];
  summary: string;
}

async function scan(page: Page, screen: string, findings: Finding[]): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(wcagTags)
    // Two best-practice rules on top of WCAG: headings that skip a level, and content outside any landmark,
    // both of which screen-reader users navigate by.
    .options({ rules: { 'heading-order': { enabled: true }, region: { enabled: true } } })
    .analyze();
  for (const violation of results.violations) {
    findings.push({
      screen,
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
      summary: violation.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? violation.help,
    });
  }
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

const appearances: Array<{ name: string; settings: SettingsPatch }> = [
  { name: 'light', settings: { theme: 'light', textSize: 'standard', dyslexiaFriendlyFont: false } },
  { name: 'dark', settings: { theme: 'dark', textSize: 'standard', dyslexiaFriendlyFont: false } },
  {
    name: 'largest text, dyslexia-friendly font',
    settings: { theme: 'light', textSize: 'largest', dyslexiaFriendlyFont: true },
  },
];

for (const appearance of appearances) {
  test(`no WCAG 2.2 AA violations on any screen: ${appearance.name}`, async ({ page }) => {
    // Every screen of the app, three times over on a shared machine: allow for it.
    test.setTimeout(600_000);
    const findings: Finding[] = [];
    await page.goto('/');
    await expect(page.getByTestId('case-library')).toBeVisible();
    const ids = await seed(page, appearance.settings);
    // Settings and attempts were made behind the page's back: load them as a fresh start would.
    await page.reload();

    await open(page, '#/');
    await expect(page.getByRole('link', { name: /Ryan Cotter: finished/ }).first()).toBeVisible();
    await scan(page, 'home', findings);

    // Every section of every built-in template, and each template's first section with its errors showing.
    await open(page, `#/attempts/${ids.everything}`);
    await scan(page, 'attempt overview', findings);
    const sections = await page
      .locator('a.task-list__link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(sections.length).toBeGreaterThan(10);
    const errorsShown = new Set<string>();
    for (const href of sections) {
      await open(page, href);
      await scan(page, `section ${href}`, findings);
      const templateId = href.split('/')[3]!;
      if (!errorsShown.has(templateId)) {
        errorsShown.add(templateId);
        await page.getByRole('button', { name: /^Save and (continue|go to all sections)$/ }).click();
        const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
        // A first section with nothing required moves on instead: there is no summary to check there.
        const shown = await summary
          .waitFor({ timeout: 3000 })
          .then(() => true)
          .catch(() => false);
        if (shown) await scan(page, `section ${href} with errors`, findings);
      }
    }

    // The case file beside the form: the list, one document open, then the feedback tab.
    await open(page, `#/attempts/${ids.inProgress}/rosh-analysis/offence`);
    await scan(page, 'case file list', findings);
    await page.locator('.document-list__open').first().click();
    await expect(page.locator('.case-document')).toBeVisible();
    await scan(page, 'case file document', findings);
    await page.locator('.case-document .quote-button').first().click();
    await expect(page.getByTestId('picked-passage')).toBeVisible();
    await scan(page, 'case file with a passage picked', findings);
    await page.getByRole('tab', { name: /^Feedback/ }).click();
    await scan(page, 'feedback panel', findings);

    // Tutor notes, shown once the attempt is finished.
    await open(page, `#/attempts/${ids.finished}/rosh-analysis/offence`);
    await page.getByRole('tab', { name: 'Tutor notes' }).click();
    await expect(page.locator('#side-panel')).toBeVisible();
    await scan(page, 'tutor notes', findings);

    await open(page, `#/feedback/${ids.inProgress}`);
    await scan(page, 'feedback and sharing', findings);
    await open(page, `#/attempts/${ids.inProgress}/export`);
    await scan(page, 'export', findings);
    await open(page, `#/review/${ids.inProgress}`);
    await scan(page, 'review, before starting', findings);
    await page.getByLabel('Your name, as the trainee will see it').fill('Dana Whitcombe');
    await page.getByRole('button', { name: 'Start reviewing' }).click();
    await expect(page.getByTestId('review-item').first()).toBeVisible();
    await scan(page, 'review', findings);

    await open(page, '#/supervision');
    await scan(page, 'supervision list', findings);
    await open(page, '#/supervision/new');
    await scan(page, 'supervision record', findings);
    await open(page, '#/compare');
    await scan(page, 'compare, choosing', findings);
    await open(page, `#/compare/${ids.inProgress}/${ids.finished}`);
    await scan(page, 'compare', findings);
    await open(page, '#/progress');
    await scan(page, 'progress', findings);
    await open(page, '#/templates');
    await scan(page, 'templates', findings);
    await open(page, '#/predictors');
    await scan(page, 'predictors', findings);
    await page.getByRole('button', { name: /^Calculate/ }).click();
    await scan(page, 'predictors with errors', findings);
    await open(page, '#/settings');
    await scan(page, 'settings', findings);
    await open(page, '#/nowhere');
    await scan(page, 'page not found', findings);

    const report = findings.map(
      (f) => `${f.screen}: ${f.rule} (${f.impact}) ${f.targets.join(' | ')}: ${f.summary}`,
    );
    expect(report, `${findings.length} violations`).toEqual([]);
  });
}
