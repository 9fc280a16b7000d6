import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from './origin';
import { contentSecurityPolicy } from './csp';
import { contentTypeFor } from '@host/static-types';

/** The part of node:path the containment check uses; tests pass `path.win32` to check Windows rules too. */
export type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'join' | 'sep'>;

/**
 * Maps an `app://casework/...` request to a file inside the built renderer folder, or null when the
 * request must be refused. Refused: other schemes or hosts, encoded or literal `..`, backslashes,
 * NUL bytes, absolute paths, drive letters, and anything that resolves outside `rootDir`.
 * The checks are layered on purpose: a decoding quirk in one still meets the final containment test.
 */
export function resolveAppAssetPath(
  requestUrl: string,
  rootDir: string,
  path: PathApi = nodePath,
): string | null {
  // The raw path is checked before parsing: URL parsing silently resolves `..` and `%2e%2e` segments,
  // and a request that tries them is refused rather than quietly redirected to another file.
  const rawPath = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\\]*([^?#]*)/i.exec(requestUrl)?.[1];
  if (rawPath === undefined || hasSuspiciousPath(rawPath)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;

  if (hasSuspiciousPath(url.pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // A '%' left after decoding means double encoding, which no file of the build needs.
  if (decoded.includes('%') || hasSuspiciousPath(decoded)) return null;
  let relativePath = decoded.replace(/^\/+/, '');
  if (relativePath === '') relativePath = 'index.html';
  if (/^[a-zA-Z]:/.test(relativePath) || path.isAbsolute(relativePath)) return null;

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relativePath);
  const fromRoot = path.relative(root, resolved);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  if (resolved !== path.join(root, fromRoot)) return null;
  return resolved;
}

/**
 * Encoded separators, NULs and dots, backslashes, dot segments and empty segments (`//`) are never
 * needed by the Vite build's file names, so any of them marks the request as hostile.
 */
function hasSuspiciousPath(path: string): boolean {
  if (/%(00|2f|5c|2e)/i.test(path)) return true;
  if (path.includes('\\') || path.includes('\0')) return true;
  const segments = path.split('/').slice(1);
  return segments.some((segment, index) => {
    if (segment === '.' || segment === '..') return true;
    // An empty segment is only allowed as the trailing one (`app://casework/`).
    return segment === '' && index !== segments.length - 1;
  });
}

export { contentTypeFor };

/**
 * Headers for every file the app protocol serves. `nosniff` stops a file being run as a script
 * because it looks like one; the CSP is sent here because a header also covers `frame-ancestors`.
 */
export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(filePath),
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

/** How the scheme is registered before `app.ready`: standard and secure so it behaves like https for the web platform. */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: false,
    allowServiceWorkers: false,
    bypassCSP: false,
    stream: false,
    codeCache: true,
  },
} as const;
