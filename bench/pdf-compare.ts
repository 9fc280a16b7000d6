/**
 * Two versions of the PDF worker, export by export: the working tree's against another commit's, each
 * bundled as the app ships it and started with the app's limits, the two taking turns (the order swapped
 * each round) so that this machine's drifting speed falls on both alike. Prints each side's median and
 * every run's time, and each side's peak memory. A single `pdf-export.ts` run moves by more than most
 * single changes gain; this is how a change to the PDF code is measured (decision 0007). Asserts nothing.
 *
 * Run: npx tsx bench/pdf-compare.ts <commit> [--pages 36|229] [--runs N]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkerPdfRunner, pdfWorkerEntry } from '@host/pdf/pdf-runner';
import type { PdfJob } from '@host/pdf/pdf-jobs';
import { serialiseExchange } from '@shared/pdf/exchange';
import { sampleAttempt, sampleCaseInfo } from '@shared/pdf/__fixtures__/sample-attempt';
import { builtinTemplates } from '@shared/templates/builtin';
import { bundlePdfWorker, bundledPdfWorkerDir } from './lib/pdf-worker-bundle';
import { summarise } from './lib/stats';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const base = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
if (!base) {
  console.error('Usage: npx tsx bench/pdf-compare.ts <commit> [--pages 36|229] [--runs N]');
  process.exit(2);
}
const pages = option('--pages', 36);
const runs = option('--runs', pages > 100 ? 6 : 10);

// The sample attempt at the PDF bench's two sizes.
const attempt =
  pages > 100
    ? sampleAttempt({ longAnswerWords: 3700, rows: 12 })
    : sampleAttempt({ longAnswerWords: 190, rows: 4 });
const job = (): PdfJob => ({
  kind: 'attempt',
  input: { attempt, templates: builtinTemplates, traineeName: 'Siân Ellis', caseInfo: sampleCaseInfo() },
  attachment: { json: serialiseExchange(attempt), updatedAt: attempt.updatedAt },
});

// The other commit's source, checked out beside this one and using its installed packages.
const checkout = mkdtempSync(join(tmpdir(), 'casework-pdf-base-'));
execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', checkout, base], { stdio: 'ignore' });
let sides: Record<string, ReturnType<typeof createWorkerPdfRunner>> = {};
try {
  symlinkSync(join(root, 'node_modules'), join(checkout, 'node_modules'));
  sides = {
    [base]: createWorkerPdfRunner({ entry: pdfWorkerEntry(bundlePdfWorker(checkout)) }),
    'working tree': createWorkerPdfRunner({ entry: pdfWorkerEntry(bundledPdfWorkerDir()) }),
  };
  const names = Object.keys(sides);
  const times = new Map(names.map((name) => [name, [] as number[]]));
  const peaks = new Map(names.map((name) => [name, 0]));
  for (const name of names) for (let warm = 0; warm < 2; warm += 1) await sides[name]!.render(job());
  for (let round = 0; round < runs; round += 1) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const start = performance.now();
      const made = await sides[name]!.render(job());
      times.get(name)!.push(performance.now() - start);
      peaks.set(name, Math.max(peaks.get(name)!, made.usage?.maxRssMb ?? 0));
    }
  }
  console.log(`PDF worker, ${job().kind} of ${pages} pages' size, ${runs} runs each, taking turns`);
  for (const name of names) {
    const all = times.get(name)!;
    console.log(
      `${name.padEnd(14)} median ${Math.round(summarise(all).median)} ms  (${all.map(Math.round).join(' ')})  peak ${peaks.get(name)} MB`,
    );
  }
} finally {
  // The workers too, or a failed render would leave them keeping the bench from exiting.
  for (const side of Object.values(sides)) await side.close();
  execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', checkout], { stdio: 'ignore' });
  rmSync(checkout, { recursive: true, force: true });
}
