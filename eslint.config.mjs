// ESLint flat config. The dependency rule of ARCHITECTURE.md ("Layers") is enforced here: src/domain stays
// free of hosts (React, Fluent UI, ExcelJS, Office), like excalidraw keeps its core packages.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import importX from 'eslint-plugin-import-x';

const officeJsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith('office-addins/')),
);

// The engine's floors, lowest first. A floor may import the floors below it, never one
// above: the model is the ground floor, the solver knows nothing of HR, the pipeline is
// the roof. `layerZones` turns this list into import-x zones (one per floor).
const FLOORS = [['model'], ['input', 'solver'], ['rules'], ['needs'], ['scoring'], ['plan'], ['fairness', 'explain'], ['output']];
const ROOF = [
  './src/domain/pipeline.ts',
  './src/domain/pipelineSummaries.ts',
  './src/domain/pipelineTypes.ts',
  './src/domain/review.ts',
  './src/domain/decree.ts',
  './src/domain/evaluation.ts',
];
const domain = (folder) => `./src/domain/${folder}`;

function layerZones() {
  const zones = [];
  FLOORS.forEach((floor, level) => {
    const above = FLOORS.slice(level + 1)
      .flat()
      .map(domain);
    for (const folder of floor) {
      // Rooms on the same floor do not import each other either (input and solver, fairness and explain).
      const siblings = floor.filter((other) => other !== folder).map(domain);
      zones.push({
        target: domain(folder),
        from: [...above, ...siblings, ...ROOF],
        message: `src/domain/${folder} may import only the floors below it (see ARCHITECTURE.md).`,
      });
    }
  });
  const hosts = ['./src/sample', './src/workbook', './src/taskpane', './src/cli', './src/commands'];
  zones.push({
    target: './src/domain',
    from: [...hosts, './test', './bench'],
    message: 'The engine imports no host, sample or test code.',
  });
  zones.push({
    target: './src/sample',
    from: ['./src/workbook', './src/taskpane', './src/cli', './test'],
    message: 'The sample generator builds on the engine only.',
  });
  zones.push({
    target: './src/workbook',
    from: ['./src/taskpane', './src/cli', './test'],
    message: 'The workbook adapters serve the hosts; they do not import them.',
  });
  zones.push({ target: './src', from: ['./test', './bench'], message: 'Production code never imports test support or benchmarks.' });
  return zones;
}

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
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    // Tests beside the code may use test support; the fence is for production code.
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      // Without these import-x parses only .js files when it follows imports, and
      // no-cycle silently finds nothing in TypeScript (test/lint/layers.test.ts proves it works).
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones() }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', hostImports],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'src/domain is host-free.' },
        { name: 'Office', message: 'src/domain is host-free.' },
        { name: 'document', message: 'src/domain is host-free.' },
        { name: 'window', message: 'src/domain is host-free.' },
      ],
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
