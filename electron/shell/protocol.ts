import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appResponseHeaders, appSchemePrivileges, resolveAppAssetPath } from '../security/app-protocol';
import { APP_SCHEME } from '../security/origin';

/** Must run before `app.ready`: a standard, secure scheme gets an origin, so CSP 'self' and the sender check work. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
}

/**
 * Serves the built renderer from `app://casework/`. Only files inside `rendererDir` are served; every
 * refused or missing file is a plain 404 that names nothing on disk.
 */
export function serveRenderer(rendererDir: string, log: (message: string) => void): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const filePath = resolveAppAssetPath(request.url, rendererDir);
    if (filePath === null) {
      log(`Refused app request ${request.url.slice(0, 200)}`);
      return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    }
    try {
      const body = await readFile(filePath);
      return new Response(body, { status: 200, headers: appResponseHeaders(filePath) });
    } catch {
      return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    }
  });
}
