import { isTrustedOrigin } from './origin';
import type { TrustPolicy } from './origin';

/**
 * A top-level or frame navigation is allowed only within the app's own origin (a reload of index.html,
 * or the dev server's reload in `npm run dev`). Everything else, including `file:`, `javascript:`,
 * `data:` and every web address, is refused: the app never leaves its own pages and never goes online.
 */
export function isNavigationAllowed(url: string, policy: TrustPolicy): boolean {
  return isTrustedOrigin(url, policy);
}

/** Redirects only happen on the network, which the app never uses, so any redirect is refused. */
export function isRedirectAllowed(url: string, policy: TrustPolicy): boolean {
  return isTrustedOrigin(url, policy);
}

/** `window.open` and `target=_blank` never create a window, and never hand the URL to the OS browser. */
export function windowOpenDecision(_details: { url: string }): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Camera, microphone, notifications, geolocation, clipboard reading, HID/serial/USB, fullscreen requests
 * from the page: the app needs none of them, so every permission request and check answers no.
 */
export function isPermissionGranted(_permission: string): false {
  return false;
}

/**
 * Requests the page makes to the network are cancelled; the app is offline by design. Requests that do not
 * come from a page (Electron's own spellchecker dictionary download on Linux) are left alone, see
 * docs/security.md. In `npm run dev` the loopback dev server is allowed.
 */
export function shouldBlockRequest(
  request: { url: string; fromPage: boolean },
  policy: TrustPolicy,
): boolean {
  if (!request.fromPage) return false;
  return !isTrustedOrigin(request.url, policy);
}

/** The URL patterns the network blocker listens on (custom `app:` requests never reach webRequest). */
export const networkRequestFilter = {
  urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'],
};

/** The events `hardenWebContents` takes over; a test checks every one of them has a listener. */
export const guardedWebContentsEvents = [
  'will-navigate',
  'will-frame-navigate',
  'will-redirect',
  'will-attach-webview',
] as const;

interface PreventableEvent {
  preventDefault(): void;
  url?: string;
}

/**
 * The parts of Electron's WebContents hardening needs. Structural, so this module never imports
 * 'electron' and runs under vitest with a fake.
 */
export interface HardenableWebContents {
  on(event: 'will-navigate' | 'will-frame-navigate', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url?: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export type SecurityLog = (message: string) => void;

/**
 * Applied to every web contents the app creates (windows, devtools, anything), from
 * `app.on('web-contents-created')`, so no window can be made without it.
 */
export function hardenWebContents(
  contents: HardenableWebContents,
  policy: TrustPolicy,
  log: SecurityLog = () => {},
): void {
  const refuseUnlessAllowed =
    (kind: string, allowed: (url: string, policy: TrustPolicy) => boolean) =>
    (event: PreventableEvent, legacyUrl?: string): void => {
      const url = typeof event.url === 'string' ? event.url : (legacyUrl ?? '');
      if (!allowed(url, policy)) {
        event.preventDefault();
        log(`Blocked ${kind} to ${url.slice(0, 200)}`);
      }
    };
  contents.on('will-navigate', refuseUnlessAllowed('navigation', isNavigationAllowed));
  contents.on('will-frame-navigate', refuseUnlessAllowed('frame navigation', isNavigationAllowed));
  contents.on('will-redirect', refuseUnlessAllowed('redirect', isRedirectAllowed));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Blocked a <webview>');
  });
  contents.setWindowOpenHandler((details) => {
    log(`Blocked a new window for ${details.url.slice(0, 200)}`);
    return windowOpenDecision(details);
  });
}

/** The parts of Electron's Session that hardening needs (structural, as above). */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  webRequest: {
    onBeforeRequest(
      filter: { urls: string[] },
      listener: (
        details: { url: string; webContentsId?: number },
        callback: (response: { cancel: boolean }) => void,
      ) => void,
    ): void;
  };
}

export function hardenSession(
  session: HardenableSession,
  policy: TrustPolicy,
  log: SecurityLog = () => {},
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`Refused permission request: ${permission}`);
    callback(isPermissionGranted(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest(networkRequestFilter, (details, callback) => {
    const cancel = shouldBlockRequest(
      { url: details.url, fromPage: details.webContentsId !== undefined },
      policy,
    );
    if (cancel) log(`Blocked a network request to ${details.url.slice(0, 200)}`);
    callback({ cancel });
  });
}
