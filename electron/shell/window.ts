import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { JsonStore } from '@host/ports';
import { minimumWindowSize, placeWindow, readWindowState, windowStateToSave } from '@host/shell/window-state';
import { secureWebPreferences } from '../security/web-preferences';
import { installContextMenu } from './context-menu';

/** The work areas of the displays attached now, the primary first (where a window without a place opens). */
function workAreas() {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map(
    (display) => display.workArea,
  );
}

/**
 * The app's one window, opened where it was last closed (clamped to the screens there are now). Every web
 * preference comes from `secureWebPreferences` unchanged; the window is shown once painted so nobody sees a
 * white flash or a half-drawn page.
 */
export function createMainWindow(options: {
  preloadPath: string;
  devTools: boolean;
  /** Where the window's size and place are kept between runs. */
  state: JsonStore;
}): BrowserWindow {
  const placement = placeWindow(readWindowState(options.state.store['window']), workAreas());
  const window = new BrowserWindow({
    ...(placement.x === undefined || placement.y === undefined ? {} : { x: placement.x, y: placement.y }),
    width: placement.width,
    height: placement.height,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    show: false,
    title: 'Casework Practice',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#0b0c0c' : '#ffffff',
    webPreferences: secureWebPreferences({ preloadPath: options.preloadPath, devTools: options.devTools }),
  });
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    options.state.store = { window: windowStateToSave(window.getNormalBounds(), window.isMaximized()) };
  });
  installContextMenu(window);
  return window;
}
