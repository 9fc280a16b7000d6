import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, rolesIn } from './menu';
import type { MenuItemTemplate } from './menu';
import type { MenuCommand } from '@shared/contract/shell-events';

function build(platform: NodeJS.Platform, developerItems = false) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({
    platform,
    appName: 'Casework Practice',
    developerItems,
    sendCommand: (command) => sent.push(command),
  });
  return { template, sent };
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
});
