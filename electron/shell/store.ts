import { ipcMain } from 'electron';
import Store from 'electron-store';
import type { CreateJsonStore, JsonStore } from '@host/ports';

/**
 * The shell's store factory: electron-store with the same options as the tests' `createConfStore`
 * (electron/host/conf-store.ts explains each), so what the tests prove about files holds here.
 */
export const createElectronStore: CreateJsonStore = ({ cwd, configName }) => {
  const store = new Store<Record<string, unknown>>({
    cwd,
    name: configName,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
  });
  // electron-store answers a synchronous IPC message with the userData path for renderer-side stores. The
  // app has none, and that path names the OS user, so the channel is closed.
  ipcMain.removeAllListeners('electron-store-get-data');
  const json: JsonStore = {
    path: store.path,
    get store() {
      return store.store;
    },
    set store(value: Record<string, unknown>) {
      store.store = value;
    },
  };
  return json;
};
