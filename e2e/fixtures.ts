import { test as base, expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { startHarness } from './harness/server';
import type { Harness } from './harness/server';

/**
 * Every test gets its own harness (own data folder, port and token) and a `page` whose requests carry the
 * token, opened on the app. `harness.restart()` then `page.reload()` is "quit and start the app again".
 */
export const test = base.extend<{ harness: Harness }>({
  // Playwright reads the fixtures a fixture needs from its first parameter, so it must be a pattern, even empty.
  // eslint-disable-next-line no-empty-pattern
  harness: async ({}, use) => {
    const harness = await startHarness();
    await use(harness);
    await harness.stop();
  },
  baseURL: async ({ harness }, use) => {
    await use(harness.url);
  },
  context: async ({ context, harness }, use) => {
    await context.setExtraHTTPHeaders({ 'x-casework-token': harness.token });
    await use(context);
  },
});

export { expect };

/** Types "23/11/2026" into the day, month and year boxes of one GOV.UK date input (its fieldset). */
export async function fillDate(group: Locator, date: string): Promise<void> {
  const [day = '', month = '', year = ''] = date.split('/');
  await group.getByLabel('Day', { exact: true }).fill(day);
  await group.getByLabel('Month', { exact: true }).fill(month);
  await group.getByLabel('Year', { exact: true }).fill(year);
}

/** The id of the attempt the page has open (from its address). */
export function attemptIdFrom(page: Page): string {
  const match = /#\/attempts\/([^/]+)/.exec(page.url());
  if (!match) throw new Error(`Not on an attempt: ${page.url()}`);
  return match[1]!;
}

/** Starts a built-in case from the home screen's library and answers the new attempt's id. */
export async function startBuiltinCase(page: Page, caseId: string): Promise<string> {
  await page.goto('/');
  await page.getByTestId(`case-${caseId}`).getByRole('button', { name: 'Start this case' }).click();
  await expect(page.getByTestId('workspace')).toBeVisible();
  return attemptIdFrom(page);
}
