/**
 * The renderer in Chromium through the loopback harness: typing latency, the home list with 1,000
 * attempts, opening a 20,000-word attempt, and start-up (bundle size and time to interactive).
 * Prints figures; asserts nothing. Run on its own: npx tsx bench/ui.ts [typing,listing,open,startup]
 *
 * Elements are found by what a person sees (headings, link text, a field's label from the template) or by
 * the app's routes, so the benches survive changes to the screens' markup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { getBuiltinTemplate } from '@shared/templates/builtin';
import type { Template } from '@shared/templates';
import {
  copyDataDir,
  largeAttempt,
  numbered,
  preparedLibrary,
  seedLibrary,
  typicalAttempt,
} from './lib/attempts';
import {
  benchRendererDir,
  buildRenderer,
  launchChromium,
  openSession,
  withHeapPeak,
  withMainThreadCost,
} from './lib/browser';
import type { MainThreadCost } from './lib/browser';
import { summarise } from './lib/stats';
import type { Summary } from './lib/stats';

export interface BrowserFigure {
  summary: Summary;
  peakHeapMiB: number;
  detail: Record<string, unknown>;
}

const hashFor = (...parts: string[]) => `#/attempts/${parts.join('/')}`;

/** The template with the most questions, and its section with a free-text question and the most items. */
export function typingTarget(): { template: Template; sectionId: string; prompt: string } {
  const candidates = [
    'enquiries-log',
    'strengths-needs',
    'risk-to-self',
    'rosh-analysis',
    'risk-management-plan',
  ]
    .map((id) => getBuiltinTemplate(id))
    .filter((template): template is Template => template !== undefined);
  const size = (template: Template) => template.sections.reduce((n, section) => n + section.items.length, 0);
  const template = [...candidates].sort((a, b) => size(b) - size(a))[0]!;
  const sections = [...template.sections].sort((a, b) => b.items.length - a.items.length);
  for (const section of sections) {
    if ('showWhen' in section && section.showWhen !== undefined) continue;
    const item = section.items.find(
      (candidate) => candidate.kind === 'longText' && candidate.showWhen === undefined,
    );
    if (item && item.kind === 'longText') return { template, sectionId: section.id, prompt: item.prompt };
  }
  throw new Error(`${template.id} has no always-shown long-text question`);
}

const typedText =
  'He said the arguments began when money ran short, and that he now walks away before it escalates; check this with his partner. ';

/**
 * Per key: `paint` is keydown to the next painted frame (a requestAnimationFrame, then a message posted from
 * it, delivered once that frame is painted); `handled` is keydown to the end of the app's own work for the
 * key (an input listener on window runs after React's, which renders a typed character synchronously).
 */
const typingProbe = `(() => {
  window.__typing = { paint: [], handled: [] };
  let pending = null;
  document.addEventListener('keydown', (event) => {
    const now = performance.now();
    // event.timeStamp is when the browser made the event (queueing counts); never later than now.
    const start = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
    pending = start;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__typing.paint.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  }, true);
  window.addEventListener('input', () => {
    if (pending !== null) window.__typing.handled.push(performance.now() - pending);
    pending = null;
  });
})()`;

async function typeAndCollect(
  page: Page,
  keys: number,
  type: () => Promise<void>,
): Promise<{ paint: number[]; handled: number[] }> {
  await page.evaluate(`window.__typing.paint = []; window.__typing.handled = []`);
  await type();
  await page.waitForFunction(`window.__typing.paint.length >= ${keys}`, undefined, { timeout: 10_000 });
  return (await page.evaluate('window.__typing')) as { paint: number[]; handled: number[] };
}

/**
 * 1. Typing: 300 characters per run into a long-text question of the largest template, in an attempt with
 * every template filled. Each keydown marks its time; the figure is the time to the next painted frame.
 */
export async function measureTyping(browser: Browser, runs = 3, delayMs = 35): Promise<BrowserFigure> {
  const library = await preparedLibrary(1);
  const dataDir = copyDataDir(library.dataDir, 'typing');
  const session = await openSession(browser, dataDir);
  try {
    const { page, cdp } = session;
    const target = typingTarget();
    await page.goto(
      `${session.harness.url}${hashFor(library.ids[0]!, target.template.id, target.sectionId)}`,
    );
    const field = page.getByRole('textbox', { name: target.prompt }).first();
    await field.waitFor({ state: 'visible', timeout: 30_000 });
    await field.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(typingProbe);
    const text = typedText.repeat(Math.ceil(300 / typedText.length)).slice(0, 300);
    const perRun: Summary[] = [];
    const handling: number[] = [];
    const costs: MainThreadCost[] = [];
    const [all, peakHeapMiB] = await withHeapPeak(cdp, async () => {
      const samples: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const [typed, cost] = await withMainThreadCost(cdp, text.length, () =>
          typeAndCollect(page, text.length, () => field.pressSequentially(text, { delay: delayMs })),
        );
        costs.push(cost);
        perRun.push(summarise(typed.paint));
        samples.push(...typed.paint);
        handling.push(...typed.handled);
      }
      return samples;
    });
    const value = await field.inputValue();
    // The floor: the same typing into a plain text box outside React, in the same page and load.
    await page.evaluate(`(() => {
      const box = document.createElement('textarea');
      box.setAttribute('aria-label', 'Bench baseline box');
      box.style.cssText = 'position:fixed;top:0;left:0;width:300px;height:80px;z-index:9999';
      document.body.append(box);
    })()`);
    const baselineBox = page.getByRole('textbox', { name: 'Bench baseline box' });
    await baselineBox.click();
    const [baseline, baselineCost] = await withMainThreadCost(cdp, text.length, () =>
      typeAndCollect(page, text.length, () => baselineBox.pressSequentially(text, { delay: delayMs })),
    );
    return {
      summary: summarise(all),
      peakHeapMiB,
      detail: {
        template: target.template.id,
        section: target.sectionId,
        question: target.prompt,
        keyIntervalMs: delayMs,
        perRunP95: perRun.map((run) => run.p95),
        fieldLengthAfter: value.length,
        handlingMs: summarise(handling),
        mainThreadPerKeyMs: costs,
        plainTextareaPaintMs: summarise(baseline.paint),
        plainTextareaHandlingMs: summarise(baseline.handled),
        plainTextareaPerKeyMs: baselineCost,
      },
    };
  } finally {
    await session.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** In the page: the newest attempt's link is in the list's table and that frame is painted. */
const listShownScript = (title: string) => `(async () => {
  const started = performance.now();
  location.hash = '#/';
  await window.__bench.until(() => [...document.querySelectorAll('table a')].some((a) => a.textContent.trim() === ${JSON.stringify(title)}));
  const painted = await window.__bench.afterPaint();
  return { ms: painted - started, rows: document.querySelectorAll('table tbody tr').length };
})()`;

/**
 * 3. The home list with `size` attempts: from going to the home screen (from settings) to the list painted
 * with the newest attempt in it; also the app loading straight onto the home screen, from navigation start.
 */
export async function measureListing(browser: Browser, size = 1000, runs = 7): Promise<BrowserFigure> {
  const library = await preparedLibrary(size);
  const dataDir = copyDataDir(library.dataDir, 'listing');
  const session = await openSession(browser, dataDir);
  try {
    const { page, cdp, harness } = session;
    const newest = harness.host.storage.listAttempts()[0]!.title;
    const cold: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      // A new document each time (a hash-only goto would stay in the same document and its clock).
      await page.goto('about:blank');
      await page.goto(`${harness.url}#/`, { waitUntil: 'commit' });
      const shown = (await page.evaluate(`(async () => {
        await window.__bench.until(() => [...document.querySelectorAll('table a')].some((a) => a.textContent.trim() === ${JSON.stringify(newest)}));
        return window.__bench.afterPaint();
      })()`)) as number;
      cold.push(shown);
    }
    const timings: number[] = [];
    const costs: MainThreadCost[] = [];
    let rows = 0;
    const [, peakHeapMiB] = await withHeapPeak(cdp, async () => {
      for (let run = 0; run < runs; run += 1) {
        await page.evaluate(`location.hash = '#/settings'`);
        await page.getByRole('heading', { level: 1, name: /settings/i }).waitFor();
        const [result, cost] = await withMainThreadCost(
          cdp,
          1,
          async () => (await page.evaluate(listShownScript(newest))) as { ms: number; rows: number },
        );
        costs.push(cost);
        timings.push(result.ms);
        rows = result.rows;
      }
    });
    return {
      summary: summarise(timings),
      peakHeapMiB,
      detail: {
        attempts: size,
        rowsRendered: rows,
        coldLoadToListMs: summarise(cold),
        mainThreadMs: {
          scriptMs: summarise(costs.map((cost) => cost.scriptMs)).median,
          styleMs: summarise(costs.map((cost) => cost.styleMs)).median,
          layoutMs: summarise(costs.map((cost) => cost.layoutMs)).median,
          cpuMs: summarise(costs.map((cost) => cost.cpuMs)).median,
        },
      },
    };
  } finally {
    await session.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** 4. A 20,000-word attempt: click in the list to its sections shown, and click a section to its fields. */
export async function measureOpenLarge(
  browser: Browser,
  runs = 5,
): Promise<{ open: BrowserFigure; section: BrowserFigure }> {
  const dir = fs.mkdtempSync(path.join(benchRendererDir, '..', 'casework-bench-large-'));
  const large = largeAttempt(20_000);
  const [id] = await seedLibrary(dir, [large, ...numbered(9, typicalAttempt)]);
  const session = await openSession(browser, dir);
  try {
    const { page, cdp, harness } = session;
    const template = getBuiltinTemplate(large.templateIds[0]!)!;
    const section = template.sections[0]!;
    const firstQuestion = section.items.find(
      (item) => item.kind !== 'guidance' && item.kind !== 'computed' && item.showWhen === undefined,
    );
    if (!firstQuestion || !('prompt' in firstQuestion)) throw new Error('The first section has no question');
    const sectionHref = hashFor(id!, template.id, section.id);
    const openTimes: number[] = [];
    const sectionTimes: number[] = [];
    const openCpu: number[] = [];
    const sectionCpu: number[] = [];
    const [, peakHeapMiB] = await withHeapPeak(cdp, async () => {
      await page.goto(harness.url);
      for (let run = 0; run < runs; run += 1) {
        await page.evaluate(`location.hash = '#/'`);
        await page.getByRole('link', { name: large.title, exact: true }).waitFor();
        const [openMs, openCost] = await withMainThreadCost(
          cdp,
          1,
          async () =>
            (await page.evaluate(`(async () => {
            const link = [...document.querySelectorAll('a')].find((a) => a.textContent.trim() === ${JSON.stringify(large.title)});
            const started = performance.now();
            link.click();
            await window.__bench.until(() => document.querySelector('a[href="${sectionHref}"]'));
            return (await window.__bench.afterPaint()) - started;
          })()`)) as number,
        );
        openTimes.push(openMs);
        openCpu.push(openCost.cpuMs);
        const [sectionMs, sectionCost] = await withMainThreadCost(
          cdp,
          1,
          async () =>
            (await page.evaluate(`(async () => {
            const link = document.querySelector('a[href="${sectionHref}"]');
            const started = performance.now();
            link.click();
            await window.__bench.until(() => {
              const label = [...document.querySelectorAll('label, legend')].find((l) => l.textContent.includes(${JSON.stringify(firstQuestion.prompt)}));
              if (!label) return null;
              const control = label.control ?? label.closest('fieldset')?.querySelector('input, select, textarea');
              return control && !control.disabled ? control : null;
            });
            return (await window.__bench.afterPaint()) - started;
          })()`)) as number,
        );
        sectionTimes.push(sectionMs);
        sectionCpu.push(sectionCost.cpuMs);
      }
    });
    const detail = { words: large.words, answerKiB: Math.round(JSON.stringify(large.answers).length / 1024) };
    return {
      open: { summary: summarise(openTimes), peakHeapMiB, detail: { ...detail, cpuMs: summarise(openCpu) } },
      section: {
        summary: summarise(sectionTimes),
        peakHeapMiB,
        detail: {
          ...detail,
          section: `${template.id}/${section.id}`,
          question: firstQuestion.prompt,
          cpuMs: summarise(sectionCpu),
        },
      },
    };
  } finally {
    await session.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface BundleSize {
  jsKiB: number;
  jsGzipKiB: number;
  cssKiB: number;
  cssGzipKiB: number;
  /** Everything in assets/, fonts included. */
  allKiB: number;
  allGzipKiB: number;
}

/** 6a. What the renderer's build weighs, raw and gzip-compressed. */
export function bundleSize(rendererDir = benchRendererDir): BundleSize {
  const assets = path.join(rendererDir, 'assets');
  const totals = { js: [0, 0], css: [0, 0], all: [0, 0] };
  for (const name of fs.readdirSync(assets)) {
    const content = fs.readFileSync(path.join(assets, name));
    const sizes = [content.length, gzipSync(content, { level: 9 }).length];
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null;
    for (const key of kind ? ([kind, 'all'] as const) : (['all'] as const)) {
      totals[key][0]! += sizes[0]!;
      totals[key][1]! += sizes[1]!;
    }
  }
  const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return {
    jsKiB: kib(totals.js[0]!),
    jsGzipKiB: kib(totals.js[1]!),
    cssKiB: kib(totals.css[0]!),
    cssGzipKiB: kib(totals.css[1]!),
    allKiB: kib(totals.all[0]!),
    allGzipKiB: kib(totals.all[1]!),
  };
}

/**
 * 6b. Time to interactive of the renderer: a fresh page loading the app onto the home screen (ten saved
 * attempts). From navigation start to the later of the home heading painted and the end of the last long
 * task (main thread busy for 50 ms or more) within half a second after it.
 */
export async function measureStartup(browser: Browser, runs = 5): Promise<BrowserFigure> {
  const library = await preparedLibrary(10);
  const timings: number[] = [];
  const painted: number[] = [];
  let peakHeapMiB = 0;
  for (let run = 0; run < runs; run += 1) {
    const dataDir = copyDataDir(library.dataDir, 'startup');
    const session = await openSession(browser, dataDir);
    try {
      const [result, peak] = await withHeapPeak(session.cdp, async () => {
        await session.page.goto(session.harness.url, { waitUntil: 'commit' });
        return (await session.page.evaluate(`(async () => {
          await window.__bench.until(() => [...document.querySelectorAll('h1')].some((h) => /Your practice/.test(h.textContent)) && document.querySelector('table a'));
          const heading = await window.__bench.afterPaint();
          await new Promise((resolve) => setTimeout(resolve, 500));
          const lastLongTask = window.__bench.longTasks.reduce((end, task) => Math.max(end, task.end), 0);
          return { heading, interactive: Math.max(heading, lastLongTask) };
        })()`)) as { heading: number; interactive: number };
      });
      timings.push(result.interactive);
      painted.push(result.heading);
      peakHeapMiB = Math.max(peakHeapMiB, peak);
    } finally {
      await session.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { summary: summarise(timings), peakHeapMiB, detail: { homePainted: summarise(painted) } };
}

async function quickPrint(page: Page | null, label: string, figure: BrowserFigure): Promise<void> {
  void page;
  const { median, p95, max, runs } = figure.summary;
  console.log(
    `${label}: median ${median} ms, p95 ${p95} ms, max ${max} ms over ${runs}; peak heap ${figure.peakHeapMiB} MiB`,
  );
  console.log(`  ${JSON.stringify(figure.detail)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = new Set((process.argv[2] ?? 'typing,listing,open,startup').split(','));
  buildRenderer();
  const browser = await launchChromium();
  try {
    if (only.has('startup')) {
      console.log('bundle', bundleSize());
      await quickPrint(null, 'start-up', await measureStartup(browser));
    }
    if (only.has('typing')) await quickPrint(null, 'typing', await measureTyping(browser));
    if (only.has('listing')) await quickPrint(null, 'listing', await measureListing(browser));
    if (only.has('open')) {
      const { open, section } = await measureOpenLarge(browser);
      await quickPrint(null, 'open large attempt', open);
      await quickPrint(null, 'open its first section', section);
    }
  } finally {
    await browser.close();
    const { removePreparedLibraries } = await import('./lib/attempts');
    await removePreparedLibraries();
  }
}
