import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './e2e/chromium';

/**
 * Two kinds of end-to-end test:
 * - `chromium`: the built renderer in Debian's Chromium, talking to the real host handlers through the loopback
 *   harness (e2e/harness). No browser download: Playwright drives the system Chromium.
 * - `electron`: the packaged-shape desktop app through `_electron.launch`; those specs skip, saying why, when no
 *   Electron binary is installed.
 */

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : Math.min(2, Number(process.env.PW_WORKERS ?? 2)),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    headless: true,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testMatch: '*.spec.ts',
      testIgnore: 'electron/**',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath,
          args: [...chromiumArgs, '--disable-gpu'],
        },
      },
    },
    {
      name: 'electron',
      testMatch: 'electron/**/*.spec.ts',
    },
  ],
});
