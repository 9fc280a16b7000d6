// A guard on the shell's security settings, read from the code that applies them, so loosening any
// of them fails here first. Run-time wiring is checked in electron/main.test.ts; this pins the values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, metaContentSecurityPolicy, parseContentSecurityPolicy } from './csp';
import { secureWebPreferences } from './web-preferences';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('webPreferences', () => {
  const prefs = secureWebPreferences({ preloadPath: '/x/preload/index.cjs', devTools: false });

  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and the risky features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.enableWebSQL).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('spellchecks, and has developer tools only when asked', () => {
    expect(prefs.spellcheck).toBe(true);
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences({ preloadPath: '/x', devTools: true }).devTools).toBe(true);
  });

  it('is frozen, and sets nothing beyond the reviewed list', () => {
    expect(Object.isFrozen(prefs)).toBe(true);
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'preload',
        'contextIsolation',
        'sandbox',
        'nodeIntegration',
        'nodeIntegrationInWorker',
        'nodeIntegrationInSubFrames',
        'webSecurity',
        'allowRunningInsecureContent',
        'experimentalFeatures',
        'webviewTag',
        'navigateOnDragDrop',
        'safeDialogs',
        'enableWebSQL',
        'spellcheck',
        'disableBlinkFeatures',
        'devTools',
        'backgroundThrottling',
      ].sort(),
    );
  });
});

describe('Content Security Policy', () => {
  const csp = parseContentSecurityPolicy(contentSecurityPolicy);

  it('allows nothing remote', () => {
    for (const [directive, sources] of csp) {
      for (const source of sources) {
        expect(["'self'", "'none'", 'data:'].includes(source), `${directive} allows ${source}`).toBe(true);
      }
    }
  });

  it('has no unsafe-eval or unsafe-inline, and data: only for images', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-/);
    for (const [directive, sources] of csp)
      if (directive !== 'img-src') expect(sources).not.toContain('data:');
  });

  it('names the directives that do not fall back to default-src', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is the same policy as the meta tag in renderer/index.html', () => {
    expect(metaContentSecurityPolicy(read('../../renderer/index.html'))).toBe(contentSecurityPolicy);
  });

  it('has no inline script in renderer/index.html', () => {
    const html = read('../../renderer/index.html');
    for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
      expect(tag).toMatch(/\ssrc=/);
      expect(
        tag
          .replace(/<script\b[^>]*>/i, '')
          .replace(/<\/script>/i, '')
          .trim(),
      ).toBe('');
    }
  });
});

describe('main.ts and preload.ts source', () => {
  const main = read('../main.ts');
  const preload = read('../preload.ts');
  const ipc = read('../ipc.ts');

  it('hardens every web contents and the session', () => {
    expect(main).toMatch(/app\.on\(\s*'web-contents-created'[\s\S]{0,120}hardenWebContents\(/);
    expect(main).toMatch(/hardenSession\(session\.defaultSession/);
    expect(main).toMatch(/app\.enableSandbox\(\)/);
    expect(main).toMatch(/requestSingleInstanceLock\(\)/);
  });

  it('builds windows only through createMainWindow (which uses secureWebPreferences)', () => {
    expect(main).not.toMatch(/new BrowserWindow\(/);
    expect(main).not.toMatch(/webPreferences/);
    expect(read('../shell/window.ts')).toMatch(/webPreferences: secureWebPreferences\(/);
  });

  it('never loads file: URLs, never opens external links, never uses remote', () => {
    for (const source of [main, preload, ipc]) {
      expect(source).not.toMatch(/loadFile\(|file:\/\//);
      expect(source).not.toMatch(/shell\.openExternal|@electron\/remote|enableRemoteModule/);
    }
  });

  it('exposes only the generated bridge and the events object from the preload', () => {
    const exposed = [...preload.matchAll(/exposeInMainWorld\(\s*'([^']+)'/g)].map((m) => m[1]);
    expect(exposed).toEqual(['casework', 'caseworkEvents']);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
    expect(preload).toMatch(/createCaseworkBridge\(/);
  });

  it('checks the sender before dispatching in ipc.ts', () => {
    const check = ipc.indexOf('isTrustedSender(');
    const dispatchCall = ipc.indexOf('dispatch(handlers');
    expect(check).toBeGreaterThan(0);
    expect(dispatchCall).toBeGreaterThan(check);
  });
});
