import { randomUUID } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { HostError } from '@shared/contract';
import { fsFailure } from '../fs-errors';

/**
 * Plain words for a failed export. Nothing in the app is lost when an export fails (the attempt stays
 * saved), and no half-written file is left behind, so the messages say what to change and try again.
 */
export function exportWriteFailure(error: unknown, fileName: string): HostError {
  return fsFailure(
    error,
    {
      'no-space': `Could not save “${fileName}”: the disk is full. Free up some space or choose another place, then export again. Your work in the app is safe.`,
      'no-permission': `Could not save “${fileName}”: you do not have permission to save there, or the file is open in another program. Close it or choose another folder, then export again. Your work in the app is safe.`,
      'read-only-drive': `Could not save “${fileName}”: that drive is read-only. Choose another folder, then export again. Your work in the app is safe.`,
      'in-use': `Could not save “${fileName}”: the file is open in another program. Close it, then export again. Your work in the app is safe.`,
      'no-folder': `Could not save “${fileName}”: the folder no longer exists. Choose another folder, then export again.`,
    },
    (code) =>
      `Could not save “${fileName}”${code ? ` (${code})` : ''}. Your work in the app is safe; please try again.`,
  );
}

/**
 * Writes the whole file next to its destination under a temporary name, flushes it, then renames it into
 * place: the chosen path holds either the old file or the complete new one, never a partial export.
 */
export async function writeExportFile(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.part`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw exportWriteFailure(error, basename(path));
  }
}
