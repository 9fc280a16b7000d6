// The real desktop shell, launched with Playwright's Electron support. Skips, saying why, where no
// Electron binary is installed (this machine and CI install with ELECTRON_SKIP_BINARY_DOWNLOAD=1).
import { expect, test } from '@playwright/test';
import { contract, methodNames } from '@shared/contract';
import { electronBinary, ensureBuilt, launchApp } from './electron-app';
import type { LaunchedApp } from './electron-app';

const binary = electronBinary();
if ('missing' in binary) console.log(`Skipping the Electron launch tests. ${binary.missing}`);

test.describe('desktop shell', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');
  test.describe.configure({ mode: 'serial' });

  let launched: LaunchedApp;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    ensureBuilt();
    launched = await launchApp();
  });

  test.afterAll(async () => {
    await launched?.close();
  });

  test('opens one window on the home screen, served from app://', async () => {
    const { page, app } = launched;
    await expect(page.getByRole('heading', { level: 1, name: 'Your practice' })).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/casework\//);
    expect(app.windows()).toHaveLength(1);
    await expect(page).toHaveTitle(/Casework Practice/);
  });

  test('gives the page window.casework and no Node', async () => {
    const { page } = launched;
    const seen = await page.evaluate(() => ({
      methods: Object.keys(window.casework ?? {}).sort(),
      events: Object.keys((window as unknown as { caseworkEvents?: object }).caseworkEvents ?? {}).sort(),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
      ipcRenderer: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
    }));
    expect(seen.methods).toEqual([...methodNames].sort());
    expect(seen.events).toEqual(['onBeforeClose', 'onMenuCommand']);
    expect(seen.require).toBe('undefined');
    expect(seen.process).toBe('undefined');
    expect(seen.module).toBe('undefined');
    expect(seen.ipcRenderer).toBe('undefined');
  });

  test('answers the contract over IPC', async () => {
    const { page } = launched;
    const answer = await page.evaluate(() => window.casework!.getSettings({}));
    expect(answer).toMatchObject({ ok: true, value: { schemaVersion: expect.any(Number) } });
    const bad = await page.evaluate(() =>
      (window.casework!.updateSettings as (p: unknown) => Promise<unknown>)({ theme: 'neon' }),
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(methodNames.map((m) => contract[m].channel).length).toBeGreaterThan(0);
  });

  test('blocks navigation to a remote page', async () => {
    const { page } = launched;
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('denies window.open', async () => {
    const { page, app } = launched;
    const opened = await page.evaluate(() => window.open('https://example.org/') === null);
    expect(opened).toBe(true);
    const sameOrigin = await page.evaluate(() => window.open('app://casework/index.html') === null);
    expect(sameOrigin).toBe(true);
    await page.waitForTimeout(300);
    expect(app.windows()).toHaveLength(1);
  });

  test('sends the CSP header with the page', async () => {
    const { page } = launched;
    const csp = await page.evaluate(async () =>
      (await fetch('app://casework/index.html')).headers.get('content-security-policy'),
    );
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
