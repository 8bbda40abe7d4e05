import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The browser application, built into dist/web, which the API serves at `/`.
 * `vite` on its own (npm run web:dev) serves it with the API proxied from :3000.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  publicDir: resolve(import.meta.dirname, 'public'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: resolve(import.meta.dirname, '../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    // No module-preload polyfill: every browser the courts use supports <link rel="modulepreload">, and the
    // polyfill must never become an inline script (the content security policy allows scripts from files only).
    modulePreload: { polyfill: false },
    // One court's screens are small; a single vendor chunk keeps the phone view to few requests.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // React Query marks its modules "use client" for server-component bundlers; a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' },
  },
});
