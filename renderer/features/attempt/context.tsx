import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { readAnswer, itemKey } from './answer-paths';
import type { AnswerScope } from './answer-paths';
import type { AttemptActions, AttemptState, AttemptStore, ItemView } from './attempt-store';
import { noteRender } from './render-probe';

/** One store per open attempt, handed down by context so fields subscribe to their own slice only. */
export const AttemptStoreContext = createContext<AttemptStore | null>(null);

export function useAttemptStore(): AttemptStore {
  const store = useContext(AttemptStoreContext);
  if (!store) throw new Error('useAttempt* must be used inside an open attempt (AttemptStoreContext).');
  return store;
}

export function useAttempt<T>(selector: (state: AttemptState) => T): T {
  return useStore(useAttemptStore(), selector);
}

/** The stored answer of one field: changes to other fields leave it (and the field) alone. */
export function useAnswer(scope: AnswerScope, itemId: string): unknown {
  noteRender(itemKey(scope, itemId));
  return useAttempt((state) => readAnswer(state.attempt.answers, scope, itemId));
}

export function useItemView(scope: AnswerScope, itemId: string): ItemView | undefined {
  return useAttempt((state) => state.views[itemKey(scope, itemId)]);
}

/** The actions object never changes, so reading it never re-renders. */
export function useAttemptActions(): AttemptActions {
  return useAttempt((state) => state.actions);
}
