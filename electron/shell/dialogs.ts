import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { Dialogs } from '@host/ports';

/**
 * Native file dialogs: the only way a path the host reads or writes comes into being. The renderer asks
 * for an action ("export this attempt"); the trainee picks the file here; the host uses that path.
 */
export function createElectronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const window = getWindow();
      const options = {
        title,
        defaultPath: defaultName,
        filters,
        properties: ['showOverwriteConfirmation' as const],
      };
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, filters }) {
      const window = getWindow();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseOpenPaths({ title, filters }) {
      const window = getWindow();
      const options = { title, filters, properties: ['openFile' as const, 'multiSelections' as const] };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseFolder({ title }) {
      const window = getWindow();
      const options = { title, properties: ['openDirectory' as const] };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
