// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '@shared/model/library';
import { ATTEMPTS_PAGE_SIZE, AttemptsList } from './AttemptsList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const entries: LibraryEntry[] = Array.from({ length: 60 }, (_, index) => ({
  id: `attempt-${String(index).padStart(6, '0')}`,
  title: `Own case practice ${index + 1}`,
  caseId: null,
  templateIds: ['reflective-log'],
  status: 'in-progress',
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: new Date(Date.parse('2026-11-23T12:00:00.000Z') - index * 60_000).toISOString(),
  progress: 0.5,
}));

const rows = (container: HTMLElement) => container.querySelectorAll('tbody tr').length;
const moreButton = (container: HTMLElement) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show '));

describe('the attempts list', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root.render(<AttemptsList entries={entries} />));
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('shows the newest first in pages, says how many there are, and moves focus to the first row added', () => {
    expect(rows(container)).toBe(ATTEMPTS_PAGE_SIZE);
    expect(container.querySelector('tbody a')?.textContent).toBe('Own case practice 1');
    expect(container.textContent).toContain(`Showing your newest ${ATTEMPTS_PAGE_SIZE} of 60 attempts.`);

    act(() => moreButton(container)!.click());
    expect(rows(container)).toBe(ATTEMPTS_PAGE_SIZE * 2);
    expect(document.activeElement?.textContent).toBe(`Own case practice ${ATTEMPTS_PAGE_SIZE + 1}`);

    expect(moreButton(container)!.textContent).toBe(`Show ${60 - ATTEMPTS_PAGE_SIZE * 2} more`);
    act(() => moreButton(container)!.click());
    expect(rows(container)).toBe(60);
    expect(moreButton(container)).toBeUndefined();
    expect(container.querySelector('[data-testid="attempts-more"]')).toBeNull();
  });

  it('while the rest are being listed, shows the newest page and holds back finding and "Show more"', () => {
    act(() => root.render(<AttemptsList entries={entries.slice(0, 25)} listing={{ total: 10_000 }} />));
    expect(rows(container)).toBe(25);
    expect(container.querySelector('[data-testid="attempts-listing"] [role="status"]')?.textContent).toBe(
      'Showing your newest 25 of 10,000 attempts. Listing the rest…',
    );
    expect(container.querySelector('[role="search"]')).toBeNull();
    expect(moreButton(container)).toBeUndefined();
    // The control: the same page as the whole list offers finding.
    act(() => root.render(<AttemptsList entries={entries} />));
    expect(container.querySelector('[role="search"]')).not.toBeNull();
  });
});
