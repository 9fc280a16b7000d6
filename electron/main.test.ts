// Runs the real main.ts against a recording stand-in for Electron (no Electron binary here), with the real
// host on `conf` in a temp folder, and checks the security wiring actually happens at run time.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contract, methodNames } from '@shared/contract';
import { shellEventChannels } from '@shared/contract/shell-events';
import { contentSecurityPolicy } from './security/csp';
import { guardedWebContentsEvents } from './security/navigation';
import { rolesIn } from '@host/shell/menu';
import type { MenuItemTemplate } from '@host/shell/menu';
import { secureWebPreferences } from './security/web-preferences';

type AnyListener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, AnyListener[]>();
  const ipcHandlers = new Map<string, AnyListener>();
  const ipcListeners = new Map<string, Set<AnyListener>>();
  const protocolHandlers = new Map<string, (request: { url: string }) => Promise<Response>>();
  const windows: Array<{
    options: { webPreferences: Record<string, unknown> };
    listeners: Map<string, AnyListener[]>;
    loaded: string[];
    closeCalls: number;
    webContents: {
      sent: unknown[][];
      listeners: Map<string, AnyListener[]>;
      send(...args: unknown[]): void;
      isDestroyed(): boolean;
    };
  }> = [];
  const sessionState: {
    permissionRequest?: AnyListener;
    permissionCheck?: AnyListener;
    devicePermission?: AnyListener;
    beforeRequest?: AnyListener;
    spellCheckerLanguages?: string[];
    dictionaryUrl?: string;
    events: string[];
  } = { events: [] };
  const state = {
    calls,
    appListeners,
    ipcHandlers,
    ipcListeners,
    protocolHandlers,
    windows,
    sessionState,
    privileged: [] as unknown[],
    menuTemplate: null as unknown,
    userData: '',
    themeSource: 'unset',
    opened: [] as string[],
    quits: 0,
    exits: [] as number[],
  };
  return state;
});

vi.mock('electron', () => {
  const on = (map: Map<string, AnyListener[]>) => (event: string, listener: AnyListener) => {
    map.set(event, [...(map.get(event) ?? []), listener]);
  };
  class FakeBrowserWindow {
    static getAllWindows = () => fake.windows;
    options: { webPreferences: Record<string, unknown> };
    listeners = new Map<string, AnyListener[]>();
    loaded: string[] = [];
    closeCalls = 0;
    webContents = {
      sent: [] as unknown[][],
      listeners: new Map<string, AnyListener[]>(),
      send(...args: unknown[]) {
        this.sent.push(args);
      },
      on(event: string, listener: AnyListener) {
        this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      },
      isDestroyed: () => false,
    };
    constructor(options: { webPreferences: Record<string, unknown> }) {
      this.options = options;
      fake.calls.push('new BrowserWindow');
      fake.windows.push(this);
    }
    on = on(this.listeners);
    once = on(this.listeners);
    loadURL = async (url: string) => {
      this.loaded.push(url);
    };
    close = () => {
      this.closeCalls += 1;
    };
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    maximize = () => {};
    getNormalBounds = () => ({ x: 10, y: 20, width: 1000, height: 700 });
    restore = () => {};
    focus = () => {};
    show = () => {};
  }
  const electron = {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      enableSandbox: () => fake.calls.push('enableSandbox'),
      whenReady: async () => {
        fake.calls.push('whenReady');
      },
      on: on(fake.appListeners),
      getPath: (name: string) => {
        if (name !== 'userData') throw new Error(`unexpected path ${name}`);
        return fake.userData;
      },
      getName: () => 'Casework Practice',
      getVersion: () => '0.1.0',
      getAppPath: () => process.cwd(),
      quit: () => {
        fake.quits += 1;
      },
      exit: (code: number) => fake.exits.push(code),
    },
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, listener: AnyListener) => fake.ipcHandlers.set(channel, listener),
      removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
      on: (channel: string, listener: AnyListener) =>
        fake.ipcListeners.set(channel, new Set([...(fake.ipcListeners.get(channel) ?? []), listener])),
      removeListener: (channel: string, listener: AnyListener) =>
        fake.ipcListeners.get(channel)?.delete(listener),
      removeAllListeners: () => {},
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) =>
        Object.assign([...template], { popup: () => fake.calls.push('popup') }),
      setApplicationMenu: (menu: unknown) => {
        fake.menuTemplate = menu;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        fake.calls.push('registerSchemesAsPrivileged');
        fake.privileged.push(...schemes);
      },
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        fake.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: AnyListener) => (fake.sessionState.permissionRequest = h),
        setPermissionCheckHandler: (h: AnyListener) => (fake.sessionState.permissionCheck = h),
        setDevicePermissionHandler: (h: AnyListener) => (fake.sessionState.devicePermission = h),
        setSpellCheckerLanguages: (languages: string[]) => {
          fake.sessionState.events.push('languages');
          fake.sessionState.spellCheckerLanguages = languages;
        },
        setSpellCheckerDictionaryDownloadURL: (url: string) => {
          fake.sessionState.events.push('dictionary-url');
          fake.sessionState.dictionaryUrl = url;
        },
        on: () => {},
        webRequest: {
          onBeforeRequest: (_filter: unknown, h: AnyListener) => (fake.sessionState.beforeRequest = h),
        },
      },
    },
    dialog: {
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true }),
      showMessageBox: async () => {
        fake.calls.push('showMessageBox');
        return { response: 0 };
      },
    },
    nativeTheme: {
      shouldUseDarkColors: false,
      get themeSource() {
        return fake.themeSource;
      },
      set themeSource(value: string) {
        fake.themeSource = value;
      },
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    shell: {
      openPath: async (path: string) => {
        fake.opened.push(path);
        return '';
      },
    },
  };
  return { ...electron, default: electron };
});

// electron-log needs a real Electron; the log goes to the console here.
vi.mock('./shell/log', () => ({
  startLogging: () => (message: string, detail?: unknown) => console.warn(message, detail ?? ''),
}));

const appUrl = 'app://casework/index.html';

function appListener(event: string): AnyListener {
  const listener = fake.appListeners.get(event)?.[0];
  if (!listener) throw new Error(`main.ts registered no ${event} listener`);
  return listener;
}

beforeAll(async () => {
  // main.ts reports every refusal with console.warn; the assertions below check the refusals themselves.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  fake.userData = mkdtempSync(join(tmpdir(), 'casework-main-'));
  // Electron sets this to the installed app's resources; the packaged-app code path reads shipped files there.
  const resources = mkdtempSync(join(tmpdir(), 'casework-resources-'));
  cpSync(join(process.cwd(), 'assets', 'dictionaries'), join(resources, 'dictionaries'), { recursive: true });
  Object.assign(process, { resourcesPath: resources });
  process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173/';
  await import('./main');
  for (let i = 0; i < 2000 && fake.windows.length === 0; i += 1) await new Promise((r) => setTimeout(r, 10));
  if (fake.windows.length === 0) throw new Error(`main.ts opened no window; exits: ${fake.exits.join(',')}`);
}, 30_000);

afterAll(() => {
  delete process.env['ELECTRON_RENDERER_URL'];
  rmSync(fake.userData, { recursive: true, force: true });
});

describe('main.ts at run time', () => {
  it('sandboxes every renderer and registers app:// as privileged before the app is ready', () => {
    expect(fake.calls.indexOf('enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(fake.calls.indexOf('enableSandbox')).toBeLessThan(fake.calls.indexOf('whenReady'));
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.calls.indexOf('whenReady'));
    expect(fake.privileged).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('creates the window with the secure webPreferences, unchanged', () => {
    const window = fake.windows[0]!;
    const preload = window.options.webPreferences['preload'] as string;
    expect(preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.options.webPreferences).toEqual(
      secureWebPreferences({ preloadPath: preload, devTools: false }),
    );
  });

  it('loads the app protocol, ignoring a dev server URL in a packaged app', () => {
    expect(fake.windows[0]!.loaded).toEqual([appUrl]);
  });

  it('hardens every web contents created', () => {
    const listeners = new Map<string, AnyListener>();
    let openHandler: AnyListener | undefined;
    const contents = {
      on: (event: string, listener: AnyListener) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: AnyListener) => (openHandler = handler),
    };
    appListener('web-contents-created')({}, contents);
    for (const event of guardedWebContentsEvents) expect(listeners.has(event)).toBe(true);
    let prevented = false;
    listeners.get('will-navigate')?.({
      url: 'https://example.org/',
      preventDefault: () => (prevented = true),
    });
    expect(prevented).toBe(true);
    expect(openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('denies permissions, blocks page network requests and sets en-GB spellchecking', () => {
    const granted: boolean[] = [];
    fake.sessionState.permissionRequest?.(null, 'media', (g: boolean) => granted.push(g));
    expect(granted).toEqual([false]);
    expect(fake.sessionState.permissionCheck?.(null, 'notifications')).toBe(false);
    expect(fake.sessionState.devicePermission?.({})).toBe(false);
    const answers: unknown[] = [];
    fake.sessionState.beforeRequest?.({ url: 'https://example.org/', webContentsId: 1 }, (a: unknown) =>
      answers.push(a),
    );
    expect(answers).toEqual([{ cancel: true }]);
    expect(fake.sessionState.spellCheckerLanguages).toEqual(['en-GB']);
  });

  it('serves app:// with the CSP header and refuses paths outside the renderer', async () => {
    const handler = fake.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const ok = await handler!({ url: appUrl });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect((await handler!({ url: 'app://casework/%2e%2e/package.json' })).status).toBe(404);
    expect((await handler!({ url: 'app://casework/../package.json' })).status).toBe(404);
  });

  it('answers every contract channel over IPC, refusing untrusted senders', async () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(methodNames.map((m) => contract[m].channel).sort());
    const getSettings = fake.ipcHandlers.get('settings:get')!;
    const trusted = await getSettings({ senderFrame: { url: appUrl, parent: null } }, {});
    expect(trusted).toMatchObject({ ok: true, value: { schemaVersion: expect.any(Number) } });
    const remote = await getSettings({ senderFrame: { url: 'https://example.org/', parent: null } }, {});
    expect(remote).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const dev = await getSettings({ senderFrame: { url: 'http://localhost:5173/', parent: null } }, {});
    expect(dev).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('sets a menu with the standard roles and no developer items in a packaged app', () => {
    const roles = rolesIn(fake.menuTemplate as MenuItemTemplate[]);
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'minimize']),
    );
    expect(roles).not.toContain('toggleDevTools');
  });

  it('puts the shipped en-GB dictionary in the profile and points downloads at it before setting languages', () => {
    expect(existsSync(join(fake.userData, 'Dictionaries', 'en-GB-10-1.bdic'))).toBe(true);
    expect(fake.sessionState.dictionaryUrl).toMatch(/^file:\/\/.*dictionaries\/$/);
    expect(fake.sessionState.events).toEqual(['dictionary-url', 'languages']);
  });

  it('makes the native theme follow the app setting, at start and on each change', async () => {
    expect(fake.themeSource).toBe('system');
    const update = fake.ipcHandlers.get('settings:update')!;
    const answer = await update({ senderFrame: { url: appUrl, parent: null } }, { theme: 'dark' });
    expect(answer).toMatchObject({ ok: true });
    expect(fake.themeSource).toBe('dark');
    await update({ senderFrame: { url: appUrl, parent: null } }, { theme: 'system' });
    expect(fake.themeSource).toBe('system');
  });

  it('opens the guide, the data folder and the log folder from Help', async () => {
    const help = (fake.menuTemplate as MenuItemTemplate[]).find((item) => item.label === '&Help');
    const click = (label: string) => help?.submenu?.find((item) => item.label === label)?.click?.();
    click('User guide');
    click('Show data folder');
    click('Show log folder');
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.opened).toEqual([
      join(process.resourcesPath, 'docs', 'user-guide.md'),
      fake.userData,
      join(fake.userData, 'logs'),
    ]);
  });

  it('shows a right-click menu on the window', () => {
    const listener = fake.windows[0]!.webContents.listeners.get('context-menu')?.[0];
    expect(listener).toBeDefined();
    const popups = fake.calls.filter((c) => c === 'popup').length;
    listener?.(
      {},
      {
        isEditable: true,
        selectionText: '',
        misspelledWord: 'behaviuor',
        dictionarySuggestions: ['behaviour'],
        editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
      },
    );
    expect(fake.calls.filter((c) => c === 'popup')).toHaveLength(popups + 1);
  });

  it('asks the renderer to flush before the window closes, and asks the trainee when saving failed', async () => {
    const window = fake.windows[0]!;
    const requestClose = async (keepOpen: boolean) => {
      const sentBefore = window.webContents.sent.length;
      let prevented = false;
      for (const listener of window.listeners.get('close') ?? [])
        listener({ preventDefault: () => (prevented = true) });
      expect(prevented).toBe(true);
      const request = window.webContents.sent
        .slice(sentBefore)
        .find((message) => message[0] === shellEventChannels.beforeClose);
      expect(request?.[1]).toEqual(expect.any(String));
      for (const listener of fake.ipcListeners.get(shellEventChannels.beforeCloseDone) ?? []) {
        listener({ sender: window.webContents }, request?.[1], keepOpen);
      }
      for (let i = 0; i < 10; i += 1) await new Promise((r) => setTimeout(r, 0));
    };

    // Saving failed: the trainee is asked, chooses to stay (the fake answers "Stay"), the window stays.
    await requestClose(true);
    expect(fake.calls.filter((c) => c === 'showMessageBox')).toHaveLength(1);
    expect(window.closeCalls).toBe(0);

    // Next time the renderer saved everything: the window closes without asking.
    await requestClose(false);
    expect(fake.calls.filter((c) => c === 'showMessageBox')).toHaveLength(1);
    expect(window.closeCalls).toBe(1);
  });

  it('closes the host before quitting', async () => {
    const quitsBefore = fake.quits;
    let prevented = false;
    appListener('will-quit')({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    for (let i = 0; i < 2000 && fake.quits === quitsBefore; i += 1)
      await new Promise((r) => setTimeout(r, 10));
    expect(fake.quits).toBe(quitsBefore + 1);
    let preventedAgain = false;
    appListener('will-quit')({ preventDefault: () => (preventedAgain = true) });
    expect(preventedAgain).toBe(false);
  });

  it('reopens the window when the OS opens a file and no window is left (macOS)', () => {
    const window = fake.windows[0]!;
    for (const listener of window.listeners.get('closed') ?? []) listener();
    fake.windows.splice(0, fake.windows.length);
    appListener('open-file')({ preventDefault: () => {} }, join(fake.userData, 'sent.casework'));
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.loaded).toEqual([appUrl]);
  });
});
