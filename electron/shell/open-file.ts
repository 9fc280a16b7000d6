import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_OPENED_FILE_BYTES } from '@shared/contract/shell-events';
import type { OpenedFile } from '@shared/contract/shell-events';

/**
 * The `.casework` file the app was asked to open (double-click, "Open with", or a second launch), taken
 * from the command line. The path comes from the operating system on the trainee's behalf, never from
 * the renderer; it is queued for the import feature, which validates the file's contents like any import.
 */
export function findCaseworkFileArg(argv: readonly string[]): string | null {
  for (let index = argv.length - 1; index >= 1; index -= 1) {
    const arg = argv[index];
    if (arg === undefined || arg.startsWith('-')) continue;
    if (arg.includes('\0')) continue;
    if (/\.casework$/i.test(arg)) return arg;
  }
  return null;
}

/** Files the OS asked the app to open, held until the renderer is ready to ask for them. */
export class OpenFileQueue {
  readonly #paths: string[] = [];

  push(path: string | null): void {
    if (path !== null && !this.#paths.includes(path)) this.#paths.push(path);
  }

  take(): string[] {
    return this.#paths.splice(0, this.#paths.length);
  }
}

/**
 * A queued file's name and bytes for the page, or the reason it could not be read. The page never sees the
 * path: it imports the bytes through the host's checks (`reviews:import` with `given`), as for a drop.
 */
export async function readOpenedFile(
  path: string,
  maxBytes: number = MAX_OPENED_FILE_BYTES,
): Promise<OpenedFile> {
  const name = basename(path).slice(0, 255) || 'The file';
  try {
    const info = await stat(path);
    if (!info.isFile()) return { name, problem: `“${name}” is not a file, so it was not opened.` };
    if (info.size > maxBytes)
      return {
        name,
        problem: `“${name}” is too large to be a Casework Practice file, so it was not opened.`,
      };
    return { name, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return {
      name,
      problem:
        code === 'EACCES' || code === 'EPERM'
          ? `Could not open “${name}”: you do not have permission to read it.`
          : `Could not open “${name}”${code ? ` (${code})` : ''}.`,
    };
  }
}
