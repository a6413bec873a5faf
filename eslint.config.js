import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The rule of direction (../shared/design/architecture.md): ui → state → worker/client → (worker) →
// engine, nothing running back up. Each layer's forbidden imports are patterns that match at any
// depth (`../../state/app-store` from src/engine/cascade/ as much as `../state/x` from src/engine/),
// checked by test/lint/boundaries.test.ts.
const layer = (name, message) => ({ group: [`**/${name}`, `**/${name}/**`], message });
const UI = layer('ui', 'nothing below the UI imports from src/ui.');
const STATE = layer('state', 'the store is reached from the UI only.');
const WORKER = layer('worker', 'the engine knows nothing of the worker around it.');
// The engine is reached at run time through the worker; anywhere else, only its types, and only
// from its public face (engine/index.ts).
const ENGINE_TYPES_ONLY = {
  // A regex: the gitignore form `**/engine` would also match every file inside the folder.
  regex: '(^|/)engine(/index)?$',
  allowTypeImports: true,
  message: 'outside the worker the engine is reached through worker/client; import its types with `import type`.',
};
const ENGINE_INSIDE = {
  regex: '(^|/)engine/(?!index$)',
  message: 'import engine types from engine/index.ts, its public face.',
};
// The UI reaches the workers through the stores in src/state; it may name their types.
const WORKER_TYPES_ONLY = { ...layer('worker', 'the UI reaches the workers through the stores in src/state.'), allowTypeImports: true };
const PACKAGES_NOT_IN_ENGINE = ['react', 'react-dom', 'react-dom/*', 'react/*', 'zustand', 'zustand/*', 'recharts', '@tanstack/*', 'comlink', 'lz-string'];
const restrict = (...patterns) => ['error', { patterns }];
// src/shared: tiny pure helpers every layer may import, value imports included (formatPath: the
// engine prints error paths with it, the page builds field paths with it). It may import only from
// its own folder: no package, no other folder of src, so importing it never pulls a layer along.
const SHARED_IMPORTS_NOTHING = [
  { regex: '^\\.\\./', message: 'src/shared imports nothing outside its folder: every layer imports it.' },
  { regex: '^[^.]', message: 'src/shared imports no package: it is plain TypeScript every layer may load.' },
];

// Browser globals the engine must not touch: it takes plain data and runs in Node as well.
const DOM_GLOBALS = ['window', 'document', 'self', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB',
  'fetch', 'XMLHttpRequest', 'Worker', 'postMessage', 'requestAnimationFrame', 'getComputedStyle', 'alert', 'HTMLElement',
  'Element', 'Blob', 'URL'].map((name) => ({ name, message: 'the engine is pure: no DOM, no browser API.' }));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The engine is pure: no React, no store, no worker glue, no DOM, no clock, no unseeded randomness.
    files: ['src/engine/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [], patterns: [
        { group: PACKAGES_NOT_IN_ENGINE, message: 'the engine is pure TypeScript: no UI, store or worker library.' },
        UI, STATE, WORKER,
      ] }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'randomness comes from a seeded generator (engine/random).' },
        { object: 'Date', property: 'now', message: 'time comes from `asOf`, not the clock.' }],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(...SHARED_IMPORTS_NOTHING),
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'shared code is pure: no unseeded randomness.' },
        { object: 'Date', property: 'now', message: 'shared code is pure: no clock.' }],
    },
  },
  {
    files: ['src/worker/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(UI, STATE) },
  },
  {
    files: ['src/state/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(UI, ENGINE_TYPES_ONLY, ENGINE_INSIDE) },
  },
  {
    files: ['src/ui/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(ENGINE_TYPES_ONLY, ENGINE_INSIDE, WORKER_TYPES_ONLY) },
  },
);
