import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { HostError } from '@shared/contract';
import type { LibraryEntry } from '@shared/model/library';
import type { HostClient } from '../host';

export interface LibraryState {
  loadState: 'idle' | 'loading' | 'ready' | 'failed';
  loadError: string | null;
  entries: LibraryEntry[];
  actions: {
    refresh: () => Promise<void>;
    /** Keeps the list current after a save without asking the host for the whole index again. */
    upsert: (entry: LibraryEntry) => void;
  };
}

export type LibraryStore = StoreApi<LibraryState>;

export function createLibraryStore(client: Pick<HostClient, 'listAttempts'>): LibraryStore {
  return createStore<LibraryState>()((set) => ({
    loadState: 'idle',
    loadError: null,
    entries: [],
    actions: {
      async refresh() {
        set((s) => ({ loadState: s.loadState === 'ready' ? 'ready' : 'loading', loadError: null }));
        try {
          const { entries } = await client.listAttempts({});
          set({ loadState: 'ready', entries });
        } catch (error) {
          const message =
            error instanceof HostError ? error.message : 'Your saved practice could not be listed.';
          set({ loadState: 'failed', loadError: message });
        }
      },
      upsert(entry) {
        set((s) => {
          const others = s.entries.filter((e) => e.id !== entry.id);
          return { entries: [entry, ...others].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) };
        });
      },
    },
  }));
}
