// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResponseOf } from '@shared/contract';
import { progressFixture } from './__fixtures__/summaries';

const listProgress = vi.fn<() => Promise<ResponseOf<'listProgress'>>>();
// Only the summaries call exists: a screen that opened attempts or reviews would fail to load.
vi.mock('../../host', () => ({ host: { listProgress: () => listProgress() } }));
vi.mock('../templates/template-store', () => ({
  templatesReady: async () => undefined,
  resolveTemplate: () => undefined,
}));

const { ProgressScreen, PROGRESS_PAGE_SIZE } = await import('./ProgressScreen');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ATTEMPTS = 1_000;

describe('the progress screen at 1,000 attempts', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(async () => {
    listProgress.mockReset();
    listProgress.mockResolvedValue(progressFixture(ATTEMPTS));
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root.render(<ProgressScreen />));
    await act(async () => undefined);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('draws from the summaries alone: totals of all, a chart of the latest 20, tables a page at a time', () => {
    expect(listProgress).toHaveBeenCalledTimes(1);
    const totals = container.querySelector('[data-testid="progress-totals"]')!;
    expect(totals.textContent).toContain('Attempts1,000');

    const chart = container.querySelector('[data-testid="questions-chart"]')!;
    const bars = [...chart.querySelectorAll('rect')];
    expect(bars).toHaveLength(20);
    // Numbered as in the tables: the latest twenty of the thousand.
    expect(bars[0]!.querySelector('title')!.textContent).toMatch(/^981\. /);
    expect(bars[19]!.querySelector('title')!.textContent).toMatch(/^1000\. /);
    expect(container.textContent).toContain('The latest 20 of your 1,000 attempts');

    const tables = [...container.querySelectorAll('[data-testid="progress-case"]')];
    expect(tables.length).toBe(3);
    const counted = tables.map((table) =>
      Number(/: (\d+) attempts/.exec(table.querySelector('caption')!.textContent!)![1]),
    );
    expect(counted.reduce((a, b) => a + b, 0)).toBe(ATTEMPTS);
    for (const table of tables) expect(table.querySelectorAll('tbody tr')).toHaveLength(PROGRESS_PAGE_SIZE);
    // Newest first: the first row of a case is its last attempt.
    const firstRow = tables[0]!.querySelector('tbody tr')!;
    expect(Number(firstRow.querySelector('td')!.textContent)).toBeGreaterThan(ATTEMPTS - 5);

    const criteria = container.querySelector('[data-testid="progress-criteria"]')!;
    expect(criteria.textContent).toMatch(
      /Latest 20 of \d+: Attempt \d+ \(\d\d\/\d\d\/\d{4}\): (Not yet|Developing|Secure)/,
    );
    // Each trend line draws the same latest 20 judgements its cell lists.
    for (const row of criteria.querySelectorAll('tbody tr'))
      expect(row.querySelectorAll('circle')).toHaveLength(20);
  });

  it('shows more rows of a case on request and moves focus to the first one added', async () => {
    const table = () => container.querySelectorAll('[data-testid="progress-case"]')[0]!;
    const more = [...container.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show '))!;
    expect(more.textContent).toBe(`Show ${PROGRESS_PAGE_SIZE} more`);
    await act(async () => more.click());
    const rows = table().querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2 * PROGRESS_PAGE_SIZE);
    expect(document.activeElement).toBe(rows[PROGRESS_PAGE_SIZE]!.querySelector('a'));
  });
});
