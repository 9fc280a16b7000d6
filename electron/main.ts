// The desktop shell: lifecycle, one window, and the security wiring. Decisions live in electron/security
// (pure, tested); this file only connects them to Electron.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import type { WebContents } from 'electron';
import { randomId } from '@shared/model/ids';
import { shellEventChannels } from '@shared/contract/shell-events';
import type { MenuCommand } from '@shared/contract/shell-events';
import { KeyUnavailableError } from '@host/encryption/key-file';
import { createHost } from '@host/services';
import type { Host } from '@host/services';
import { registerContractHandlers } from './ipc';
import { buildMenuTemplate } from './security/menu';
import { hardenSession, hardenWebContents } from './security/navigation';
import { chooseRendererSource, testUserDataDir } from './security/origin';
import { spellCheckerLanguages } from './security/web-preferences';
import {
  askRendererToFlush,
  guardWindowClose,
  unansweredClosePrompt,
  unsavedChangesPrompt,
} from './shell/close-flush';
import { createElectronDialogs } from './shell/dialogs';
import { findCaseworkFileArg, OpenFileQueue, readOpenedFile } from './shell/open-file';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { safeStorageProtector } from './shell/safe-storage';
import { createFileStore } from '@host/storage/file-store';
import { createMainWindow } from './shell/window';

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const flushTimeoutMs = 10_000;

const log = (message: string, detail?: unknown) =>
  detail === undefined
    ? console.warn(`[casework] ${message}`)
    : console.warn(`[casework] ${message}`, detail);

const rendererSource = chooseRendererSource({
  isPackaged: app.isPackaged,
  devServerUrl: process.env['ELECTRON_RENDERER_URL'],
});
const policy = rendererSource.policy;
const openFiles = new OpenFileQueue();
let mainWindow: BrowserWindow | null = null;
let host: Host | null = null;
let quitting = false;
let hostClosed = false;
/** The page's web contents once it has said it listens for opened files (it says so again after a reload). */
let filesListener: WebContents | null = null;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function sendMenuCommand(command: MenuCommand): void {
  if (mainWindow && !mainWindow.isDestroyed())
    mainWindow.webContents.send(shellEventChannels.menuCommand, command);
}

/** Hands files the OS asked the app to open to the page, as name and bytes, once it is listening. */
function deliverOpenedFiles(): void {
  const target = filesListener;
  if (!target || target.isDestroyed()) return;
  for (const path of openFiles.take())
    void readOpenedFile(path).then((file) => {
      if (!target.isDestroyed()) target.send(shellEventChannels.fileOpened, file);
    });
}

function openMainWindow(): void {
  const window = createMainWindow({ preloadPath, devTools: !app.isPackaged });
  mainWindow = window;
  guardWindowClose(window, {
    flush: () =>
      askRendererToFlush(window.webContents, ipcMain, { timeoutMs: flushTimeoutMs, token: randomUUID() }),
    confirmCloseWithoutSaving: async (why) =>
      (
        await dialog.showMessageBox(
          window,
          why === 'timed-out' ? unansweredClosePrompt : unsavedChangesPrompt,
        )
      ).response === 1,
    isQuitting: () => quitting,
    continueQuit: () => app.quit(),
    abandonQuit: () => {
      quitting = false;
    },
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    if (filesListener === window.webContents) filesListener = null;
  });
  void window.loadURL(rendererSource.entryUrl);
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession, policy, log);
  session.defaultSession.setSpellCheckerLanguages([...spellCheckerLanguages]);
  serveRenderer(rendererDir, log);

  host = await createHost({
    dataDir: app.getPath('userData'),
    createStore: createFileStore,
    dialogs: createElectronDialogs(() => mainWindow),
    keyProtector: safeStorageProtector,
    now: () => new Date(),
    newId: randomId,
    log,
  });
  // Development builds check every response against the contract too; the packaged app does not pay for it.
  registerContractHandlers(ipcMain, host.handlers, policy, log, { checkResponses: !app.isPackaged });
  ipcMain.on(shellEventChannels.readyForFiles, (event) => {
    // Only the app's own window may take the files.
    if (!mainWindow || event.sender !== mainWindow.webContents) return;
    filesListener = event.sender;
    deliverOpenedFiles();
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        appName: app.getName(),
        developerItems: !app.isPackaged,
        sendCommand: sendMenuCommand,
      }),
    ),
  );
  openMainWindow();
}

// Launch tests run the unpackaged app against a temp folder; before the lock, which is per folder.
const userDataOverride = testUserDataDir({
  isPackaged: app.isPackaged,
  value: process.env['CASEWORK_TEST_USER_DATA'],
});
if (userDataOverride !== null) app.setPath('userData', userDataOverride);

if (!app.requestSingleInstanceLock()) {
  // Another copy is running; it has been told (second-instance) and will come to the front.
  app.quit();
} else {
  // Before anything else: every renderer sandboxed, and the app:// scheme registered as secure.
  app.enableSandbox();
  registerAppScheme();

  // Every web contents the app ever creates (windows, devtools, anything) is hardened at birth.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy, log));

  openFiles.push(findCaseworkFileArg(process.argv));
  app.on('second-instance', (_event, argv) => {
    openFiles.push(findCaseworkFileArg(argv));
    deliverOpenedFiles();
    focusMainWindow();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFiles.push(path);
    deliverOpenedFiles();
  });

  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (host && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.on('will-quit', (event) => {
    if (hostClosed || !host) return;
    // Finish queued saves and index writes before the process goes.
    event.preventDefault();
    const closing = host;
    void closing
      .close()
      .catch((error: unknown) => log('Host did not close cleanly', error))
      .finally(() => {
        hostClosed = true;
        app.quit();
      });
  });

  start().catch((error: unknown) => {
    log('Casework Practice could not start', error);
    // The host's start-up failures (an encryption key this account cannot unseal) carry a message written for
    // the trainee; anything else gets a plain one. Files are never touched on this path.
    dialog.showErrorBox(
      'Casework Practice could not start',
      error instanceof KeyUnavailableError
        ? error.message
        : 'Something went wrong while opening your saved work. Your files have been left as they are.',
    );
    app.exit(1);
  });
}
