import { describe, expect, it } from 'vitest';
import { menuCommands } from '@shared/contract/shell-events';
import type { MenuCommand } from '@shared/contract/shell-events';
import { everyMenuEffect, unsentMenuCommands } from '@host/shell/menu';
import { exportNeedsAnAttempt, hasReceiver, installMenuCommands, menuCommandHandlers } from './menu-commands';
import type { MenuCommandContext } from './menu-commands';
import { hrefs } from './routes';

const platforms = ['darwin', 'win32', 'linux'] as const;

function recorder(hash: string) {
  const done: string[] = [];
  const context: MenuCommandContext = {
    hash,
    navigate: (href) => done.push(`navigate ${href}`),
    openFile: () => done.push('open file'),
    tell: (message) => done.push(`tell ${message}`),
    exportAll: () => done.push('export all'),
  };
  return { done, context };
}

describe('every app menu command has a receiver in the renderer', () => {
  it.each(platforms)('on %s, each command any menu item sends is handled', (platform) => {
    for (const developerItems of [false, true]) {
      const { commands } = everyMenuEffect({ platform, appName: 'Casework Practice', developerItems });
      expect(commands.length).toBeGreaterThan(0);
      const unhandled = commands.filter((command) => !hasReceiver(menuCommandHandlers, command));
      expect(unhandled).toEqual([]);
    }
  });

  it('fails for a registry that lacks a command the menu sends (the check above can fail)', () => {
    const { export: _dropped, ...withoutExport } = menuCommandHandlers;
    const { commands } = everyMenuEffect({ platform: 'win32', appName: 'x', developerItems: false });
    expect(commands.filter((command) => !hasReceiver(withoutExport, command))).toEqual(['export']);
    expect(hasReceiver({ export: 'not a function' }, 'export')).toBe(false);
    expect(hasReceiver({}, 'toString')).toBe(false);
  });

  it('defines no command that no menu sends', () => {
    expect(unsentMenuCommands()).toEqual([]);
  });

  it('File > Export… opens the export screen of the work on screen', () => {
    for (const hash of ['#/attempts/a-1', '#/attempts/a-1/rosh/s2', '#/feedback/a-1']) {
      const { done, context } = recorder(hash);
      menuCommandHandlers.export(context);
      expect(done).toEqual([`navigate ${hrefs.exportAttempt('a-1')}`]);
    }
  });

  it('File > Export… with no work open says how to export instead of doing nothing', () => {
    const { done, context } = recorder('#/progress');
    menuCommandHandlers.export(context);
    expect(done).toEqual([`tell ${exportNeedsAnAttempt}`]);
  });

  it('Import… opens the file dialog and Settings goes to settings', () => {
    const { done, context } = recorder('#/');
    menuCommandHandlers.import(context);
    menuCommandHandlers.settings(context);
    expect(done).toEqual(['open file', `navigate ${hrefs.settings}`]);
  });

  it('Export all my work… starts the export where Settings shows how it went', () => {
    const { done, context } = recorder('#/progress');
    menuCommandHandlers['export-all'](context);
    expect(done).toEqual([`navigate ${hrefs.settings}`, 'export all']);
  });

  it('routes what the shell sends to the receiver, and ignores unknown names', () => {
    let listener: ((command: MenuCommand) => void) | undefined;
    const { done, context } = recorder('#/attempts/a-2');
    const unsubscribe = installMenuCommands(
      {
        onMenuCommand: (callback) => {
          listener = callback;
          return () => (listener = undefined);
        },
      },
      () => context,
    );
    listener?.('export');
    listener?.('nonsense' as MenuCommand);
    expect(done).toEqual([`navigate ${hrefs.exportAttempt('a-2')}`]);
    unsubscribe();
    expect(listener).toBeUndefined();
    expect(menuCommands.every((command) => hasReceiver(menuCommandHandlers, command))).toBe(true);
  });

  it('does nothing without the shell (the browser harness)', () => {
    expect(() => installMenuCommands(undefined, () => recorder('#/').context)()).not.toThrow();
  });
});
