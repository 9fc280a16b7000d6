import { create } from 'zustand';

/**
 * Attempts deleted in this session, newest first, so "Undo" stays on offer while the trainee moves around
 * the app. The host keeps a deleted attempt's copy for 30 days; this only decides what the screen offers.
 */
export interface DeletedAttempt {
  id: string;
  title: string;
}

interface DeletedState {
  recent: DeletedAttempt[];
  actions: {
    deleted(attempt: DeletedAttempt): void;
    /** Restored or dismissed: no longer offered. */
    forget(id: string): void;
  };
}

export const useDeletedAttempts = create<DeletedState>()((set) => ({
  recent: [],
  actions: {
    deleted: (attempt) =>
      set((state) => ({ recent: [attempt, ...state.recent.filter((a) => a.id !== attempt.id)].slice(0, 5) })),
    forget: (id) => set((state) => ({ recent: state.recent.filter((a) => a.id !== id) })),
  },
}));
