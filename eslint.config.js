// Lint rules for the whole repository: typescript-eslint everywhere,
// React hooks and jsx-a11y for the browser code under src/.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { typeImportsCountParser } from './config/eslint/type-imports-count-parser.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'build-prerender',
      'coverage',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Browser code must never reach into the Node side (secrets, proxy, fake API).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // (Emotion's server renderer is the build-time prerender's, src/prerender/.)
            {
              group: ['**/server/**', '!@emotion/server/**'],
              message: 'server/ is Node-only code.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.configs.recommended },
  {
    files: ['server/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.{js,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The Node side reaches browser code only through the contract both sides share.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)src/(?!provisioning/contract/)',
              message: 'server/ imports from src/ only through src/provisioning/contract/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Imports run one way: no cycles, type-only imports and import() included.
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts'],
    languageOptions: { parser: typeImportsCountParser },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
