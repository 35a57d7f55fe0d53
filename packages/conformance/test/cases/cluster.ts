import { sharedCluster } from '@x/test-utils';
import type { Case } from '../support/cases';
import { firstLine, structure } from '../support/reply-shape';

/** node-redis's cluster commands (its `COMMANDS` of Redis's `cluster` group), upper-case. */
export const CLUSTER_COMMAND_NAMES = [
  'ASKING', 'CLUSTER_ADDSLOTS', 'CLUSTER_ADDSLOTSRANGE', 'CLUSTER_BUMPEPOCH', 'CLUSTER_COUNT-FAILURE-REPORTS',
  'CLUSTER_COUNTKEYSINSLOT', 'CLUSTER_DELSLOTS', 'CLUSTER_DELSLOTSRANGE', 'CLUSTER_FAILOVER', 'CLUSTER_FLUSHSLOTS',
  'CLUSTER_FORGET', 'CLUSTER_GETKEYSINSLOT', 'CLUSTER_INFO', 'CLUSTER_KEYSLOT', 'CLUSTER_LINKS', 'CLUSTER_MEET',
  'CLUSTER_MYID', 'CLUSTER_MYSHARDID', 'CLUSTER_NODES', 'CLUSTER_REPLICAS', 'CLUSTER_REPLICATE', 'CLUSTER_RESET',
  'CLUSTER_SAVECONFIG', 'CLUSTER_SET-CONFIG-EPOCH', 'CLUSTER_SETSLOT', 'CLUSTER_SLOTS', 'READONLY',
] as const;

/**
 * Commands that change the shared cluster's topology: live on the standalone server only, where the
 * server refuses them ("cluster support disabled") — the arguments are compared with node-redis's
 * either way; `cluster-admin.test.ts` runs CLUSTER SETSLOT on a cluster of its own.
 */
const standaloneOnly = { targets: ['client'], mappings: false } as const;
const aMasterId = () => sharedCluster().masters()[0]!.id;

export const clusterCases: Case[] = [
  { method: 'asking', args: [] },
  { method: 'ASKING', args: [] },
  { method: 'clusterAddSlots', args: [16000], ...standaloneOnly },
  { method: 'CLUSTER_ADDSLOTS', args: [[16000, 16001]], ...standaloneOnly },
  { method: 'clusterAddSlotsRange', args: [{ start: 16000, end: 16010 }], ...standaloneOnly },
  { method: 'CLUSTER_ADDSLOTSRANGE', args: [[{ start: 1, end: 2 }, { start: 16000, end: 16010 }]], ...standaloneOnly },
  { method: 'clusterBumpEpoch', args: [], ...standaloneOnly },
  { method: 'CLUSTER_BUMPEPOCH', args: [], ...standaloneOnly },
  { method: 'clusterCountFailureReports', args: () => [aMasterId()] },
  { method: 'CLUSTER_COUNT-FAILURE-REPORTS', args: ['0000000000000000000000000000000000000000'] },
  { method: 'clusterCountKeysInSlot', args: [7000] },
  { method: 'CLUSTER_COUNTKEYSINSLOT', args: [0] },
  { method: 'clusterDelSlots', args: [16000], ...standaloneOnly },
  { method: 'CLUSTER_DELSLOTS', args: [[16000, 16001]], ...standaloneOnly },
  { method: 'clusterDelSlotsRange', args: [{ start: 16000, end: 16010 }], ...standaloneOnly },
  { method: 'CLUSTER_DELSLOTSRANGE', args: [[{ start: 1, end: 2 }, { start: 3, end: 4 }]], ...standaloneOnly },
  { method: 'clusterFailover', args: [], ...standaloneOnly },
  { method: 'CLUSTER_FAILOVER', args: [{ mode: 'FORCE' }], ...standaloneOnly },
  { method: 'clusterFailover', name: 'TAKEOVER', args: [{ mode: 'TAKEOVER' }], ...standaloneOnly },
  { method: 'clusterFlushSlots', args: [], ...standaloneOnly },
  { method: 'CLUSTER_FLUSHSLOTS', args: [], ...standaloneOnly },
  { method: 'clusterForget', args: ['0000000000000000000000000000000000000000'], ...standaloneOnly },
  { method: 'CLUSTER_FORGET', args: ['0000000000000000000000000000000000000000'], ...standaloneOnly },
  { method: 'clusterGetKeysInSlot', args: [7000, 10] },
  { method: 'CLUSTER_GETKEYSINSLOT', args: [0, 1] },
  { method: 'clusterInfo', args: [], normalize: firstLine },
  { method: 'CLUSTER_INFO', args: [], normalize: firstLine },
  { method: 'clusterKeySlot', args: ['{c}k'] },
  { method: 'CLUSTER_KEYSLOT', args: ['somekey'] },
  { method: 'clusterLinks', args: [], normalize: structure },
  { method: 'CLUSTER_LINKS', args: [], normalize: structure },
  {
    method: 'clusterLinks',
    name: 'sample replies',
    args: [],
    unitOnly: {
      reason: 'transform on fixed links (the live ones have times and buffer sizes)',
      replies: {
        2: () => [['direction', 'to', 'node', '8149d745fa551e40764fecaf7cab9dbdf6b659ae', 'create-time', 1639442739375, 'events', 'rw', 'send-buffer-allocated', 4512, 'send-buffer-used', 0]],
        3: () => [{ direction: 'from', node: '8149d745fa551e40764fecaf7cab9dbdf6b659ae', 'create-time': 1639442739411, events: 'r', 'send-buffer-allocated': 0, 'send-buffer-used': 0 }],
      },
    },
  },
  { method: 'clusterMeet', args: ['127.0.0.1', 1], ...standaloneOnly },
  { method: 'CLUSTER_MEET', args: ['127.0.0.1', 1], ...standaloneOnly },
  { method: 'clusterMyId', args: [], normalize: structure },
  { method: 'CLUSTER_MYID', args: [], normalize: structure },
  { method: 'clusterMyShardId', args: [], unitOnly: { reason: 'Redis 7.2+ (CLUSTER MYSHARDID); the servers here are 7.0', replies: { 2: () => 'a0c7f3c1ee46d1cf5bd0f9a8b2ab0e0e1b6dc3f7', 3: () => 'a0c7f3c1ee46d1cf5bd0f9a8b2ab0e0e1b6dc3f7' } } },
  { method: 'CLUSTER_MYSHARDID', args: [], unitOnly: { reason: 'Redis 7.2+ (CLUSTER MYSHARDID)' } },
  { method: 'clusterNodes', args: [], normalize: structure },
  { method: 'CLUSTER_NODES', args: [], normalize: structure },
  { method: 'clusterReplicas', args: () => [aMasterId()], normalize: structure },
  { method: 'CLUSTER_REPLICAS', args: ['0000000000000000000000000000000000000000'] },
  { method: 'clusterReplicate', args: ['0000000000000000000000000000000000000000'], ...standaloneOnly },
  { method: 'CLUSTER_REPLICATE', args: ['0000000000000000000000000000000000000000'], ...standaloneOnly },
  { method: 'clusterReset', args: [], ...standaloneOnly },
  { method: 'CLUSTER_RESET', args: [{ mode: 'HARD' }], ...standaloneOnly },
  { method: 'clusterReset', name: 'SOFT', args: [{ mode: 'SOFT' }], ...standaloneOnly },
  { method: 'clusterSaveConfig', args: [] },
  { method: 'CLUSTER_SAVECONFIG', args: [] },
  { method: 'clusterSetConfigEpoch', args: [1], ...standaloneOnly },
  { method: 'CLUSTER_SET-CONFIG-EPOCH', args: [1], ...standaloneOnly },
  { method: 'clusterSetSlot', args: () => [16000, 'IMPORTING', aMasterId()], ...standaloneOnly },
  { method: 'CLUSTER_SETSLOT', args: [16000, 'STABLE'], ...standaloneOnly },
  { method: 'clusterSetSlot', name: 'MIGRATING', args: () => [16000, 'MIGRATING', aMasterId()], ...standaloneOnly },
  { method: 'clusterSetSlot', name: 'NODE', args: () => [16000, 'NODE', aMasterId()], ...standaloneOnly },
  { method: 'clusterSlots', args: [] },
  { method: 'CLUSTER_SLOTS', args: [] },
  {
    method: 'clusterSlots',
    name: 'sample replies (a replica, a hostname field)',
    args: [],
    unitOnly: {
      reason: 'transform on the docs\u2019 reply',
      replies: {
        2: () => [[0, 5460, ['127.0.0.1', 30001, '09dbe9720cda62f7865eabc5fd8857c5d2678366', []], ['127.0.0.1', 30004, '821d8ca00d7ccf931ed3ffc7e3db0599d2271abf', []]]],
        3: () => [[5461, 10922, ['127.0.0.1', 30002, 'c9d93d9f2c0c524ff34cc11838c2003d8c29e013', { hostname: 'h' }]]],
      },
    },
  },
  { method: 'readonly', args: [] },
  { method: 'READONLY', args: [] },

  // ---- in a transaction ----
  { method: 'multi', name: 'CLUSTER SLOTS, CLUSTER KEYSLOT', args: [], multi: [{ method: 'clusterKeySlot', args: ['{c}k'] }, { method: 'clusterSlots', args: [] }] },
];
