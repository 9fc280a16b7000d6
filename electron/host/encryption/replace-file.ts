import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

/**
 * Replaces a small private file (owner read/write only) so that it holds either its old bytes or all of the new
 * ones: write a temporary file beside it, flush it, rename it over. Synchronous on purpose: callers rely on no
 * other write landing in between. The temporary name ends `.tmp-<hex>`, which storage's start-up clears if a
 * crash leaves one behind.
 */
export function replaceFileSync(file: string, data: string | Uint8Array): void {
  const temp = `${file}.tmp-${randomBytes(6).toString('hex')}`;
  const handle = fs.openSync(temp, 'wx', 0o600);
  try {
    fs.writeFileSync(handle, data);
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  fs.renameSync(temp, file);
}
