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

export function createNoticesStore(
  client: Pick<HostClient, 'getStartupNotices' | 'checkAttemptFiles'>,
): NoticesStore {
  return createStore<NoticesState>()((set) => ({
    notices: [],
    actions: {
      async load() {
        try {
          const { notices } = await client.getStartupNotices({});
          set({ notices });
          // Start-up listed the attempts from the index; now that the first screen is up, the host opens
          // and checks each file, and anything it had to set aside or restore is shown the same way.
          const checked = await client.checkAttemptFiles({});
          if (checked.notices.length > 0) set((s) => ({ notices: [...s.notices, ...checked.notices] }));
        } catch {
          // Notices are a courtesy: failing to fetch them must not stop the trainee working.
        }
      },
      dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      dismissAll: () => set({ notices: [] }),
    },
  }));
}
