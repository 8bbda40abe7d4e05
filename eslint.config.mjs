import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', 'apps/web/dist/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Apps and libraries talk to the outside only through the config module.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through AppConfig (libs/core/src/config).' }],
    },
  },
  {
    // Entry points, tooling and tests may read the environment; the config loader is where apps do.
    files: ['libs/core/src/config/**', 'tools/**', 'test/**', 'bench/**', '**/main.ts', '**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '*.js', '*.mjs'],
    rules: { 'no-restricted-properties': 'off' },
  },
  { files: ['*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    // The browser application: browser globals, and the rules of hooks.
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The browser speaks the API's contract (src/api/schema.ts, generated from its OpenAPI document), never the server's code.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@app(/|$)|(^|/)libs(/|$)',
              message: 'The web application imports nothing from libs/: use the types and value lists generated from the OpenAPI document (src/api/schema.ts, `npm run api:types`).',
            },
          ],
        },
      ],
    },
  },
);
