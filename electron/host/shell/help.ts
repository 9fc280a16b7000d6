import { join } from 'node:path';

/**
 * Where the user guide is: shipped beside the app as a resource in an installed build (electron-builder's
 * `extraResources`), in the repository's docs/ folder when run from source.
 */
export function userGuidePath(options: {
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
}): string {
  return options.isPackaged
    ? join(options.resourcesPath, 'docs', 'user-guide.md')
    : join(options.appPath, 'docs', 'user-guide.md');
}

/** The log folder sits in the data folder, so one folder holds everything support may ask for. */
export function logFolder(dataDir: string): string {
  return join(dataDir, 'logs');
}

export function logFilePath(dataDir: string): string {
  return join(logFolder(dataDir), 'main.log');
}

/** Help > About: the version people are asked for first, and the parts it is built on. */
export function aboutMessage(options: {
  appName: string;
  version: string;
  versions: { electron?: string; chrome?: string; node?: string };
}) {
  const parts = [
    options.versions.electron ? `Electron ${options.versions.electron}` : null,
    options.versions.chrome ? `Chromium ${options.versions.chrome}` : null,
    options.versions.node ? `Node.js ${options.versions.node}` : null,
  ].filter((part): part is string => part !== null);
  return {
    type: 'info' as const,
    title: `About ${options.appName}`,
    message: `${options.appName} ${options.version}`,
    detail: [
      'Practice only: fictional cases, not for operational use.',
      'Works offline and never connects to the network; there are no automatic updates.',
      parts.join(', '),
    ]
      .filter((line) => line !== '')
      .join('\n\n'),
    buttons: ['OK'],
    noLink: true,
  };
}

/** What the shell says when a folder or the guide could not be opened (shell.openPath answers an error text). */
export function couldNotOpen(what: string, reason: string): { title: string; content: string } {
  return {
    title: `Could not open the ${what}`,
    content: reason.trim() === '' ? `The ${what} could not be opened.` : reason.trim(),
  };
}

/** The part of a logger the host writes through (electron-log in the shell). */
export interface LogWriter {
  warn(...params: unknown[]): void;
  error(...params: unknown[]): void;
}

/**
 * The host's `log` port over a logger: problems handled with an error attached are errors, the rest warnings.
 * The `[casework]` prefix keeps the app's lines apart from Electron's own in the same file.
 */
export function hostLog(writer: LogWriter): (message: string, detail?: unknown) => void {
  return (message, detail) => {
    if (detail === undefined) writer.warn(`[casework] ${message}`);
    else if (detail instanceof Error || typeof detail === 'string')
      writer.error(`[casework] ${message}`, detail);
    else writer.warn(`[casework] ${message}`, detail);
  };
}
