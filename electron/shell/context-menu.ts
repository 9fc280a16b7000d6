import { Menu } from 'electron';
import type { BrowserWindow } from 'electron';
import { buildContextMenu } from '@host/shell/context-menu';

/** Right-click anywhere in the window: spelling suggestions and the edit commands (built and tested in the host). */
export function installContextMenu(window: BrowserWindow): void {
  window.webContents.on('context-menu', (_event, params) => {
    const items = buildContextMenu(params, {
      replaceMisspelling: (word) => window.webContents.replaceMisspelling(word),
      addToDictionary: (word) => window.webContents.session.addWordToSpellCheckerDictionary(word),
    });
    if (items.length === 0) return;
    Menu.buildFromTemplate(items).popup({ window });
  });
}
