/**
 * Two projects: `unit` is the tests beside the code (src/**, fast; `npm run test:unit`),
 * `integration` is everything under test/ (pipeline, CLI binary, scipy oracle, lint fences,
 * manifest, the pane in headless Chromium). `npm test` runs both.
 */
const shared = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: { isolatedModules: true, jsx: 'react-jsx', module: 'commonjs', esModuleInterop: true, resolveJsonModule: true } },
    ],
  },
  setupFilesAfterEnv: ['<rootDir>/test/setup/failOnConsole.ts'],
  testTimeout: 120000,
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/src'] },
    { ...shared, displayName: 'integration', roots: ['<rootDir>/test'] },
  ],
};
