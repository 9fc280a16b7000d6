/**
 * How long a PDF export takes in the host: a fully completed attempt at the four built-in templates with
 * long answers (about 30 pages) and a 200-page stress document, each built (shared/pdf) and rendered
 * (pdfmake with the embedded fonts and the attempt attached). For scale, Chromium's `page.pdf()` of
 * equivalent HTML is timed in the same run. Prints a table, writes bench/results/pdf-export.json, asserts
 * nothing. Target: the 30-page export under 500 ms on the development machine (2 cores).
 *
 * Run: npx tsx bench/pdf-export.ts   (or npm run bench:pdf)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Content } from 'pdfmake/interfaces';
import { createPdfService } from '../electron/host/pdf/service';
import type { Attempt } from '../shared/model/attempt';
import { buildAttemptPdf } from '../shared/pdf/builder';
import { sampleAttempt, sampleCaseInfo } from '../shared/pdf/sample-attempt';
import { builtinTemplates } from '../shared/templates/builtin';

const here = dirname(fileURLToPath(import.meta.url));

interface Scenario {
  name: string;
  attempt: Attempt;
  runs: number;
}

const scenarios: Scenario[] = [
  {
    name: 'four templates, long answers',
    attempt: sampleAttempt({ longAnswerWords: 190, rows: 4 }),
    runs: 7,
  },
  { name: 'stress document', attempt: sampleAttempt({ longAnswerWords: 3200, rows: 12 }), runs: 3 },
];

const service = createPdfService({
  dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
  now: () => new Date('2026-11-23T10:00:00Z'),
  storage: {
    getAttempt: async () => {
      throw new Error('not used');
    },
    getSettings: () => ({ traineeName: 'Siân Ellis' }),
  },
  saveImportedAttempt: async (attempt) => attempt,
  templates: () => builtinTemplates,
  caseInfo: () => sampleCaseInfo(),
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Peak RSS: sampled between awaits, and the kernel's high-water mark (the layout itself is synchronous). */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    },
  };
}

// ---------------------------------------------------------------------------------- equivalent HTML

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The same definition as HTML: headings, paragraphs, lists and tables with the same text. */
function definitionToHtml(node: Content | undefined): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return escapeHtml(node);
  if (Array.isArray(node)) return node.map((child) => definitionToHtml(child as Content)).join('');
  const n = node as unknown as Record<string, unknown>;
  if ('toc' in n) return '<h1>Contents</h1>';
  if ('table' in n) {
    const body = (n['table'] as { body: Content[][] }).body;
    return `<table>${body.map((row) => `<tr>${row.map((cell) => `<td>${definitionToHtml(cell)}</td>`).join('')}</tr>`).join('')}</table>`;
  }
  if ('ul' in n)
    return `<ul>${(n['ul'] as Content[]).map((item) => `<li>${definitionToHtml(item)}</li>`).join('')}</ul>`;
  if ('stack' in n) return `<div>${definitionToHtml(n['stack'] as Content)}</div>`;
  if ('columns' in n) return `<div>${definitionToHtml(n['columns'] as Content)}</div>`;
  if ('text' in n) {
    const style = n['style'];
    const tag = style === 'h1' ? 'h1' : style === 'h2' ? 'h2' : style === 'h3' ? 'h3' : 'p';
    const inner = definitionToHtml(n['text'] as Content);
    return Array.isArray(n['text']) || tag !== 'p' ? `<${tag}>${inner}</${tag}>` : `<p>${inner}</p>`;
  }
  return '';
}

function htmlFor(attempt: Attempt): string {
  const definition = buildAttemptPdf({
    attempt,
    templates: builtinTemplates,
    traineeName: 'Siân Ellis',
    caseInfo: sampleCaseInfo(),
  });
  const fontUrl = join(here, '..', 'assets', 'fonts', 'dejavu', 'DejaVuSans.ttf');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>
@font-face { font-family: Body; src: url("file://${fontUrl}"); }
body { font-family: Body, sans-serif; font-size: 10pt; line-height: 1.2; }
h1 { font-size: 17pt; break-before: page; } h2 { font-size: 13pt; } h3 { font-size: 11pt; }
table { border-collapse: collapse; width: 100%; } td { border: 0.5pt solid #b1b4b6; padding: 3pt 4pt; vertical-align: top; }
</style></head><body>${definitionToHtml(definition.content)}</body></html>`;
}

// ---------------------------------------------------------------------------------- run

interface Result {
  scenario: string;
  engine: 'pdfmake' | 'chromium';
  pages: number;
  bytes: number;
  runs: number;
  medianMs: number;
  maxMs: number;
  peakRssMb: number | null;
}

async function main(): Promise<void> {
  const results: Result[] = [];
  // Warm up once: first use parses the fonts and compiles the code paths.
  await service.renderAttemptPdf(scenarios[0]!.attempt);

  for (const scenario of scenarios) {
    const times: number[] = [];
    let pages = 0;
    let bytes = 0;
    const sampler = rssSampler();
    for (let run = 0; run < scenario.runs; run += 1) {
      const start = performance.now();
      const rendered = await service.renderAttemptPdf(scenario.attempt);
      times.push(performance.now() - start);
      pages = rendered.pages;
      bytes = rendered.bytes.length;
    }
    results.push({
      scenario: scenario.name,
      engine: 'pdfmake',
      pages,
      bytes,
      runs: scenario.runs,
      medianMs: Math.round(median(times)),
      maxMs: Math.round(Math.max(...times)),
      peakRssMb: mb(sampler.stop()),
    });
  }

  const executablePath = '/usr/bin/chromium';
  if (existsSync(executablePath)) {
    const browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--allow-file-access-from-files',
      ],
    });
    try {
      const page = await browser.newPage();
      for (const scenario of scenarios) {
        const html = htmlFor(scenario.attempt);
        const times: number[] = [];
        let pdf: Buffer = Buffer.alloc(0);
        await page.setContent(html);
        await page.pdf({ format: 'A4' });
        for (let run = 0; run < scenario.runs; run += 1) {
          const start = performance.now();
          await page.setContent(html);
          pdf = await page.pdf({
            format: 'A4',
            margin: { top: '0.72in', bottom: '0.69in', left: '0.67in', right: '0.67in' },
          });
          times.push(performance.now() - start);
        }
        const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        results.push({
          scenario: scenario.name,
          engine: 'chromium',
          pages: pageCount,
          bytes: pdf.length,
          runs: scenario.runs,
          medianMs: Math.round(median(times)),
          maxMs: Math.round(Math.max(...times)),
          peakRssMb: null,
        });
      }
    } finally {
      await browser.close();
    }
  } else {
    console.log(`Chromium not found at ${executablePath}; skipping the comparison.`);
  }

  console.log(`PDF export on ${cpus().length} cores, Node ${process.version}`);
  console.log(
    [
      'scenario'.padEnd(30),
      'engine'.padEnd(9),
      'pages',
      '    KB',
      'runs',
      'median ms',
      'max ms',
      'peak RSS MB',
      'vs pdfmake',
    ].join('  '),
  );
  for (const result of results) {
    const ours = results.find((r) => r.scenario === result.scenario && r.engine === 'pdfmake');
    const ratio =
      ours && result.engine === 'chromium' ? `${(result.medianMs / ours.medianMs).toFixed(2)}x` : '';
    console.log(
      [
        result.scenario.padEnd(30),
        result.engine.padEnd(9),
        String(result.pages).padStart(5),
        String(Math.round(result.bytes / 1024)).padStart(6),
        String(result.runs).padStart(4),
        String(result.medianMs).padStart(9),
        String(result.maxMs).padStart(6),
        String(result.peakRssMb ?? '-').padStart(11),
        ratio.padStart(10),
      ].join('  '),
    );
  }
  const thirty = results.find((r) => r.engine === 'pdfmake' && r.scenario === scenarios[0]!.name)!;
  console.log(
    `Target: ~30-page export under 500 ms. Measured median ${thirty.medianMs} ms for ${thirty.pages} pages: ${thirty.medianMs < 500 ? 'met' : 'NOT met'}.`,
  );
  const outDir = join(here, 'results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'pdf-export.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, cores: cpus().length, results }, null, 2)}\n`,
  );
}

await main();
