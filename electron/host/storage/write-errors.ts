import type { HostError } from '@shared/contract';
import { errnoCode, fsFailure } from '../fs-errors';

export { isSystemError } from '../fs-errors';

/**
 * Turns a failed write into an error the trainee can act on. The renderer keeps the edit in memory and
 * retries, so the messages say what to fix, not that anything was lost (nothing on disk was touched:
 * every write goes to a temporary file first).
 */
export function writeFailure(error: unknown, what: string): HostError {
  const readOnly = `Could not save ${what}: the folder where Casework Practice keeps your work cannot be written to (it may be read-only or protected).`;
  return fsFailure(
    error,
    {
      'no-space': `Could not save ${what}: the disk is full. Free up some space and the app will try again.`,
      'no-permission': readOnly,
      'read-only-drive': readOnly,
      'in-use': `Could not save ${what}: another program is using the file. Close it and the app will try again.`,
    },
    (code) =>
      `Could not save ${what}${code ? ` (${code})` : ''}. Your last saved version is safe; the app will try again.`,
  );
}

/** A read that failed for a reason other than damage (permissions, a locked file): not grounds for quarantine. */
export function readFailure(error: unknown, what: string): HostError {
  // A read names only EBUSY as "in use"; ETXTBSY (a running program's file) keeps the general message with its code.
  if (errnoCode(error) === 'ETXTBSY')
    return fsFailure(
      error,
      {},
      (code) => `Could not open ${what} (${code}). Nothing has been changed; please try again.`,
    );
  return fsFailure(
    error,
    { 'in-use': `Could not open ${what}: another program is using the file.` },
    (code) =>
      `Could not open ${what}${code ? ` (${code})` : ''}. Nothing has been changed; please try again.`,
  );
}
