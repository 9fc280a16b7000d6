import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { HostError } from '@shared/contract';
import { errnoCode } from './fs-errors';

export interface ChosenFileWords {
  /** The message when the path is a folder or a device, not a regular file. */
  notAFile: (name: string) => string;
  /** The message when the file is bigger than the caller accepts (`size` is what was found, in bytes). */
  tooLarge: (name: string, size: number) => string;
  /** The verb of the fallback messages ("Could not open ..."); a caller that reads rather than opens says so. */
  verb?: 'open' | 'read';
  /** The name the messages use, when the caller shortens or replaces the file's own. */
  name?: string;
}

/**
 * Reads a file the person chose in an open dialog (or dropped), refusing anything over `limit` bytes.
 * The size is checked on the open handle and the read itself stops at limit + 1 bytes, so a file that
 * grows between the check and the read (a download still arriving, or a file another program keeps writing) can never
 * make the host read without bound.
 */
export async function readChosenFile(path: string, limit: number, words: ChosenFileWords): Promise<Buffer> {
  const name = words.name ?? basename(path);
  const verb = words.verb ?? 'open';
  try {
    const handle = await open(path, 'r');
    try {
      return await readChosenFileFromHandle(handle, name, limit, words);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof HostError) throw error;
    const code = errnoCode(error);
    if (code === 'EBUSY')
      throw new HostError('file-in-use', `Could not ${verb} “${name}”: it is in use by another program.`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new HostError('forbidden', `Could not ${verb} “${name}”: you do not have permission to read it.`);
    throw new HostError('not-found', `Could not ${verb} “${name}”${code ? ` (${code})` : ''}.`);
  }
}

/** The bounded read itself, on a handle the caller opened and closes (exported so a test can grow the file mid-read). */
export async function readChosenFileFromHandle(
  handle: FileHandle,
  name: string,
  limit: number,
  words: ChosenFileWords,
): Promise<Buffer> {
  const info = await handle.stat();
  if (!info.isFile()) throw new HostError('invalid-file', words.notAFile(name));
  if (info.size > limit) throw new HostError('too-large', words.tooLarge(name, info.size));
  // Sized to the file (one byte over, to notice growth), not to the limit: a 64 MB buffer per file would be
  // zero-filled and collected for every one of a tutor's 200 small files. It grows only while the file does.
  let buffer = Buffer.allocUnsafe(Math.min(limit, info.size) + 1);
  let length = 0;
  for (;;) {
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length < buffer.length || buffer.length > limit) break;
    const larger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
    buffer.copy(larger, 0, 0, length);
    buffer = larger;
  }
  if (length > limit) throw new HostError('too-large', words.tooLarge(name, length));
  return buffer.subarray(0, length);
}
