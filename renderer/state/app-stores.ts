import { useStore } from 'zustand';
import { host } from '../host';
import { createLibraryStore } from './library-store';
import type { LibraryState } from './library-store';
import { createNoticesStore } from './notices-store';
import type { NoticesState } from './notices-store';
import { saveStatusStore } from './save-status';
import type { SaveStatusState } from './save-status';
import { createSettingsStore } from './settings-store';
import type { SettingsState } from './settings-store';

/** App-wide stores (one of each); an open attempt gets its own store instead, see features/attempt. */
export const settingsStore = createSettingsStore(host, (state) =>
  saveStatusStore.getState().report('settings', state),
);
export const libraryStore = createLibraryStore(host);
export const noticesStore = createNoticesStore(host);

export function useSettings<T>(selector: (state: SettingsState) => T): T {
  return useStore(settingsStore, selector);
}

export function useLibrary<T>(selector: (state: LibraryState) => T): T {
  return useStore(libraryStore, selector);
}

export function useNotices<T>(selector: (state: NoticesState) => T): T {
  return useStore(noticesStore, selector);
}

export function useSaveStatus<T>(selector: (state: SaveStatusState) => T): T {
  return useStore(saveStatusStore, selector);
}
