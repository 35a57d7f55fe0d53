'use strict';

/** @type {import('jest').Config} */
module.exports = {
  ...require('../../jest.preset.js'),
  globalSetup: require.resolve('@x/test-utils/jest-global-setup'),
  globalTeardown: require.resolve('@x/test-utils/jest-global-teardown'),
  // One standalone server and one 3-master, 3-replica cluster shared by every file: the differential
  // cases only read and write their own keys.
  globals: { xTestServers: { cluster: true, standalone: true } },
  testTimeout: 120_000,
  // Cases empty the keyspace of the shared servers between runs: one file at a time.
  maxWorkers: 1,
};
