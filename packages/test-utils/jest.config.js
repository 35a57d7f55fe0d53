'use strict';

/** @type {import('jest').Config} */
module.exports = {
  ...require('../../jest.preset.js'),
  // Other packages use the built entry points instead:
  //   globalSetup: require.resolve('@x/test-utils/jest-global-setup'),
  //   globalTeardown: require.resolve('@x/test-utils/jest-global-teardown'),
  globalSetup: '<rootDir>/src/jest-global-setup.ts',
  globalTeardown: '<rootDir>/src/jest-global-teardown.ts',
  // The servers shared by this package's test files (tests that change a topology start their own).
  globals: { xTestServers: { standalone: true, cluster: true } },
  // Two workers: most of the time here is spent waiting on redis, not on CPU.
  maxWorkers: 2,
};
