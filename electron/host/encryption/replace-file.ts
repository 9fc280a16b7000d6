import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

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
 * ones: write a temporary file beside it, flush it, rename it over. Synchronous on purpose: callers rely on no
 * other write landing in between. When the write or the rename fails the temporary file is removed at once; if
 * the process is killed first, start-up's clean-up finds it by `leftoverTempFile`.
 */
export function replaceFileSync(file: string, data: string | Uint8Array): void {
  const temp = tempNameFor(file);
  const handle = fs.openSync(temp, 'wx', 0o600);
  try {
    try {
      fs.writeFileSync(handle, data);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // The first failure is the one worth reporting; start-up's clean-up retries the removal.
    }
    throw error;
  }
}
