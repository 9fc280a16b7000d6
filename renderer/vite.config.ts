import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { pathAliases } from '../scripts/path-aliases.ts';

/** The folder name test fixtures live under, beside the code they exercise; only tests, benches and e2e import it. */
const FIXTURES_FOLDER = '__fixtures__';

/**
 * Fails a product build that reaches a test fixture: the samples are large, and one of them plants a
 * string that must never print, so shipping one by accident should stop the build rather than pass quietly.
 */
export function noTestFixtures(): Plugin {
  return {
    name: 'casework:no-test-fixtures',
    enforce: 'pre',
    load(id) {
      if (id.split(/[\\/]/).includes(FIXTURES_FOLDER))
        this.error(
          `A test fixture was imported by product code: ${id}. Fixtures are for tests, benches and e2e only.`,
        );
      return null;
    },
  };
}

/**
 * The renderer is served from `app://casework/` in the shell and from a loopback origin in the e2e harness,
 * so every URL in the build is relative. Nothing may be inlined: the CSP allows only same-origin files.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), noTestFixtures()],
  resolve: { alias: pathAliases() },
  build: {
    // Relative to root: the shell and the harness both serve out/renderer.
    outDir: '../out/renderer',
    emptyOutDir: true,
    // Fonts and icons as data: URIs would need a looser font-src; keep every asset a file.
    assetsInlineLimit: 0,
    // The shell targets one known Chromium, so no legacy transforms or module-preload polyfill script.
    target: 'chrome130',
    modulePreload: { polyfill: false },
    sourcemap: false,
    // One bundle read from the local disk (cases and templates are data); size warnings meant for the web do not apply.
    chunkSizeWarningLimit: 4000,
  },
  server: { strictPort: false },
});
