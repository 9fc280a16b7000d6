/**
 * Where the renderer comes from and which origins the shell trusts. Every security decision (IPC sender,
 * navigation, network requests) takes one `TrustPolicy`, so they cannot disagree about what "our app" is.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'casework';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export interface TrustPolicy {
  /** The origin the packaged renderer is served from: `app://casework`. */
  appOrigin: string;
  /** A loopback Vite dev server, only ever set for an unpackaged build run with `npm run dev`. */
  devServerOrigin: string | null;
}

export const releaseTrustPolicy: TrustPolicy = Object.freeze({
  appOrigin: APP_ORIGIN,
  devServerOrigin: null,
});

/**
 * The origin of a URL as the shell compares it. Node's URL reports "null" as the origin of any scheme it
 * does not know (our `app:`), so the origin is rebuilt from scheme and host. URLs carrying credentials are
 * refused outright: `app://casework@evil/` must never be mistaken for ours.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

export function isTrustedOrigin(url: string, policy: TrustPolicy): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  if (origin === policy.appOrigin.toLowerCase()) return true;
  return policy.devServerOrigin !== null && origin === policy.devServerOrigin.toLowerCase();
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface RendererSource {
  /** What the window loads first. */
  entryUrl: string;
  policy: TrustPolicy;
}

/**
 * Decides what the window loads. A packaged app always loads `app://casework/index.html`, whatever the
 * environment says: an attacker who can set ELECTRON_RENDERER_URL must not be able to point the trusted
 * window (and its IPC) at their own page. An unpackaged build may use a loopback dev server for `npm run dev`.
 */
export function chooseRendererSource(options: {
  isPackaged: boolean;
  devServerUrl: string | undefined;
}): RendererSource {
  const release: RendererSource = { entryUrl: APP_ENTRY_URL, policy: releaseTrustPolicy };
  if (options.isPackaged || options.devServerUrl === undefined || options.devServerUrl === '') return release;
  let parsed: URL;
  try {
    parsed = new URL(options.devServerUrl);
  } catch {
    return release;
  }
  if (parsed.protocol !== 'http:' || !loopbackHosts.has(parsed.hostname)) return release;
  if (parsed.username !== '' || parsed.password !== '') return release;
  return {
    entryUrl: parsed.href,
    policy: { appOrigin: APP_ORIGIN, devServerOrigin: parsed.origin },
  };
}

/**
 * The userData folder a test run asks for (`CASEWORK_TEST_USER_DATA`), honoured only in an unpackaged
 * build and only as an absolute path, so launch tests never touch a real trainee's work and a packaged
 * app cannot be pointed at another folder by its environment.
 */
export function testUserDataDir(options: { isPackaged: boolean; value: string | undefined }): string | null {
  if (options.isPackaged || options.value === undefined) return null;
  const value = options.value;
  const absolute = value.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(value);
  return absolute && !value.includes('\0') ? value : null;
}
