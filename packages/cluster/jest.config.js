'use strict';

/** @type {import('jest').Config} */
module.exports = {
  ...require('../../jest.preset.js'),
  globalSetup: require.resolve('@x/test-utils/jest-global-setup'),
  globalTeardown: require.resolve('@x/test-utils/jest-global-teardown'),
  // One 3-master, 3-replica cluster shared by the files that do not change the topology; files
  // that reshard, fail over or kill nodes start their own.
  globals: { xTestServers: { cluster: true, standalone: true } },
  testTimeout: 60_000,
};
