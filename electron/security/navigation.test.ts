import { describe, expect, it } from 'vitest';
import {
  guardedWebContentsEvents,
  hardenSession,
  hardenWebContents,
  isNavigationAllowed,
  isPermissionGranted,
  shouldBlockRequest,
  windowOpenDecision,
} from './navigation';
import type { HardenableSession, HardenableWebContents } from './navigation';
import { chooseRendererSource, releaseTrustPolicy } from './origin';

const policy = releaseTrustPolicy;

type Listener = (event: { preventDefault(): void; url?: string }, legacyUrl?: string) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      windowOpenHandler = handler;
    },
  };
  /** Fires an event the way Electron does and reports whether a listener prevented it. */
  const fire = (event: string, url: string, legacy = false): boolean => {
    let prevented = false;
    const e = { preventDefault: () => (prevented = true), ...(legacy ? {} : { url }) };
    for (const listener of listeners.get(event) ?? []) listener(e, url);
    return prevented;
  };
  return {
    contents: contents as unknown as HardenableWebContents,
    listeners,
    fire,
    openWindow: (url: string) => windowOpenHandler?.({ url }),
  };
}

describe('navigation policy', () => {
  it.each([
    'https://example.org/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'app://other/index.html',
    'about:blank',
  ])('refuses %s', (url) => {
    expect(isNavigationAllowed(url, policy)).toBe(false);
  });

  it('allows the app’s own pages', () => {
    expect(isNavigationAllowed('app://casework/index.html', policy)).toBe(true);
  });

  it('always denies new windows', () => {
    expect(windowOpenDecision({ url: 'app://casework/index.html' })).toEqual({ action: 'deny' });
    expect(windowOpenDecision({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen', 'hid'])(
    'denies the %s permission',
    (permission) => {
      expect(isPermissionGranted(permission)).toBe(false);
    },
  );

  it('blocks page requests to the network but not the app’s own origin in dev', () => {
    expect(shouldBlockRequest({ url: 'https://example.org/x.js', fromPage: true }, policy)).toBe(true);
    expect(shouldBlockRequest({ url: 'ws://127.0.0.1:9/', fromPage: true }, policy)).toBe(true);
    const dev = chooseRendererSource({ isPackaged: false, devServerUrl: 'http://localhost:5173/' }).policy;
    expect(shouldBlockRequest({ url: 'http://localhost:5173/@vite/client', fromPage: true }, dev)).toBe(
      false,
    );
    expect(shouldBlockRequest({ url: 'http://localhost:9999/', fromPage: true }, dev)).toBe(true);
  });
});

describe('hardenWebContents', () => {
  it('listens on every guarded event', () => {
    const fake = fakeWebContents();
    hardenWebContents(fake.contents, policy);
    for (const event of guardedWebContentsEvents) expect(fake.listeners.get(event)?.length).toBe(1);
  });

  it('prevents navigation and redirects away from the app', () => {
    const fake = fakeWebContents();
    const log: string[] = [];
    hardenWebContents(fake.contents, policy, (m) => log.push(m));
    expect(fake.fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(fake.fire('will-frame-navigate', 'https://example.org/')).toBe(true);
    expect(fake.fire('will-redirect', 'https://example.org/')).toBe(true);
    // Older Electron passed the URL as a second argument only.
    expect(fake.fire('will-navigate', 'https://example.org/', true)).toBe(true);
    expect(log.some((line) => line.includes('example.org'))).toBe(true);
  });

  it('lets the app reload its own page', () => {
    const fake = fakeWebContents();
    hardenWebContents(fake.contents, policy);
    expect(fake.fire('will-navigate', 'app://casework/index.html')).toBe(false);
  });

  it('always refuses <webview> and new windows', () => {
    const fake = fakeWebContents();
    hardenWebContents(fake.contents, policy);
    expect(fake.fire('will-attach-webview', 'app://casework/index.html')).toBe(true);
    expect(fake.openWindow('app://casework/index.html')).toEqual({ action: 'deny' });
    expect(fake.openWindow('https://example.org')).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('denies permission requests and checks, and cancels page requests to the network', () => {
    let requestHandler: Parameters<HardenableSession['setPermissionRequestHandler']>[0] | undefined;
    let checkHandler: Parameters<HardenableSession['setPermissionCheckHandler']>[0] | undefined;
    let deviceHandler: Parameters<HardenableSession['setDevicePermissionHandler']>[0] | undefined;
    let beforeRequest: Parameters<HardenableSession['webRequest']['onBeforeRequest']>[1] | undefined;
    let filterUrls: string[] = [];
    const session: HardenableSession = {
      setPermissionRequestHandler: (h) => (requestHandler = h),
      setPermissionCheckHandler: (h) => (checkHandler = h),
      setDevicePermissionHandler: (h) => (deviceHandler = h),
      webRequest: {
        onBeforeRequest: (filter, listener) => {
          filterUrls = filter.urls;
          beforeRequest = listener;
        },
      },
    };
    hardenSession(session, policy);

    const answers: boolean[] = [];
    requestHandler?.(null, 'media', (granted) => answers.push(granted));
    requestHandler?.(null, 'notifications', (granted) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(checkHandler?.(null, 'clipboard-read')).toBe(false);
    expect(deviceHandler?.({})).toBe(false);

    expect(filterUrls).toContain('https://*/*');
    const responses: Array<{ cancel: boolean }> = [];
    beforeRequest?.({ url: 'https://example.org/', webContentsId: 1 }, (r) => responses.push(r));
    beforeRequest?.({ url: 'https://dictionaries.example/en-GB.bdic' }, (r) => responses.push(r));
    expect(responses).toEqual([{ cancel: true }, { cancel: false }]);
  });
});
