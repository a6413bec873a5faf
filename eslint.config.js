import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
    // The engine is pure: no React, no store, no worker glue, no DOM.
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'zustand', 'recharts', '@tanstack/*', 'comlink', '../ui/*', '../state/*', '../worker/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'self'],
    },
  },
);
