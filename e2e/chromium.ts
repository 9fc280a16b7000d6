/**
 * The system Chromium every browser run here uses (end-to-end tests, benchmarks): Debian's package, never a
 * Playwright download. Running as root needs `--no-sandbox`; the rest keep Chromium from reaching the network
 * or updating itself mid-run.
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
