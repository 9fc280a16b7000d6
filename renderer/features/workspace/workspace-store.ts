import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { ItemRef } from '@shared/rules';

/**
 * What the workspace around one open attempt is showing: which side panel, which document, the search,
 * the passage picked for quoting, and new information not yet read. Screen state only: nothing here is
 * saved (the attempt's own store saves the attempt).
 */

export type SidePanel = 'casefile' | 'interview' | 'feedback' | 'tutor-notes';

export interface PickedPassage {
  documentId: string;
  quote: string;
  /** How it was picked, for the wording of the preview. */
  by: 'selection' | 'button';
}

export interface ReleaseNotice {
  /** Bumped per release so the notice re-announces. */
  serial: number;
  documentIds: string[];
}

export interface WorkspaceUiState {
  panel: SidePanel;
  sideShown: boolean;
  openDocumentId: string | null;
  query: string;
  activeMatch: number | null;
  picked: PickedPassage | null;
  /** The question evidence goes to: the last one the trainee was in, or one they chose. */
  target: ItemRef | null;
  /** Released while the workspace was open and not yet opened by the trainee. */
  unread: string[];
  notice: ReleaseNotice | null;
  actions: {
    showPanel(panel: SidePanel): void;
    setSideShown(shown: boolean): void;
    openDocument(documentId: string | null): void;
    setQuery(query: string): void;
    setActiveMatch(index: number | null): void;
    pick(passage: PickedPassage | null): void;
    setTarget(target: ItemRef | null): void;
    announceRelease(documentIds: string[]): void;
    dismissNotice(): void;
  };
}

export type WorkspaceUiStore = StoreApi<WorkspaceUiState>;

export function createWorkspaceUiStore(
  initial: Partial<Pick<WorkspaceUiState, 'panel'>> = {},
): WorkspaceUiStore {
  return createStore<WorkspaceUiState>()((set) => ({
    panel: initial.panel ?? 'casefile',
    sideShown: true,
    openDocumentId: null,
    query: '',
    activeMatch: null,
    picked: null,
    target: null,
    unread: [],
    notice: null,
    actions: {
      showPanel: (panel) => set({ panel, sideShown: true }),
      setSideShown: (sideShown) => set({ sideShown }),
      openDocument: (documentId) =>
        set((state) => ({
          openDocumentId: documentId,
          panel: documentId === null ? state.panel : 'casefile',
          sideShown: documentId === null ? state.sideShown : true,
          unread: documentId === null ? state.unread : state.unread.filter((id) => id !== documentId),
        })),
      setQuery: (query) => set({ query, activeMatch: null }),
      setActiveMatch: (activeMatch) => set({ activeMatch }),
      pick: (picked) => set({ picked }),
      setTarget: (target) =>
        set((state) =>
          state.target?.templateId === target?.templateId && state.target?.itemId === target?.itemId
            ? state
            : { target },
        ),
      announceRelease: (documentIds) =>
        set((state) => ({
          unread: [...state.unread, ...documentIds.filter((id) => !state.unread.includes(id))],
          notice: {
            serial: (state.notice?.serial ?? 0) + 1,
            documentIds: [...(state.notice?.documentIds ?? []), ...documentIds],
          },
        })),
      dismissNotice: () => set({ notice: null }),
    },
  }));
}

export const WorkspaceUiContext = createContext<WorkspaceUiStore | null>(null);

export function useWorkspaceUiStore(): WorkspaceUiStore {
  const store = useContext(WorkspaceUiContext);
  if (!store) throw new Error('Workspace components must be used inside <Workspace>.');
  return store;
}

export function useWorkspaceUi<T>(selector: (state: WorkspaceUiState) => T): T {
  return useStore(useWorkspaceUiStore(), selector);
}
