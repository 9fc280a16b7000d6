import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FileIo } from '../ports';
import { defaultFileIo, syncFolderSync } from '../storage/file-system';

/**
 * Temporary files a killed process may leave beside a data file: atomically's (which the JSON stores use) and
 * replaceFileSync's share one shape, `<name>.json.tmp-<10 digits><6 hex>` (`.bin` for the key file), so the one
 * start-up clean-up removes both. A leftover from switching encryption off holds plain text, so it must not stay.
 */
export const leftoverTempFile = /\.(?:json|bin)\.tmp-\d{10}[0-9a-f]{6}$/;

function tempNameFor(file: string): string {
  return `${file}.tmp-${Date.now().toString().slice(-10).padStart(10, '0')}${randomBytes(3).toString('hex')}`;
}

/**
 * Replaces a small private file (owner read/write only) so that it holds either its old bytes or all of the new
 * ones: write a temporary file beside it, flush it, rename it over, flush the folder. This is the one place a
 * data file is replaced; every step goes through `io.fs`, so the tests can fail or cut any of them.
 * Synchronous on purpose: callers rely on no other write landing in between. When a step before the rename
 * fails, the temporary file is removed at once and the old file is untouched; if the process is killed first,
 * start-up's clean-up finds it by `leftoverTempFile`. A failing folder flush after the rename throws too: the
 * file then holds all of the new bytes, but the write is not acknowledged.
 */
export function replaceFileSync(file: string, data: string | Uint8Array, io: FileIo = defaultFileIo): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = tempNameFor(file);
  const handle = io.fs.openSync(temp, 'wx', 0o600);
  try {
    try {
      let written = 0;
      while (written < bytes.length)
        written += io.fs.writeSync(handle, bytes, written, bytes.length - written);
      if (io.syncFiles) io.fs.fsyncSync(handle);
    } finally {
      io.fs.closeSync(handle);
    }
    renameWithRetry(io, temp, file);
  } catch (error) {
    try {
      io.fs.rmSync(temp, { force: true });
    } catch {
      // The first failure is the one worth reporting; start-up's clean-up retries the removal.
    }
    throw error;
  }
  if (io.syncFolders) syncFolderSync(io, path.dirname(file));
}

/**
 * Errors a rename can meet only for a moment: on Windows an antivirus scanner, the search indexer or a sync
 * client may hold the old file open, and the rename fails with EPERM, EACCES or EBUSY until it lets go. This
 * is what `atomically` retries, here behind the same port so the fault tests still reach it (decision 0019).
 */
const passingRenameErrors = new Set(['EPERM', 'EACCES', 'EBUSY', 'EMFILE', 'ENFILE', 'EAGAIN']);

/** How long a rename is retried in all, in milliseconds, and the pause between tries. */
export const RENAME_RETRY_MS = 1_000;
const RENAME_PAUSE_MS = 50;

const pause = new Int32Array(new SharedArrayBuffer(4));

function renameWithRetry(io: FileIo, from: string, to: string): void {
  const giveUpAt = Date.now() + RENAME_RETRY_MS;
  for (;;) {
    try {
      return io.fs.renameSync(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (!code || !passingRenameErrors.has(code) || Date.now() >= giveUpAt) throw error;
      // Synchronous like the rest of the replacement: callers rely on no other write landing in between.
      Atomics.wait(pause, 0, 0, RENAME_PAUSE_MS);
    }
  }
}
