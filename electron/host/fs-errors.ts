import { HostError, type ErrorCode } from '@shared/contract';

/** The `code` of a Node system error (`ENOSPC`, `EACCES`, ...), or undefined for anything else. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** True for errors that come from the file system rather than from the file's contents. */
export function isSystemError(error: unknown): boolean {
  const code = errnoCode(error);
  return code !== undefined && /^E[A-Z]+$/.test(code);
}

/**
 * What went wrong, in the terms a message needs: several errnos mean the same thing to the person
 * (a full disk and an exceeded quota both mean "free up some space").
 */
export type FsProblem = 'no-space' | 'no-permission' | 'read-only-drive' | 'in-use' | 'no-folder';

const problemOfErrno: Readonly<Record<string, FsProblem>> = {
  ENOSPC: 'no-space',
  EDQUOT: 'no-space',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EROFS: 'read-only-drive',
  EBUSY: 'in-use',
  ETXTBSY: 'in-use',
  ENOENT: 'no-folder',
  ENOTDIR: 'no-folder',
};

const hostCodeOfProblem: Readonly<Record<FsProblem, ErrorCode>> = {
  'no-space': 'disk-full',
  'no-permission': 'read-only',
  'read-only-drive': 'read-only',
  'in-use': 'file-in-use',
  'no-folder': 'storage-failed',
};

export function fsProblem(error: unknown): FsProblem | undefined {
  const code = errnoCode(error);
  return code === undefined ? undefined : problemOfErrno[code];
}

/**
 * The one errno-to-error mapping. Each caller brings its own words, because the same full disk means
 * "the app will try again" for an autosave and "choose another place" for an export; a problem the
 * caller has no words for gets its fallback (which is told the errno, so it can be quoted for support).
 */
export function fsFailure(
  error: unknown,
  words: Partial<Record<FsProblem, string>>,
  fallback: (code: string | undefined) => string,
): HostError {
  if (error instanceof HostError) return error;
  const problem = fsProblem(error);
  const message = problem === undefined ? undefined : words[problem];
  if (problem !== undefined && message !== undefined)
    return new HostError(hostCodeOfProblem[problem], message);
  return new HostError('storage-failed', fallback(errnoCode(error)));
}
