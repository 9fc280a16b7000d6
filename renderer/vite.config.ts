import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pathAliases } from '../scripts/path-aliases.ts';

/**
 * The renderer is served from `app://casework/` in the shell and from a loopback origin in the e2e harness,
 * so every URL in the build is relative. Nothing may be inlined: the CSP allows only same-origin files.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
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
