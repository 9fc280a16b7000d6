import nodePath from 'node:path';

/**
 * The content types of the built renderer's files, for both places that serve them: the app protocol in
 * the shell and the test harness's loopback server. One table, so a file type the build starts emitting
 * is served the same way under test as in the app (the two copies had drifted apart).
 */
export const staticContentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Anything unknown is served as bytes, which with `nosniff` the browser will neither render nor run. */
export function contentTypeFor(filePath: string): string {
  const extension = nodePath.extname(filePath).toLowerCase();
  return staticContentTypes[extension] ?? 'application/octet-stream';
}
