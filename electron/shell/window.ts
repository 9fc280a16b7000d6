import { BrowserWindow, nativeTheme } from 'electron';
import { secureWebPreferences } from '../security/web-preferences';

/**
 * The app's one window. Every web preference comes from `secureWebPreferences` unchanged; the window is
 * shown once painted so nobody sees a white flash or a half-drawn page.
 */
export function createMainWindow(options: { preloadPath: string; devTools: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Casework Practice',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#0b0c0c' : '#ffffff',
    webPreferences: secureWebPreferences({ preloadPath: options.preloadPath, devTools: options.devTools }),
  });
  window.once('ready-to-show', () => window.show());
  return window;
}
