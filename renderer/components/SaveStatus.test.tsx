// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveStatusStore } from '../state/save-status';
import { SaveStatus } from './SaveStatus';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Every element a screen reader would read out on a change: live regions and the roles that imply one. */
function liveRegions(container: HTMLElement): HTMLElement[] {
  return [
    ...container.querySelectorAll<HTMLElement>('[aria-live], [role="status"], [role="alert"], [role="log"]'),
  ].filter((el) => el.getAttribute('aria-live') !== 'off');
}

const spokenText = (container: HTMLElement) =>
  liveRegions(container)
    .map((el) => el.textContent ?? '')
    .join('')
    .trim();

describe('the save status in the header', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root.render(<SaveStatus />));
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    act(() => saveStatusStore.getState().forget('attempt'));
  });

  it('shows "Saving…" and "Saved" without putting them in a live region', () => {
    act(() => saveStatusStore.getState().report('attempt', { kind: 'saving' }));
    expect(container.querySelector('[data-testid="save-status"]')?.textContent).toBe('Saving…');
    expect(spokenText(container)).toBe('');
    act(() =>
      saveStatusStore.getState().report('attempt', { kind: 'saved', at: new Date('2026-12-02T10:04:00Z') }),
    );
    expect(container.querySelector('[data-testid="save-status"]')?.textContent).toBe('Saved 10:04');
    expect(spokenText(container)).toBe('');
  });

  it('announces a failure to save assertively, in a region that was there before the failure', () => {
    const alert = container.querySelector('[aria-live="assertive"]');
    expect(alert).not.toBeNull();
    act(() =>
      saveStatusStore.getState().report('attempt', {
        kind: 'failed',
        code: 'disk-full',
        reason: 'the disk is full',
        retryAt: null,
      }),
    );
    // The same element, now with words: screen readers announce a change to an existing alert region.
    expect(container.querySelector('[aria-live="assertive"]')).toBe(alert);
    expect(alert?.textContent).toBe(
      'Not saved: the disk is full. Your changes are kept in the app until they can be saved.',
    );
    act(() => saveStatusStore.getState().report('attempt', { kind: 'saved', at: new Date() }));
    expect(spokenText(container)).toBe('');
  });
});
