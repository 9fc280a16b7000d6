import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, contentTypeFor, resolveAppAssetPath } from './app-protocol';
import { contentSecurityPolicy } from './csp';

const root = '/opt/casework/resources/app.asar/out/renderer';

describe('resolveAppAssetPath (POSIX)', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppAssetPath('app://casework/index.html', root)).toBe(`${root}/index.html`);
    expect(resolveAppAssetPath('app://casework/assets/index-abc.js', root)).toBe(
      `${root}/assets/index-abc.js`,
    );
    expect(resolveAppAssetPath('app://casework/assets/index-abc.js?v=1#x', root)).toBe(
      `${root}/assets/index-abc.js`,
    );
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppAssetPath('app://casework', root)).toBe(`${root}/index.html`);
    expect(resolveAppAssetPath('app://casework/', root)).toBe(`${root}/index.html`);
  });

  it('decodes ordinary escapes such as spaces', () => {
    expect(resolveAppAssetPath('app://casework/assets/a%20b.css', root)).toBe(`${root}/assets/a b.css`);
  });

  it.each([
    ['dot-dot', 'app://casework/../../etc/passwd'],
    ['dot-dot in the middle', 'app://casework/assets/../../../etc/passwd'],
    ['encoded dot-dot', 'app://casework/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dot-dot', 'app://casework/%2E%2e/secret'],
    ['half-encoded dot-dot', 'app://casework/.%2e/secret'],
    ['double-encoded dot-dot', 'app://casework/%252e%252e/secret'],
    ['encoded slash', 'app://casework/assets%2f..%2f..%2fsecret'],
    ['backslash', 'app://casework/assets\\..\\..\\secret'],
    ['encoded backslash', 'app://casework/..%5c..%5csecret'],
    ['NUL byte', 'app://casework/index.html%00.png'],
    ['absolute path', 'app://casework//etc/passwd'],
    ['encoded absolute path', 'app://casework/%2fetc%2fpasswd'],
    ['drive letter', 'app://casework/C:/Windows/win.ini'],
    ['another host', 'app://other/index.html'],
    ['a port', 'app://casework:1234/index.html'],
    ['credentials', 'app://user@casework/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://casework/index.html'],
    ['malformed escape', 'app://casework/%E0%A4%A'],
    ['not a URL', 'casework/index.html'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppAssetPath(url, root)).toBeNull();
  });

  it('never returns a path outside the root, whatever the input', () => {
    const tricky = ['..', '%2e%2e', '.%2e', '%2e.', '\\', '%5c', '%2f', '/', '//', '%00', 'a', '.', '%2e'];
    for (const a of tricky) {
      for (const b of tricky) {
        for (const c of tricky) {
          const resolved = resolveAppAssetPath(`app://casework/${a}${b}${c}/x.js`, root);
          if (resolved !== null) expect(resolved.startsWith(`${root}/`)).toBe(true);
        }
      }
    }
  });
});

describe('resolveAppAssetPath (Windows rules)', () => {
  const winRoot = 'C:\\Program Files\\Casework Practice\\resources\\app.asar\\out\\renderer';

  it('serves files inside the folder', () => {
    expect(resolveAppAssetPath('app://casework/assets/a.js', winRoot, path.win32)).toBe(
      `${winRoot}\\assets\\a.js`,
    );
  });

  it.each([
    'app://casework/..\\..\\Windows\\win.ini',
    'app://casework/C:/Windows/win.ini',
    'app://casework/c:%5cWindows%5cwin.ini',
    'app://casework/%2e%2e/%2e%2e/secret',
    'app://casework//server/share/file',
  ])('refuses %s', (url) => {
    expect(resolveAppAssetPath(url, winRoot, path.win32)).toBeNull();
  });
});

describe('app protocol responses', () => {
  it('names content types so nosniff does not block the app’s own files', () => {
    expect(contentTypeFor('/x/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('/x/a.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });

  it('sends the CSP and nosniff with every file', () => {
    const headers = appResponseHeaders('/x/index.html');
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
