// The hand-tuned cluster commands (group `cluster` of COMMAND DOCS), under node-redis's spellings and x's
// (`CLUSTER_COUNT-FAILURE-REPORTS` is node-redis's, `CLUSTER_COUNT_FAILURE_REPORTS` x's).
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import ASKING from '../asking';
import CLUSTER_ADDSLOTS from '../cluster-addslots';
import CLUSTER_ADDSLOTSRANGE from '../cluster-addslotsrange';
import CLUSTER_BUMPEPOCH from '../cluster-bumpepoch';
import CLUSTER_COUNT_FAILURE_REPORTS from '../cluster-count-failure-reports';
import CLUSTER_COUNTKEYSINSLOT from '../cluster-countkeysinslot';
import CLUSTER_DELSLOTS from '../cluster-delslots';
import CLUSTER_DELSLOTSRANGE from '../cluster-delslotsrange';
import CLUSTER_FAILOVER from '../cluster-failover';
import CLUSTER_FLUSHSLOTS from '../cluster-flushslots';
import CLUSTER_FORGET from '../cluster-forget';
import CLUSTER_GETKEYSINSLOT from '../cluster-getkeysinslot';
import CLUSTER_INFO from '../cluster-info';
import CLUSTER_KEYSLOT from '../cluster-keyslot';
import CLUSTER_LINKS from '../cluster-links';
import CLUSTER_MEET from '../cluster-meet';
import CLUSTER_MYID from '../cluster-myid';
import CLUSTER_MYSHARDID from '../cluster-myshardid';
import CLUSTER_NODES from '../cluster-nodes';
import CLUSTER_REPLICAS from '../cluster-replicas';
import CLUSTER_REPLICATE from '../cluster-replicate';
import CLUSTER_RESET from '../cluster-reset';
import CLUSTER_SAVECONFIG from '../cluster-saveconfig';
import CLUSTER_SET_CONFIG_EPOCH from '../cluster-set-config-epoch';
import CLUSTER_SETSLOT from '../cluster-setslot';
import CLUSTER_SLOTS from '../cluster-slots';
import READONLY from '../readonly';

export const CLUSTER_COMMANDS = {
  ASKING: ASKING,
  CLUSTER_ADDSLOTS: CLUSTER_ADDSLOTS,
  CLUSTER_ADDSLOTSRANGE: CLUSTER_ADDSLOTSRANGE,
  CLUSTER_BUMPEPOCH: CLUSTER_BUMPEPOCH,
  'CLUSTER_COUNT-FAILURE-REPORTS': CLUSTER_COUNT_FAILURE_REPORTS,
  CLUSTER_COUNTKEYSINSLOT: CLUSTER_COUNTKEYSINSLOT,
  CLUSTER_COUNT_FAILURE_REPORTS: CLUSTER_COUNT_FAILURE_REPORTS,
  CLUSTER_DELSLOTS: CLUSTER_DELSLOTS,
  CLUSTER_DELSLOTSRANGE: CLUSTER_DELSLOTSRANGE,
  CLUSTER_FAILOVER: CLUSTER_FAILOVER,
  CLUSTER_FLUSHSLOTS: CLUSTER_FLUSHSLOTS,
  CLUSTER_FORGET: CLUSTER_FORGET,
  CLUSTER_GETKEYSINSLOT: CLUSTER_GETKEYSINSLOT,
  CLUSTER_INFO: CLUSTER_INFO,
  CLUSTER_KEYSLOT: CLUSTER_KEYSLOT,
  CLUSTER_LINKS: CLUSTER_LINKS,
  CLUSTER_MEET: CLUSTER_MEET,
  CLUSTER_MYID: CLUSTER_MYID,
  CLUSTER_MYSHARDID: CLUSTER_MYSHARDID,
  CLUSTER_NODES: CLUSTER_NODES,
  CLUSTER_REPLICAS: CLUSTER_REPLICAS,
  CLUSTER_REPLICATE: CLUSTER_REPLICATE,
  CLUSTER_RESET: CLUSTER_RESET,
  CLUSTER_SAVECONFIG: CLUSTER_SAVECONFIG,
  'CLUSTER_SET-CONFIG-EPOCH': CLUSTER_SET_CONFIG_EPOCH,
  CLUSTER_SETSLOT: CLUSTER_SETSLOT,
  CLUSTER_SET_CONFIG_EPOCH: CLUSTER_SET_CONFIG_EPOCH,
  CLUSTER_SLOTS: CLUSTER_SLOTS,
  READONLY: READONLY,
  asking: ASKING,
  clusterAddSlots: CLUSTER_ADDSLOTS,
  clusterAddSlotsRange: CLUSTER_ADDSLOTSRANGE,
  clusterBumpEpoch: CLUSTER_BUMPEPOCH,
  clusterCountFailureReports: CLUSTER_COUNT_FAILURE_REPORTS,
  clusterCountKeysInSlot: CLUSTER_COUNTKEYSINSLOT,
  clusterDelSlots: CLUSTER_DELSLOTS,
  clusterDelSlotsRange: CLUSTER_DELSLOTSRANGE,
  clusterFailover: CLUSTER_FAILOVER,
  clusterFlushSlots: CLUSTER_FLUSHSLOTS,
  clusterForget: CLUSTER_FORGET,
  clusterGetKeysInSlot: CLUSTER_GETKEYSINSLOT,
  clusterInfo: CLUSTER_INFO,
  clusterKeySlot: CLUSTER_KEYSLOT,
  clusterLinks: CLUSTER_LINKS,
  clusterMeet: CLUSTER_MEET,
  clusterMyId: CLUSTER_MYID,
  clusterMyShardId: CLUSTER_MYSHARDID,
  clusterNodes: CLUSTER_NODES,
  clusterReplicas: CLUSTER_REPLICAS,
  clusterReplicate: CLUSTER_REPLICATE,
  clusterReset: CLUSTER_RESET,
  clusterSaveConfig: CLUSTER_SAVECONFIG,
  clusterSetConfigEpoch: CLUSTER_SET_CONFIG_EPOCH,
  clusterSetSlot: CLUSTER_SETSLOT,
  clusterSlots: CLUSTER_SLOTS,
  readonly: READONLY,
} as const;
