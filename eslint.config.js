// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The layers, as import boundaries: the core (`src/`) imports nothing else; the runtime imports the core;
 * adapters import the core and the runtime. `no-cycle` keeps every folder free of import cycles.
 */
const boundaries = [
  {
    target: './src',
    from: ['./adapters', './runtime', './bench', './scripts', './tests', './bin'],
    message: 'The core (src/) is a library: it imports no adapter, runtime, bench or test code.',
  },
  {
    target: './runtime',
    from: ['./bench', './scripts', './tests'],
    message: 'The runtime imports the core and adapters it wires, never bench, scripts or tests.',
  },
  {
    target: './adapters',
    from: ['./bench', './scripts', './tests'],
    message: 'Adapters import the core and the runtime, never bench, scripts or tests.',
  },
  {
    target: [
      './adapters/discord',
      './adapters/console',
      './adapters/cli',
      './adapters/terminal',
      './adapters/shared',
    ],
    from: './adapters/slack',
    message: 'Slack code stays in adapters/slack: share through src/ or adapters/shared.',
  },
  {
    target: [
      './adapters/slack',
      './adapters/console',
      './adapters/cli',
      './adapters/terminal',
      './adapters/shared',
    ],
    from: './adapters/discord',
    message: 'Discord code stays in adapters/discord: share through src/ or adapters/shared.',
  },
];

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', '.scratch*/', 'bench/.tmp*', 'bench/results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
