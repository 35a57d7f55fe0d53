// Shared jest settings for every package: TypeScript through swc (fast start; types are checked by
// `tsc` in `pnpm lint`, not here), tests beside the source (`*.test.ts`) or under `test/`.
'use strict';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // A test must never hang CI: each waits for events with its own bounded timeout.
  testTimeout: 30_000,
  // Locally, a handle left open makes jest say so and wait (a leak to fix). In CI a failing test
  // that could not close its connections must not turn into a hang until the job's time limit.
  forceExit: process.env.CI === 'true',
};
