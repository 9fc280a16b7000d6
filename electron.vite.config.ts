import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import rendererConfig, { noTestFixtures } from './renderer/vite.config';
import { pathAliases } from './scripts/path-aliases.ts';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * One build for the three parts of the shell. The renderer section reuses `renderer/vite.config.ts` (owned
 * by the renderer) so the harness build and the shell build can never drift apart.
 */
export default defineConfig({
  main: {
    resolve: { alias: pathAliases() },
    plugins: [noTestFixtures()],
    build: {
      outDir: fromRoot('out/main'),
      rolldownOptions: {
        // Each worker thread is its own entry so the packaged app finds it beside the main process:
        // `pdf-worker.js` makes PDFs (pdfWorkerEntry), `pdf-attachments.js` reads them (electron/host/pdf/extract.ts).
        input: {
          index: fromRoot('electron/main.ts'),
          'pdf-worker': fromRoot('electron/host/pdf/pdf-worker.ts'),
          'pdf-attachments': fromRoot('electron/host/pdf/attachment-worker.mjs'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: pathAliases() },
    plugins: [noTestFixtures()],
    build: {
      outDir: fromRoot('out/preload'),
      // A sandboxed preload is not loaded by Node: it cannot be ESM and may only require('electron'), so
      // every dependency (zod and the contract) is inlined into one CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: fromRoot('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      rolldownOptions: {
        input: fromRoot('renderer/index.html'),
      },
    },
  },
});
