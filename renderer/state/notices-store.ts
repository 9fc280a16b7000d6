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
          // The check answers every notice since start-up; one the first answer already had is not shown twice.
          set((s) => {
            const shown = new Set(s.notices.map((notice) => notice.id));
            const fresh = checked.notices.filter((notice) => !shown.has(notice.id));
            return fresh.length > 0 ? { notices: [...s.notices, ...fresh] } : s;
          });
        } catch {
          // Notices are a courtesy: failing to fetch them must not stop the trainee working.
        }
      },
      dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      dismissAll: () => set({ notices: [] }),
    },
  }));
}
