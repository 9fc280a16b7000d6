import { ipcMain } from 'electron';
import log from 'electron-log/main';
import { hostLog, logFilePath } from '@host/shell/help';

/** electron-log's own renderer channel: the app's page logs through the contract (`reportProblem`) instead. */
const electronLogChannel = '__ELECTRON_LOG__';

/**
 * The app's log: electron-log writing `logs/main.log` in the data folder (rotated at 1 MB to main.old.log)
 * and to the console. Uncaught errors in the main process are written there too, without a dialog (start-up
 * failures have their own). Returns the host's `log` port.
 */
export function startLogging(dataDir: string): (message: string, detail?: unknown) => void {
  log.transports.file.resolvePathFn = () => logFilePath(dataDir);
  log.transports.file.maxSize = 1024 * 1024;
  log.transports.file.level = 'info';
  log.errorHandler.startCatching({ showDialog: false });
  // The sandboxed page has no ipcRenderer to reach these, but the main process answers nothing it does not use.
  ipcMain.removeAllListeners(electronLogChannel);
  ipcMain.removeHandler(electronLogChannel);
  log.info(
    `[casework] Started ${process.versions['electron'] ? `on Electron ${process.versions['electron']}` : ''}`,
  );
  return hostLog(log);
}
