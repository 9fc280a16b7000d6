/**
 * The one place the window's webPreferences are decided. `main.ts` passes this object to BrowserWindow
 * unchanged, and a test pins every value, so a security setting cannot be loosened without a failing test.
 */
export interface SecureWebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly experimentalFeatures: false;
  readonly webviewTag: false;
  readonly navigateOnDragDrop: false;
  readonly safeDialogs: true;
  readonly enableWebSQL: false;
  readonly spellcheck: true;
  /** No middle-click `auxclick` events: a middle-click on a link cannot start a navigation or a window. */
  readonly disableBlinkFeatures: 'Auxclick';
  readonly devTools: boolean;
  /** Stop Chromium throttling autosave timers when the window is hidden, so pending edits still reach disk. */
  readonly backgroundThrottling: false;
}

export function secureWebPreferences(options: {
  preloadPath: string;
  devTools: boolean;
}): SecureWebPreferences {
  return Object.freeze({
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    enableWebSQL: false,
    spellcheck: true,
    disableBlinkFeatures: 'Auxclick',
    devTools: options.devTools,
    backgroundThrottling: false,
  });
}

/** British English for the spellchecker (macOS ignores this and follows the system language). */
export const spellCheckerLanguages: readonly string[] = ['en-GB'];
