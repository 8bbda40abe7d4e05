import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { defineConfig } from 'vite';
import phoneNamespaces from './src/i18n/phone-namespaces.json' with { type: 'json' };

/**
 * React Router's build without its development warnings: the package resolves to that one under every condition a
 * bundler sets, and the two differ only in the warnings (ENABLE_DEV_WARNINGS), which a participant's phone need not download.
 */
const reactRouterProduction = resolve(dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist/production/index.mjs');

/**
 * The build's file for a catalogue module: `…/i18n/es/participant.json` goes
 * to `i18n-es-phone` (what a participant's phone loads), a staff screen's to
 * `i18n-es-staff`; any other module to none (src/i18n/catalogue-groups.ts).
 */
function catalogueChunk(moduleId: string): string | null {
  const match = /[\\/]i18n[\\/]([a-z]{2})[\\/]([a-z-]+)\.json$/.exec(moduleId);
  if (!match) return null;
  return `i18n-${match[1]}-${phoneNamespaces.includes(match[2]) ? 'phone' : 'staff'}`;
}

/**
 * The browser application, built into dist/web, which the API serves at `/`.
 * `vite` on its own (npm run web:dev) serves it with the API proxied from :3000.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  publicDir: resolve(import.meta.dirname, 'public'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  resolve: {
    // Preact's compatibility layer stands in for React and React DOM in the whole application (one code path): the same
    // components, hooks, React Router, React Query and react-i18next, for about 5 KB of gzipped script instead of 60, so
    // a participant's first load fits a prepaid phone on a slow network (bench/phone-weight.bench.ts). The source still
    // imports `react` and is type-checked against React's types; only the build resolves it here.
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
      { find: /^react-router$/, replacement: reactRouterProduction },
    ],
  },
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
      // The catalogues in one file per language and audience (catalogue-groups.ts), loaded on demand.
      output: { codeSplitting: { groups: [{ name: (moduleId: string) => catalogueChunk(moduleId), debugName: 'catalogues' }] } },
      // React Query marks its modules "use client" for server-component bundlers; a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        // React Router looks up React 19's `use` and `useOptimistic` and does without them when absent, as under Preact
        // (they serve server components and optimistic navigation state, which this application has none of).
        if (warning.code === 'IMPORT_IS_UNDEFINED' && /`(use|useOptimistic)`/.test(warning.message) && /react-router/.test(warning.id ?? warning.message)) return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' },
  },
});
