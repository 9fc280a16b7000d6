import { menuCommands } from '@shared/contract/shell-events';
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
  | 'help'
  | 'editMenu'
  | 'viewMenu'
  | 'windowMenu'
  | 'fileMenu';

/**
 * What the main process does itself, without the page: open the user guide or a folder in the operating
 * system, or say which version this is. Everything else a menu item does is a `MenuCommand` the page handles.
 */
export const shellActions = ['user-guide', 'data-folder', 'log-folder', 'about'] as const;
export type ShellAction = (typeof shellActions)[number];

export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'separator' | 'submenu' | 'normal';
  accelerator?: string;
  enabled?: boolean;
  submenu?: MenuItemTemplate[];
  click?: () => void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Developer tools and reload only in unpackaged builds: a reload in use would drop unsaved typing. */
  developerItems: boolean;
  sendCommand: (command: MenuCommand) => void;
  runShellAction: (action: ShellAction) => void;
}

/**
 * The application menu as data. Standard roles give every platform its native Edit/View/Window
 * behaviour (and keyboard shortcuts, which screen-reader and keyboard users rely on); File carries the
 * app's own Import and Export, which the page handles (the host then shows a native dialog); Help opens the
 * guide and the folders people are asked for by whoever supports them.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemTemplate[] {
  const isMac = options.platform === 'darwin';
  const separator: MenuItemTemplate = { type: 'separator' };
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemTemplate => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.sendCommand(name),
  });
  const action = (label: string, name: ShellAction, accelerator?: string): MenuItemTemplate => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.runShellAction(name),
  });
  const about = action(`About ${options.appName}`, 'about');
  const template: MenuItemTemplate[] = [];

  if (isMac) {
    template.push({
      label: options.appName,
      submenu: [
        about,
        separator,
        command('Settings…', 'settings', 'CmdOrCtrl+,'),
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
      command('Import…', 'import', 'CmdOrCtrl+O'),
      command('Export…', 'export', 'CmdOrCtrl+E'),
      command('Export all my work…', 'export-all'),
      separator,
      ...(isMac ? [] : [command('Settings', 'settings', 'CmdOrCtrl+,'), separator]),
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

  template.push({
    label: '&Help',
    role: 'help',
    submenu: [
      action('User guide', 'user-guide', 'F1'),
      separator,
      action('Show data folder', 'data-folder'),
      action('Show log folder', 'log-folder'),
      ...(isMac ? [] : [separator, about]),
    ],
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

/**
 * What choosing every item of the menu built with `options` would do, depth first: the commands it sends
 * the page and the actions the shell runs. Tests use it to prove each has a receiver.
 */
export function everyMenuEffect(options: Omit<MenuOptions, 'sendCommand' | 'runShellAction'>): {
  commands: MenuCommand[];
  actions: ShellAction[];
} {
  const commands: MenuCommand[] = [];
  const actions: ShellAction[] = [];
  const walk = (items: readonly MenuItemTemplate[]) => {
    for (const item of items) {
      item.click?.();
      if (item.submenu) walk(item.submenu);
    }
  };
  walk(
    buildMenuTemplate({
      ...options,
      sendCommand: (name) => commands.push(name),
      runShellAction: (name) => actions.push(name),
    }),
  );
  return { commands, actions };
}

/** The commands the contract defines that no menu on any platform sends: each one is dead weight. */
export function unsentMenuCommands(): MenuCommand[] {
  const sent = new Set(
    (['darwin', 'win32', 'linux'] as const).flatMap(
      (platform) =>
        everyMenuEffect({ platform, appName: 'Casework Practice', developerItems: true }).commands,
    ),
  );
  return menuCommands.filter((name) => !sent.has(name));
}
