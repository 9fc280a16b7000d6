import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { HostError } from '@shared/contract';
import type { SupervisionRecord } from '@shared/supervision/schema';
import { host } from '../../host';
import type { HostClient } from '../../host';

/** What the edit screen says after saving, exporting or deleting. */
export type SupervisionMessage = { kind: 'done' | 'failed'; text: string } | null;

/** Supervision records as listed by the host (newest session first), with save and delete. */
export interface SupervisionState {
  loadState: 'idle' | 'loading' | 'ready' | 'failed';
  loadError: string | null;
  records: SupervisionRecord[];
  /**
   * A message for the screen a just-saved new record opens on: the route changes on first save, so the
   * editor that showed the message is replaced before it could show it.
   */
  carriedMessage: SupervisionMessage;
  actions: {
    load: () => Promise<void>;
    save: (record: SupervisionRecord) => Promise<void>;
    remove: (id: string) => Promise<void>;
    carryMessage: (message: SupervisionMessage) => void;
    /** Answers the carried message once, then forgets it. */
    takeCarriedMessage: () => SupervisionMessage;
  };
}

type Client = Pick<
  HostClient,
  'listSupervisionRecords' | 'saveSupervisionRecord' | 'deleteSupervisionRecord'
>;

const newestFirst = (a: SupervisionRecord, b: SupervisionRecord) =>
  b.date === a.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date);

export function createSupervisionStore(client: Client): StoreApi<SupervisionState> {
  return createStore<SupervisionState>()((set, get) => ({
    loadState: 'idle',
    loadError: null,
    records: [],
    carriedMessage: null,
    actions: {
      carryMessage(message) {
        set({ carriedMessage: message });
      },
      takeCarriedMessage() {
        const message = get().carriedMessage;
        if (message !== null) set({ carriedMessage: null });
        return message;
      },
      async load() {
        set((s) => ({ loadState: s.loadState === 'ready' ? 'ready' : 'loading', loadError: null }));
        try {
          const { records } = await client.listSupervisionRecords({});
          set({ loadState: 'ready', records: [...records].sort(newestFirst) });
        } catch (error) {
          set({
            loadState: 'failed',
            loadError:
              error instanceof HostError ? error.message : 'Your supervision records could not be listed.',
          });
        }
      },
      // Errors are left to the caller, which shows them beside the button that was pressed.
      async save(record) {
        await client.saveSupervisionRecord({ record });
        set((s) => ({
          records: [record, ...s.records.filter((other) => other.id !== record.id)].sort(newestFirst),
        }));
      },
      async remove(id) {
        await client.deleteSupervisionRecord({ id });
        set((s) => ({ records: s.records.filter((record) => record.id !== id) }));
      },
    },
  }));
}

export const supervisionStore = createSupervisionStore(host);

export function useSupervision<T>(selector: (state: SupervisionState) => T): T {
  return useStore(supervisionStore, selector);
}
