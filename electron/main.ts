// The desktop shell: lifecycle, one window, and the security wiring. Decisions live in electron/security
// (pure, tested); this file only connects them to Electron.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { randomId } from '@shared/model/ids';
import { shellEventChannels } from '@shared/contract/shell-events';
import type { MenuCommand } from '@shared/contract/shell-events';
import { KeyUnavailableError } from '@host/encryption/key-file';
import { createHost } from '@host/services';
import type { Host } from '@host/services';
import { pdfWorkerEntry } from '@host/pdf/pdf-runner';
import { bundledDictionariesDir, installBundledDictionaries } from '@host/shell/dictionary';
import { aboutMessage, couldNotOpen, logFolder, userGuidePath } from '@host/shell/help';
import { buildMenuTemplate } from '@host/shell/menu';
import type { ShellAction } from '@host/shell/menu';
import { onFileOpenRequest, WINDOW_STATE_FILE } from '@host/shell/window-state';
import { registerContractHandlers } from './ipc';
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
import { startLogging } from './shell/log';
import { createMainWindow } from './shell/window';

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
// electron.vite.config.ts bundles the PDF worker as its own entry beside this file.
const mainDir = fileURLToPath(new URL('.', import.meta.url));
const flushTimeoutMs = 10_000;

/** Until the log file is set up (below, once the data folder is known), the console. */
let log = (message: string, detail?: unknown) =>
  detail === undefined
    ? console.warn(`[casework] ${message}`)
    : console.warn(`[casework] ${message}`, detail);

/** Where the installed app keeps what it ships beside the code (electron-builder's extraResources). */
const shipped = () => ({
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  appPath: app.getAppPath(),
});

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

async function openInOs(what: string, path: string): Promise<void> {
  const problem = await shell.openPath(path);
  if (problem === '') return;
  log(`Could not open the ${what}`, problem);
  const { title, content } = couldNotOpen(what, problem);
  dialog.showErrorBox(title, content);
}

function runShellAction(action: ShellAction): void {
  switch (action) {
    case 'user-guide':
      void openInOs('user guide', userGuidePath(shipped()));
      return;
    case 'data-folder':
      void openInOs('data folder', app.getPath('userData'));
      return;
    case 'log-folder':
      void openInOs('log folder', logFolder(app.getPath('userData')));
      return;
    case 'about': {
      const message = aboutMessage({
        appName: app.getName(),
        version: app.getVersion(),
        versions: process.versions,
      });
      void (mainWindow ? dialog.showMessageBox(mainWindow, message) : dialog.showMessageBox(message));
      return;
    }
  }
}

/**
 * Chromium's Linux spellchecker loads Hunspell dictionaries from the profile's Dictionaries folder and
 * downloads any it lacks. The app ships its en-GB one and puts it there first; the download address points
 * at the shipped folder too (a local file URL, never the network), so a damaged copy means no underlines, not a fetch.
 */
async function setUpSpelling(): Promise<void> {
  const bundledDir = bundledDictionariesDir(shipped());
  try {
    const installed = await installBundledDictionaries({
      bundledDir,
      profileDictionariesDir: join(app.getPath('userData'), 'Dictionaries'),
      languages: spellCheckerLanguages,
    });
    if (installed.missing.length > 0) log(`No shipped dictionary for ${installed.missing.join(', ')}`);
  } catch (error) {
    log('Could not put the shipped spelling dictionary in place', error);
  }
  const ses = session.defaultSession;
  ses.setSpellCheckerDictionaryDownloadURL(`${pathToFileURL(bundledDir).href}/`);
  ses.on('spellcheck-dictionary-download-begin', (_event, language) =>
    log(`Spellchecker started fetching a dictionary for ${language} (from the shipped folder)`),
  );
  ses.on('spellcheck-dictionary-download-failure', (_event, language) =>
    log(`Spellchecker has no dictionary for ${language}; spelling is not checked`),
  );
  ses.setSpellCheckerLanguages([...spellCheckerLanguages]);
}

function openMainWindow(): void {
  const window = createMainWindow({
    preloadPath,
    devTools: !app.isPackaged,
    state: createFileStore({ cwd: app.getPath('userData'), configName: WINDOW_STATE_FILE }),
  });
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
  await setUpSpelling();
  serveRenderer(rendererDir, log);

  host = await createHost({
    dataDir: app.getPath('userData'),
    createStore: createFileStore,
    dialogs: createElectronDialogs(() => mainWindow),
    keyProtector: safeStorageProtector,
    now: () => new Date(),
    newId: randomId,
    log: (message, detail) => log(message, detail),
    pdfWorker: { entry: pdfWorkerEntry(mainDir) },
    // The native theme (title bar, scroll bars, dialogs, form controls) follows the app's own setting.
    onSettingsChanged: (settings) => {
      nativeTheme.themeSource = settings.theme;
    },
  });
  nativeTheme.themeSource = host.storage.getSettings().theme;
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
        runShellAction,
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
// The log file lives in the data folder, so it is known only now.
log = startLogging(app.getPath('userData'));

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
    const next = onFileOpenRequest({
      started: host !== null,
      windowOpen: mainWindow !== null && !mainWindow.isDestroyed(),
    });
    // A new window's page asks for the queued files once it listens.
    if (next === 'open-window') openMainWindow();
    else if (next === 'deliver') {
      deliverOpenedFiles();
      focusMainWindow();
    }
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
