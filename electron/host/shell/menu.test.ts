import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, everyMenuEffect, rolesIn } from './menu';
import type { MenuItemTemplate, ShellAction } from './menu';
import type { MenuCommand } from '@shared/contract/shell-events';

function build(platform: NodeJS.Platform, developerItems = false) {
  const sent: MenuCommand[] = [];
  const actions: ShellAction[] = [];
  const template = buildMenuTemplate({
    platform,
    appName: 'Casework Practice',
    developerItems,
    sendCommand: (command) => sent.push(command),
    runShellAction: (action) => actions.push(action),
  });
  return { template, sent, actions };
}

function findByLabel(template: readonly MenuItemTemplate[], label: string): MenuItemTemplate | undefined {
  for (const item of template) {
    if (item.label === label) return item;
    const inner = item.submenu ? findByLabel(item.submenu, label) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

describe('application menu', () => {
  it.each(['win32', 'linux', 'darwin'] as const)(
    'has the standard edit, view and window roles on %s',
    (platform) => {
      const roles = rolesIn(build(platform).template);
      for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'] as const)
        expect(roles).toContain(role);
      for (const role of ['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'] as const)
        expect(roles).toContain(role);
      expect(roles).toContain('minimize');
    },
  );

  it('has the macOS app menu only on macOS', () => {
    expect(rolesIn(build('darwin').template)).toContain('hideOthers');
    expect(rolesIn(build('win32').template)).not.toContain('hideOthers');
  });

  it('leaves out reload and developer tools unless asked (a reload would drop unsaved typing)', () => {
    expect(rolesIn(build('linux').template)).not.toContain('toggleDevTools');
    expect(rolesIn(build('linux').template)).not.toContain('reload');
    expect(rolesIn(build('linux', true).template)).toContain('toggleDevTools');
  });

  it('sends Import and Export to the renderer as commands', () => {
    const { template, sent } = build('win32');
    findByLabel(template, 'Import…')?.click?.();
    findByLabel(template, 'Export…')?.click?.();
    expect(sent).toEqual(['import', 'export']);
  });

  it.each(['win32', 'linux', 'darwin'] as const)(
    'has File, Edit, View, Window and Help on %s',
    (platform) => {
      const labels = build(platform).template.map((item) => item.label?.replace('&', ''));
      expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']));
      expect(labels.indexOf('Help')).toBe(labels.length - 1);
    },
  );

  it.each(['win32', 'linux', 'darwin'] as const)(
    'Help opens the user guide, the data and log folders, and About (%s)',
    (platform) => {
      const help = build(platform).template.find((item) => item.label === '&Help');
      const { actions } = everyMenuEffect({ platform, appName: 'Casework Practice', developerItems: false });
      expect([...actions].sort()).toEqual(['about', 'data-folder', 'log-folder', 'user-guide']);
      const labels = (help?.submenu ?? []).map((item) => item.label).filter(Boolean);
      expect(labels).toEqual(expect.arrayContaining(['User guide', 'Show data folder', 'Show log folder']));
      // macOS keeps About in the app menu, where its people look for it.
      expect(labels.includes('About Casework Practice')).toBe(platform !== 'darwin');
    },
  );

  it('gives Export the Ctrl+E shortcut and Import Ctrl+O', () => {
    const { template } = build('win32');
    expect(findByLabel(template, 'Export…')?.accelerator).toBe('CmdOrCtrl+E');
    expect(findByLabel(template, 'Import…')?.accelerator).toBe('CmdOrCtrl+O');
  });
});
