import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CaseEditorState, CaseEditorStore } from './editor-store';

export const CaseEditorContext = createContext<CaseEditorStore | null>(null);

export function useEditorStore(): CaseEditorStore {
  const store = useContext(CaseEditorContext);
  if (!store) throw new Error('useEditorStore outside CaseEditorContext');
  return store;
}

export function useEditor<T>(selector: (state: CaseEditorState) => T): T {
  return useStore(useEditorStore(), selector);
}
