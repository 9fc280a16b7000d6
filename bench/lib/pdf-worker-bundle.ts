import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let built: string | null = null;

/**
 * A folder holding the PDF worker bundled into one file, as the app ships it (`pdf-worker.js` beside the
 * main process), for `pdfWorkerEntry(folder)`. Started from the TypeScript source instead, the worker
 * would carry tsx and its compiled copies of every module, about 20 MB of resident memory the app does
 * not have, in the peak memory the benches report. Built once per bench process, into a temporary folder.
 */
export function bundledPdfWorkerDir(): string {
  if (built) return built;
  built = bundlePdfWorker(root);
  return built;
}

/** Bundles the PDF worker of the source tree at `sourceRoot` (another checkout, to compare) into a new folder. */
export function bundlePdfWorker(sourceRoot: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'casework-pdf-worker-'));
  buildSync({
    entryPoints: [join(sourceRoot, 'electron', 'host', 'pdf', 'pdf-worker.ts')],
    outfile: join(dir, 'pdf-worker.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    tsconfig: join(sourceRoot, 'electron', 'tsconfig.json'),
    logLevel: 'error',
    // The worker's modules read their own location (`import.meta.url`) only to find the fonts, which the
    // runner passes with every job; CommonJS has no import.meta, so it is given the bundle's own address.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  return dir;
}
