import { basename } from 'node:path';
import { HostError } from '@shared/contract';
import { MAX_OPENED_FILE_BYTES } from '@shared/contract/shell-events';
import { readChosenFile } from '@host/read-chosen-file';
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
    // The one bounded read: a size checked on the open handle, and a read that stops past the limit, so a
    // file whose size changes (or lies) between the check and the read is never read whole.
    const bytes = await readChosenFile(path, maxBytes, {
      name,
      notAFile: (shown) => `“${shown}” is not a file, so it was not opened.`,
      tooLarge: (shown) => `“${shown}” is too large to be a Casework Practice file, so it was not opened.`,
    });
    return { name, bytes: new Uint8Array(bytes) };
  } catch (error) {
    if (error instanceof HostError) return { name, problem: error.message };
    return { name, problem: `Could not open “${name}”.` };
  }
}
