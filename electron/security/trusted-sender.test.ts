import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './trusted-sender';
import { APP_ORIGIN, chooseRendererSource, originOf, releaseTrustPolicy, testUserDataDir } from './origin';

const policy = releaseTrustPolicy;

describe('isTrustedSender', () => {
  it('trusts the app’s own top-level document', () => {
    expect(isTrustedSender({ url: 'app://casework/index.html', isMainFrame: true }, policy)).toBe(true);
    expect(isTrustedSender({ url: 'app://casework/', isMainFrame: true }, policy)).toBe(true);
    expect(isTrustedSender({ url: 'app://casework/index.html#/settings', isMainFrame: true }, policy)).toBe(
      true,
    );
  });

  it('refuses a same-origin iframe: only the main frame may call the host', () => {
    expect(isTrustedSender({ url: 'app://casework/index.html', isMainFrame: false }, policy)).toBe(false);
  });

  it('refuses a missing frame (navigated away or destroyed mid-call)', () => {
    expect(isTrustedSender(null, policy)).toBe(false);
    expect(isTrustedSender(undefined, policy)).toBe(false);
  });

  it.each([
    'https://casework/index.html',
    'http://localhost:5173/',
    'file:///C:/app/index.html',
    'file:///opt/casework/resources/app.asar/out/renderer/index.html',
    'app://casework.evil.example/index.html',
    'app://evil/index.html',
    'app://casework:8080/index.html',
    'app://casework@evil/index.html',
    'app://user:pass@casework/index.html',
    'appx://casework/index.html',
    'data:text/html,<script>1</script>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'javascript:alert(1)',
    '',
    'not a url',
  ])('refuses a main frame at %s', (url) => {
    expect(isTrustedSender({ url, isMainFrame: true }, policy)).toBe(false);
  });

  it('trusts the loopback dev server only when the policy names it', () => {
    const dev = chooseRendererSource({ isPackaged: false, devServerUrl: 'http://localhost:5173/' }).policy;
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, dev)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5174/', isMainFrame: true }, dev)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, policy)).toBe(false);
  });
});

describe('originOf', () => {
  it('rebuilds the origin of the custom scheme, which Node reports as "null"', () => {
    expect(new URL('app://casework/x').origin).toBe('null');
    expect(originOf('app://casework/x')).toBe(APP_ORIGIN);
    expect(originOf('APP://CaseWork/x')).toBe(APP_ORIGIN);
  });
});

describe('chooseRendererSource', () => {
  it('always loads the app protocol when packaged, whatever the environment says', () => {
    const source = chooseRendererSource({ isPackaged: true, devServerUrl: 'http://localhost:5173/' });
    expect(source.entryUrl).toBe('app://casework/index.html');
    expect(source.policy.devServerOrigin).toBeNull();
  });

  it('accepts only a loopback http dev server in an unpackaged build', () => {
    expect(
      chooseRendererSource({ isPackaged: false, devServerUrl: undefined }).policy.devServerOrigin,
    ).toBeNull();
    expect(
      chooseRendererSource({ isPackaged: false, devServerUrl: 'https://evil.example/' }).policy
        .devServerOrigin,
    ).toBeNull();
    expect(
      chooseRendererSource({ isPackaged: false, devServerUrl: 'http://192.168.1.4:5173/' }).policy
        .devServerOrigin,
    ).toBeNull();
    expect(
      chooseRendererSource({ isPackaged: false, devServerUrl: 'http://127.0.0.1:5173/' }).policy
        .devServerOrigin,
    ).toBe('http://127.0.0.1:5173');
  });
});

describe('testUserDataDir', () => {
  it('is honoured only in an unpackaged build, and only as an absolute path', () => {
    expect(testUserDataDir({ isPackaged: false, value: '/tmp/casework-e2e-1' })).toBe('/tmp/casework-e2e-1');
    expect(testUserDataDir({ isPackaged: false, value: 'C:\\Temp\\e2e' })).toBe('C:\\Temp\\e2e');
    expect(testUserDataDir({ isPackaged: true, value: '/tmp/casework-e2e-1' })).toBeNull();
    expect(testUserDataDir({ isPackaged: false, value: 'relative/dir' })).toBeNull();
    expect(testUserDataDir({ isPackaged: false, value: undefined })).toBeNull();
  });
});
