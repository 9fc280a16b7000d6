import type { Route } from '@playwright/test';
import { builtinTemplates } from '@shared/templates/builtin';
import { expect, test } from './fixtures';

type Bridge = NonNullable<Window['casework']>;

/**
 * A library longer than the index's head: the home screen paints the newest 25 from the head, says it is
 * listing the rest while the whole index is read, and then lists everything. The whole-list request is held
 * back here so the in-between state can be seen (on a fast disk it lasts a frame or two). The host's reading of
 * the head itself is covered by its own tests (library-head.test.ts).
 */
test('lists the newest attempts first, says it is listing the rest, then lists them all', async ({
  page,
  harness,
}, testInfo) => {
  await page.goto('/');
  const rosh = builtinTemplates.find((template) => template.id === 'rosh-analysis')!;
  await page.evaluate(
    async ({ version }) => {
      const bridge = window.casework as Bridge;
      for (let n = 1; n <= 30; n += 1) {
        const envelope = await bridge.createAttempt({
          title: `Practice attempt ${String(n).padStart(2, '0')}`,
          caseId: null,
          templateIds: ['rosh-analysis'],
          templateVersions: { 'rosh-analysis': version },
          releasedDocumentIds: [],
        });
        if (!envelope.ok) throw new Error('could not create an attempt');
      }
    },
    { version: rosh.version },
  );

  let releaseWholeList: () => void = () => undefined;
  const wholeListAsked = new Promise<void>((asked) => {
    void page.route('**/__casework/listAttempts', async (route: Route) => {
      const body = route.request().postDataJSON() as { payload?: { firstPaint?: boolean } };
      if (body.payload?.firstPaint) {
        // The host answers from the index's head (the newest 25) while it reads the whole index; with 30
        // attempts it has read them all before the page asks, so its answer is made the one a large library
        // gives: the head, not complete, and the total.
        const response = await route.fetch();
        const envelope = (await response.json()) as {
          ok: boolean;
          value: { entries: unknown[]; complete: boolean; total: number };
        };
        const head = { ...envelope.value, entries: envelope.value.entries.slice(0, 25), complete: false };
        return route.fulfill({ response, json: { ...envelope, value: head } });
      }
      asked();
      await new Promise<void>((release) => (releaseWholeList = release));
      return route.continue();
    });
  });
  await harness.restart();
  await page.reload();

  const listing = page.getByTestId('attempts-listing');
  await expect(listing).toHaveText('Showing your newest 25 of 30 attempts. Listing the rest…');
  await expect(listing.getByRole('status')).toBeVisible();
  await expect(page.getByRole('row', { name: /Practice attempt 30/ })).toBeVisible();
  await wholeListAsked;
  await listing.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('home-listing-the-rest.png') });

  releaseWholeList();
  await expect(listing).toHaveCount(0);
  await expect(page.getByText('Showing all 30 attempts')).toBeVisible();
  // The oldest, which was not in the head, can now be found.
  await page.getByLabel('Find by name, case or person').fill('Practice attempt 01');
  await expect(page.getByRole('link', { name: 'Practice attempt 01', exact: true })).toBeVisible();
});
