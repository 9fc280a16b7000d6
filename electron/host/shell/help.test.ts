import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aboutMessage, couldNotOpen, hostLog, logFilePath, logFolder, userGuidePath } from './help';

describe('Help menu pieces', () => {
  it('finds the user guide beside an installed app, and in docs/ from source', () => {
    expect(userGuidePath({ isPackaged: true, resourcesPath: '/opt/cp/resources', appPath: '/x' })).toBe(
      join('/opt/cp/resources', 'docs', 'user-guide.md'),
    );
    expect(userGuidePath({ isPackaged: false, resourcesPath: '/r', appPath: '/src/app' })).toBe(
      join('/src/app', 'docs', 'user-guide.md'),
    );
  });

  it('keeps the logs in the data folder', () => {
    expect(logFolder('/data')).toBe(join('/data', 'logs'));
    expect(logFilePath('/data')).toBe(join('/data', 'logs', 'main.log'));
  });

  it('About names the version and says there are no updates', () => {
    const about = aboutMessage({
      appName: 'Casework Practice',
      version: '0.1.0',
      versions: { electron: '39.8.10', chrome: '142.0', node: '22.1' },
    });
    expect(about.message).toBe('Casework Practice 0.1.0');
    expect(about.detail).toContain('no automatic updates');
    expect(about.detail).toContain('Electron 39.8.10, Chromium 142.0, Node.js 22.1');
  });

  it('says plainly what could not be opened', () => {
    expect(couldNotOpen('log folder', '')).toEqual({
      title: 'Could not open the log folder',
      content: 'The log folder could not be opened.',
    });
    expect(couldNotOpen('user guide', ' Failed to open path ').content).toBe('Failed to open path');
  });

  it('writes errors as errors and the rest as warnings', () => {
    const lines: unknown[][] = [];
    const log = hostLog({
      warn: (...params) => lines.push(['warn', ...params]),
      error: (...params) => lines.push(['error', ...params]),
    });
    const failure = new Error('disk full');
    log('Saved');
    log('Could not save', failure);
    log('Refused', { url: 'x' });
    expect(lines).toEqual([
      ['warn', '[casework] Saved'],
      ['error', '[casework] Could not save', failure],
      ['warn', '[casework] Refused', { url: 'x' }],
    ]);
  });
});
