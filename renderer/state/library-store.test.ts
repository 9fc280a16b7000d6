import { describe, expect, it, vi } from 'vitest';
import type { LibraryEntry } from '@shared/model/library';
import { createLibraryStore } from './library-store';

function entry(n: number): LibraryEntry {
  const at = new Date(Date.UTC(2026, 10, 1, 9, n)).toISOString();
  return {
    id: `test-${String(n).padStart(6, '0')}`,
    title: `Practice ${n}`,
    caseId: null,
    templateIds: ['reflective-log'],
    status: 'in-progress',
    createdAt: at,
    updatedAt: at,
    progress: 0,
  };
}

const all = Array.from({ length: 40 }, (_, n) => entry(40 - n));

describe('the library store at start-up', () => {
  it('shows the newest page the host has, then the whole list once the page is painted', async () => {
    let painted: () => void = () => undefined;
    const listAttempts = vi.fn(async ({ firstPaint }: { firstPaint?: boolean }) =>
      firstPaint
        ? { entries: all.slice(0, 25), complete: false, total: 40 }
        : { entries: all, complete: true, total: 40 },
    );
    const store = createLibraryStore(
      { listAttempts },
      () => new Promise<void>((resolve) => (painted = resolve)),
    );
    const refreshing = store.getState().actions.refresh();
    await vi.waitFor(() => expect(store.getState().loadState).toBe('ready'));
    expect(store.getState()).toMatchObject({ complete: false, total: 40 });
    expect(store.getState().entries).toHaveLength(25);
    // The whole list is not asked for until the first page is on screen.
    expect(listAttempts).toHaveBeenCalledTimes(1);
    painted();
    await refreshing;
    expect(listAttempts).toHaveBeenLastCalledWith({});
    expect(store.getState()).toMatchObject({ complete: true, total: 40 });
    expect(store.getState().entries).toHaveLength(40);
  });

  it('asks once when the host has already read the whole index', async () => {
    const listAttempts = vi.fn(async () => ({ entries: all, complete: true, total: 40 }));
    const store = createLibraryStore({ listAttempts }, () => Promise.reject(new Error('not waited for')));
    await store.getState().actions.refresh();
    expect(listAttempts).toHaveBeenCalledTimes(1);
    expect(store.getState()).toMatchObject({ loadState: 'ready', complete: true });
  });
});
