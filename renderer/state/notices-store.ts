import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Notice } from '@shared/model/notices';
import type { HostClient } from '../host';

export interface NoticesState {
  notices: Notice[];
  actions: {
    load: () => Promise<void>;
    dismiss: (id: string) => void;
    dismissAll: () => void;
  };
}

export type NoticesStore = StoreApi<NoticesState>;

export function createNoticesStore(client: Pick<HostClient, 'getStartupNotices'>): NoticesStore {
  return createStore<NoticesState>()((set) => ({
    notices: [],
    actions: {
      async load() {
        try {
          const { notices } = await client.getStartupNotices({});
          set({ notices });
        } catch {
          // Notices are a courtesy: failing to fetch them must not stop the trainee working.
        }
      },
      dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      dismissAll: () => set({ notices: [] }),
    },
  }));
}
