import type { MenuCommand } from '@shared/contract/shell-events';

/** The Electron menu roles this app uses; a subset of Electron's own list, so the template type-checks there. */
export type MenuRole =
  | 'appMenu'
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'window'
  | 'editMenu'
  | 'viewMenu'
  | 'windowMenu'
  | 'fileMenu';

export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'separator' | 'submenu' | 'normal';
  accelerator?: string;
  submenu?: MenuItemTemplate[];
  click?: () => void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Developer tools and reload only in unpackaged builds: a reload in use would drop unsaved typing. */
  developerItems: boolean;
  sendCommand: (command: MenuCommand) => void;
}

/**
 * The application menu as data. Standard roles give every platform its native Edit/View/Window
 * behaviour (and keyboard shortcuts, which screen-reader and keyboard users rely on); File carries the
 * app's own Import and Export, which the renderer handles (the host then shows a native dialog).
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemTemplate[] {
  const isMac = options.platform === 'darwin';
  const separator: MenuItemTemplate = { type: 'separator' };
  const template: MenuItemTemplate[] = [];

  if (isMac) {
    template.push({
      label: options.appName,
      submenu: [
        { role: 'about' },
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    });
  }

  template.push({
    label: '&File',
    submenu: [
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => options.sendCommand('import') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => options.sendCommand('export') },
      separator,
      isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
    ],
  });

  template.push({
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  });

  const viewItems: MenuItemTemplate[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    separator,
    { role: 'togglefullscreen' },
  ];
  if (options.developerItems) {
    viewItems.unshift({ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator);
  }
  template.push({ label: '&View', submenu: viewItems });

  template.push({
    label: '&Window',
    role: 'window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  });

  return template;
}

/** Every role in a template, depth first: what the menu test asserts on. */
export function rolesIn(template: readonly MenuItemTemplate[]): MenuRole[] {
  return template.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(item.submenu ? rolesIn(item.submenu) : []),
  ]);
}
