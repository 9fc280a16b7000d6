/**
 * Chromium against the loopback harness (e2e/harness/server.ts): the built renderer with the real host
 * handlers on a data folder the bench prepared. The bench builds the renderer into its own folder so a
 * run measures the code as it is now and never races another build of out/renderer.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../e2e/chromium';
import { startHarness } from '../../e2e/harness/server';
import type { Harness } from '../../e2e/harness/server';
import { mib } from './stats';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const benchRendererDir = path.join(os.tmpdir(), 'casework-bench-renderer');
export { chromiumPath };

/** `vite build` of the renderer (the same config as `npm run build:renderer`) into the bench's own folder. */
export function buildRenderer(outDir = benchRendererDir): string {
  execFileSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return outDir;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs],
  });
}

/**
 * Helpers installed in every bench page before the app's own script: the next painted frame (a frame's
 * requestAnimationFrame, then a message posted from it, which is delivered after that frame is painted),
 * and long tasks as the browser reports them. A plain string, so no bundler helper leaks into the page.
 */
const pageHelpers = `
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const until = (test, timeoutMs = 30000) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const check = () => {
        let found = null;
        try { found = test(); } catch {}
        if (found) return resolve(found);
        if (performance.now() - started > timeoutMs) return reject(new Error('bench: timed out waiting'));
        requestAnimationFrame(check);
      };
      check();
    });
  Object.defineProperty(window, '__bench', { value: { afterPaint, until, longTasks } });
})();
`;

export interface BenchSession {
  harness: Harness;
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** A harness on `dataDir` and a fresh browser context whose requests carry the harness token. */
export async function openSession(
  browser: Browser,
  dataDir: string,
  rendererDir = benchRendererDir,
): Promise<BenchSession> {
  const harness = await startHarness({ dataDir, rendererDir, log: () => undefined });
  // The libraries are laid down through the host as a fresh install would, so their settings still ask
  // for the first-run welcome; the figures are of a returning user, as the harness's own folders are.
  await harness.host.handlers.updateSettings({ showWelcome: false }, { transport: 'harness' });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.setExtraHTTPHeaders({ 'x-casework-token': harness.token });
  await context.addInitScript({ content: pageHelpers });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    harness,
    context,
    page,
    cdp,
    async close() {
      await context.close();
      await harness.stop();
    },
  };
}

/** Samples the page's JavaScript heap while `work` runs; answers the work's result and the peak in MiB. */
export async function withHeapPeak<T>(cdp: CDPSession, work: () => Promise<T>): Promise<[T, number]> {
  let peak = 0;
  const sample = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
    peak = Math.max(peak, used);
  };
  await sample();
  let sampling = Promise.resolve();
  const timer = setInterval(() => {
    sampling = sampling.then(sample, () => undefined);
  }, 200);
  try {
    const result = await work();
    return [result, mib(peak)];
  } finally {
    clearInterval(timer);
    await sampling.catch(() => undefined);
    await sample().catch(() => undefined);
  }
}

/** Main-thread costs the browser counts, in ms: what a step spent on script, style, layout, and CPU time. */
export interface MainThreadCost {
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  /** The renderer main thread's CPU time: the work itself, whatever else the machine was doing. */
  cpuMs: number;
}

const costMetrics = {
  scriptMs: 'ScriptDuration',
  styleMs: 'RecalcStyleDuration',
  layoutMs: 'LayoutDuration',
  cpuMs: 'ThreadTime',
} as const;

async function readCosts(cdp: CDPSession): Promise<MainThreadCost> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return Object.fromEntries(
    Object.entries(costMetrics).map(([key, name]) => [key, seconds(name) * 1000]),
  ) as unknown as MainThreadCost;
}

/** The main-thread costs of `work`, divided by `per` (e.g. keys typed), to 0.1 ms. */
export async function withMainThreadCost<T>(
  cdp: CDPSession,
  per: number,
  work: () => Promise<T>,
): Promise<[T, MainThreadCost]> {
  const before = await readCosts(cdp);
  const result = await work();
  const after = await readCosts(cdp);
  const cost = Object.fromEntries(
    Object.keys(costMetrics).map((key) => {
      const name = key as keyof MainThreadCost;
      return [name, Math.round(((after[name] - before[name]) / per) * 10) / 10];
    }),
  ) as unknown as MainThreadCost;
  return [result, cost];
}
