import { HostError } from '../../../shared/contract';

function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Turns a failed write into an error the trainee can act on. The renderer keeps the edit in memory and
 * retries, so the messages say what to fix, not that anything was lost (nothing on disk was touched:
 * every write goes to a temporary file first).
 */
export function writeFailure(error: unknown, what: string): HostError {
  if (error instanceof HostError) return error;
  const code = errnoCode(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new HostError(
        'disk-full',
        `Could not save ${what}: the disk is full. Free up some space and the app will try again.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new HostError(
        'read-only',
        `Could not save ${what}: the folder where Casework Practice keeps your work cannot be written to (it may be read-only or protected).`,
      );
    case 'EBUSY':
    case 'ETXTBSY':
      return new HostError(
        'file-in-use',
        `Could not save ${what}: another program is using the file. Close it and the app will try again.`,
      );
    default:
      return new HostError(
        'storage-failed',
        `Could not save ${what}${code ? ` (${code})` : ''}. Your last saved version is safe; the app will try again.`,
      );
  }
}

/** A read that failed for a reason other than damage (permissions, a locked file): not grounds for quarantine. */
export function readFailure(error: unknown, what: string): HostError {
  if (error instanceof HostError) return error;
  const code = errnoCode(error);
  if (code === 'EBUSY')
    return new HostError('file-in-use', `Could not open ${what}: another program is using the file.`);
  return new HostError(
    'storage-failed',
    `Could not open ${what}${code ? ` (${code})` : ''}. Nothing has been changed; please try again.`,
  );
}

/** True for errors that come from the file system rather than from the file's contents. */
export function isSystemError(error: unknown): boolean {
  const code = errnoCode(error);
  return code !== undefined && /^E[A-Z]+$/.test(code);
}
