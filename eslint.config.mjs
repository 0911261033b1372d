// ESLint flat config. The dependency rule of STYLE.md is enforced here: src/domain stays
// free of hosts (React, Fluent UI, ExcelJS, Office), like excalidraw keeps its core packages.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const officeJsRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((config) => Object.entries(config.rules ?? {})).filter(([name]) => name.startsWith('office-addins/')),
);

const hostImports = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/domain is host-free: no React.' },
    { group: ['@fluentui/*'], message: 'src/domain is host-free: no Fluent UI.' },
    { group: ['exceljs'], message: 'src/domain is host-free: ExcelJS belongs in src/workbook/exceljs.' },
    { group: ['**/workbook/**', '**/taskpane/**', '**/cli/**'], message: 'src/domain must not reach the adapters or hosts.' },
    { group: ['fs', 'node:*', 'path', 'os', 'child_process'], message: 'src/domain is host-free: no Node APIs.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', 'out/', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', hostImports],
      'no-restricted-globals': ['error', { name: 'Excel', message: 'src/domain is host-free.' }, { name: 'Office', message: 'src/domain is host-free.' }, { name: 'document', message: 'src/domain is host-free.' }, { name: 'window', message: 'src/domain is host-free.' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/workbook/officejs/**/*.ts', 'src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    // Microsoft's Office.js rules (load before read, no sync in loops), taken from the
    // plugin's recommended flat config without its formatting rules.
    rules: { ...officeJsRules, 'no-console': 'error' },
  },
);
