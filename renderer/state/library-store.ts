import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { HostError } from '@shared/contract';
import type { LibraryEntry } from '@shared/model/library';
import type { HostClient } from '../host';

export interface LibraryState {
  loadState: 'idle' | 'loading' | 'ready' | 'failed';
  loadError: string | null;
  entries: LibraryEntry[];
  /**
   * False while `entries` is only the newest page the host listed from its index head at start-up
   * (decision 0028); the whole list follows once the first screen has painted.
   */
  complete: boolean;
  /** How many attempts there are in all (more than `entries` while not complete). */
  total: number;
  actions: {
    /** Lists the attempts: the newest page at once if that is all the host has read, then the whole list. */
    refresh: () => Promise<void>;
    /** Keeps the list current after a save without asking the host for the whole index again. */
    upsert: (entry: LibraryEntry) => void;
  };
}

export type LibraryStore = StoreApi<LibraryState>;

/** Resolves after the browser has painted what is on screen now. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function createLibraryStore(
  client: Pick<HostClient, 'listAttempts'>,
  waitForPaint: () => Promise<void> = afterPaint,
): LibraryStore {
  return createStore<LibraryState>()((set) => ({
    loadState: 'idle',
    loadError: null,
    entries: [],
    complete: false,
    total: 0,
    actions: {
      async refresh() {
        set((s) => ({ loadState: s.loadState === 'ready' ? 'ready' : 'loading', loadError: null }));
        try {
          const first = await client.listAttempts({ firstPaint: true });
          set({ loadState: 'ready', ...first });
          if (first.complete) return;
          // The rest waits for the whole index, which the host reads once the newest page is on screen.
          await waitForPaint();
          const whole = await client.listAttempts({});
          set({ loadState: 'ready', ...whole });
        } catch (error) {
          const message =
            error instanceof HostError ? error.message : 'Your saved practice could not be listed.';
          set({ loadState: 'failed', loadError: message });
        }
      },
      upsert(entry) {
        set((s) => {
          const others = s.entries.filter((e) => e.id !== entry.id);
          const added = others.length === s.entries.length ? 1 : 0;
          return {
            entries: [entry, ...others].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
            total: s.total + added,
          };
        });
      },
    },
  }));
}
