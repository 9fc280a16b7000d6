/**
 * Where pdfmake's time goes for our documents: wraps pdfmake's own phases (preprocess, measure - which is
 * text measuring and table column widths - , layout onto pages, headers and footers with the contents
 * page numbers, drawing through pdfkit, and the end: font subsetting, compression, the attachment and
 * writing) and prints the CPU time of each, plus the heap after layout. Asserts nothing.
 *
 * Run: npx tsx bench/pdf-phases.ts [runs]   (profile one more level with node --cpu-prof --import tsx)
 */
import { createRequire } from 'node:module';
import { createInProcessPdfRunner } from '@host/pdf/pdf-runner';
import { serialiseExchange } from '@shared/pdf/exchange';
import { sampleAttempt, sampleCaseInfo } from '@shared/pdf/__fixtures__/sample-attempt';
import { builtinTemplates } from '@shared/templates/builtin';
import type { PdfJob } from '@host/pdf/pdf-jobs';

const require = createRequire(import.meta.url);
type Proto = Record<string, (...args: unknown[]) => unknown>;
const phases = new Map<string, number>();
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

function wrap(modulePath: string, methods: string[], label: string): void {
  const loaded = require(modulePath) as { default: { prototype: Proto } };
  const proto = loaded.default.prototype;
  for (const method of methods) {
    const original = proto[method]!;
    let depth = 0;
    proto[method] = function (this: unknown, ...args: unknown[]) {
      if (depth > 0) return original.apply(this, args);
      depth += 1;
      const start = cpu();
      try {
        return original.apply(this, args);
      } finally {
        depth -= 1;
        const key = `${label}.${method}`;
        phases.set(key, (phases.get(key) ?? 0) + cpu() - start);
      }
    };
  }
}

wrap('pdfmake/js/DocPreprocessor.js', ['preprocessDocument'], 'preprocess');
wrap('pdfmake/js/DocMeasure.js', ['measureDocument'], 'measure');
wrap('pdfmake/js/TextInlines.js', ['buildInlines'], 'measure.text');
wrap('pdfmake/js/LayoutBuilder.js', ['processNode', 'addHeadersAndFooters'], 'layout');
wrap('pdfmake/js/Renderer.js', ['renderPages'], 'draw');

function job(words: number, rows: number): PdfJob {
  const attempt = sampleAttempt({ longAnswerWords: words, rows });
  return {
    kind: 'attempt',
    input: { attempt, templates: builtinTemplates, traineeName: 'Siân Ellis', caseInfo: sampleCaseInfo() },
    attachment: { json: serialiseExchange(attempt), updatedAt: attempt.updatedAt },
  };
}

const runs = Number(process.argv[2] ?? 3);
const runner = createInProcessPdfRunner();
for (const [name, made] of [
  ['28-page', job(190, 4)],
  ['197-page', job(3700, 12)],
] as const) {
  await runner.render(made);
  phases.clear();
  let total = 0;
  let pages = 0;
  for (let run = 0; run < runs; run += 1) {
    const start = cpu();
    pages = (await runner.render(made)).pages;
    total += cpu() - start;
  }
  const accounted = [...phases.entries()].filter(([key]) => !key.startsWith('measure.text'));
  const rest = total - accounted.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`${name} (${pages} pages): ${Math.round(total / runs)} ms CPU per export`);
  for (const [key, ms] of [...phases.entries(), ['end (subset, compress, attach, write)', rest] as const])
    console.log(`  ${key.padEnd(40)} ${String(Math.round(ms / runs)).padStart(6)} ms`);
  console.log(
    `  heap now ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB, rss peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
}
