// The hand-tuned server commands (group `server` of COMMAND DOCS), under node-redis's spellings and x's
// (`CONFIG_RESETASTAT` is node-redis's, `CONFIG_RESETSTAT` x's). BACKUP, BLESS and HOTKEYS (Redis 8+,
// unknown to the 7.0 servers here) sit here too: no other group has them.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import ACL_CAT from '../acl-cat';
import ACL_DELUSER from '../acl-deluser';
import ACL_DRYRUN from '../acl-dryrun';
import ACL_GENPASS from '../acl-genpass';
import ACL_GETUSER from '../acl-getuser';
import ACL_LIST from '../acl-list';
import ACL_LOAD from '../acl-load';
import ACL_LOG from '../acl-log';
import ACL_LOG_RESET from '../acl-log-reset';
import ACL_SAVE from '../acl-save';
import ACL_SETUSER from '../acl-setuser';
import ACL_USERS from '../acl-users';
import ACL_WHOAMI from '../acl-whoami';
import BACKUP_ABORT from '../backup-abort';
import BACKUP_CLEANUP from '../backup-cleanup';
import BACKUP_LIST from '../backup-list';
import BACKUP_SEAL from '../backup-seal';
import BACKUP_START from '../backup-start';
import BACKUP_STATUS from '../backup-status';
import BGREWRITEAOF from '../bgrewriteaof';
import BGSAVE from '../bgsave';
import BLESS_CLEAR from '../bless-clear';
import BLESS_GET from '../bless-get';
import BLESS_SCAN from '../bless-scan';
import BLESS_SET from '../bless-set';
import COMMAND from '../command';
import COMMAND_COUNT from '../command-count';
import COMMAND_DOCS from '../command-docs';
import COMMAND_GETKEYS from '../command-getkeys';
import COMMAND_GETKEYSANDFLAGS from '../command-getkeysandflags';
import COMMAND_INFO from '../command-info';
import COMMAND_LIST from '../command-list';
import CONFIG_GET from '../config-get';
import CONFIG_RESETSTAT from '../config-resetstat';
import CONFIG_REWRITE from '../config-rewrite';
import CONFIG_SET from '../config-set';
import DBSIZE from '../dbsize';
import FLUSHALL from '../flushall';
import FLUSHDB from '../flushdb';
import HOTKEYS_GET from '../hotkeys-get';
import HOTKEYS_RESET from '../hotkeys-reset';
import HOTKEYS_START from '../hotkeys-start';
import HOTKEYS_STOP from '../hotkeys-stop';
import INFO from '../info';
import LASTSAVE from '../lastsave';
import LATENCY_DOCTOR from '../latency-doctor';
import LATENCY_GRAPH from '../latency-graph';
import LATENCY_HISTOGRAM from '../latency-histogram';
import LATENCY_HISTORY from '../latency-history';
import LATENCY_LATEST from '../latency-latest';
import LATENCY_RESET from '../latency-reset';
import LOLWUT from '../lolwut';
import MEMORY_DOCTOR from '../memory-doctor';
import MEMORY_MALLOC_STATS from '../memory-malloc-stats';
import MEMORY_PURGE from '../memory-purge';
import MEMORY_STATS from '../memory-stats';
import MEMORY_USAGE from '../memory-usage';
import MODULE_LIST from '../module-list';
import MODULE_LOAD from '../module-load';
import MODULE_UNLOAD from '../module-unload';
import REPLICAOF from '../replicaof';
import RESTORE_ASKING from '../restore-asking';
import ROLE from '../role';
import SWAPDB from '../swapdb';
import TIME from '../time';

export const SERVER_COMMANDS = {
  ACL_CAT: ACL_CAT,
  ACL_DELUSER: ACL_DELUSER,
  ACL_DRYRUN: ACL_DRYRUN,
  ACL_GENPASS: ACL_GENPASS,
  ACL_GETUSER: ACL_GETUSER,
  ACL_LIST: ACL_LIST,
  ACL_LOAD: ACL_LOAD,
  ACL_LOG: ACL_LOG,
  ACL_LOG_RESET: ACL_LOG_RESET,
  ACL_SAVE: ACL_SAVE,
  ACL_SETUSER: ACL_SETUSER,
  ACL_USERS: ACL_USERS,
  ACL_WHOAMI: ACL_WHOAMI,
  BACKUP_ABORT: BACKUP_ABORT,
  BACKUP_CLEANUP: BACKUP_CLEANUP,
  BACKUP_LIST: BACKUP_LIST,
  BACKUP_SEAL: BACKUP_SEAL,
  BACKUP_START: BACKUP_START,
  BACKUP_STATUS: BACKUP_STATUS,
  BGREWRITEAOF: BGREWRITEAOF,
  BGSAVE: BGSAVE,
  BLESS_CLEAR: BLESS_CLEAR,
  BLESS_GET: BLESS_GET,
  BLESS_SCAN: BLESS_SCAN,
  BLESS_SET: BLESS_SET,
  COMMAND: COMMAND,
  COMMAND_COUNT: COMMAND_COUNT,
  COMMAND_DOCS: COMMAND_DOCS,
  COMMAND_GETKEYS: COMMAND_GETKEYS,
  COMMAND_GETKEYSANDFLAGS: COMMAND_GETKEYSANDFLAGS,
  COMMAND_INFO: COMMAND_INFO,
  COMMAND_LIST: COMMAND_LIST,
  CONFIG_GET: CONFIG_GET,
  CONFIG_RESETASTAT: CONFIG_RESETSTAT,
  CONFIG_RESETSTAT: CONFIG_RESETSTAT,
  CONFIG_REWRITE: CONFIG_REWRITE,
  CONFIG_SET: CONFIG_SET,
  DBSIZE: DBSIZE,
  FLUSHALL: FLUSHALL,
  FLUSHDB: FLUSHDB,
  HOTKEYS_GET: HOTKEYS_GET,
  HOTKEYS_RESET: HOTKEYS_RESET,
  HOTKEYS_START: HOTKEYS_START,
  HOTKEYS_STOP: HOTKEYS_STOP,
  INFO: INFO,
  LASTSAVE: LASTSAVE,
  LATENCY_DOCTOR: LATENCY_DOCTOR,
  LATENCY_GRAPH: LATENCY_GRAPH,
  LATENCY_HISTOGRAM: LATENCY_HISTOGRAM,
  LATENCY_HISTORY: LATENCY_HISTORY,
  LATENCY_LATEST: LATENCY_LATEST,
  LATENCY_RESET: LATENCY_RESET,
  LOLWUT: LOLWUT,
  MEMORY_DOCTOR: MEMORY_DOCTOR,
  'MEMORY_MALLOC-STATS': MEMORY_MALLOC_STATS,
  MEMORY_MALLOC_STATS: MEMORY_MALLOC_STATS,
  MEMORY_PURGE: MEMORY_PURGE,
  MEMORY_STATS: MEMORY_STATS,
  MEMORY_USAGE: MEMORY_USAGE,
  MODULE_LIST: MODULE_LIST,
  MODULE_LOAD: MODULE_LOAD,
  MODULE_UNLOAD: MODULE_UNLOAD,
  REPLICAOF: REPLICAOF,
  'RESTORE-ASKING': RESTORE_ASKING,
  RESTORE_ASKING: RESTORE_ASKING,
  ROLE: ROLE,
  SWAPDB: SWAPDB,
  TIME: TIME,
  aclCat: ACL_CAT,
  aclDelUser: ACL_DELUSER,
  aclDryRun: ACL_DRYRUN,
  aclGenPass: ACL_GENPASS,
  aclGetUser: ACL_GETUSER,
  aclList: ACL_LIST,
  aclLoad: ACL_LOAD,
  aclLog: ACL_LOG,
  aclLogReset: ACL_LOG_RESET,
  aclSave: ACL_SAVE,
  aclSetUser: ACL_SETUSER,
  aclUsers: ACL_USERS,
  aclWhoAmI: ACL_WHOAMI,
  backupAbort: BACKUP_ABORT,
  backupCleanup: BACKUP_CLEANUP,
  backupList: BACKUP_LIST,
  backupSeal: BACKUP_SEAL,
  backupStart: BACKUP_START,
  backupStatus: BACKUP_STATUS,
  bgRewriteAof: BGREWRITEAOF,
  bgSave: BGSAVE,
  blessClear: BLESS_CLEAR,
  blessGet: BLESS_GET,
  blessScan: BLESS_SCAN,
  blessSet: BLESS_SET,
  command: COMMAND,
  commandCount: COMMAND_COUNT,
  commandDocs: COMMAND_DOCS,
  commandGetKeys: COMMAND_GETKEYS,
  commandGetKeysAndFlags: COMMAND_GETKEYSANDFLAGS,
  commandInfo: COMMAND_INFO,
  commandList: COMMAND_LIST,
  configGet: CONFIG_GET,
  configResetStat: CONFIG_RESETSTAT,
  configRewrite: CONFIG_REWRITE,
  configSet: CONFIG_SET,
  dbSize: DBSIZE,
  flushAll: FLUSHALL,
  flushDb: FLUSHDB,
  hotkeysGet: HOTKEYS_GET,
  hotkeysReset: HOTKEYS_RESET,
  hotkeysStart: HOTKEYS_START,
  hotkeysStop: HOTKEYS_STOP,
  info: INFO,
  lastSave: LASTSAVE,
  latencyDoctor: LATENCY_DOCTOR,
  latencyGraph: LATENCY_GRAPH,
  latencyHistogram: LATENCY_HISTOGRAM,
  latencyHistory: LATENCY_HISTORY,
  latencyLatest: LATENCY_LATEST,
  latencyReset: LATENCY_RESET,
  lolwut: LOLWUT,
  memoryDoctor: MEMORY_DOCTOR,
  memoryMallocStats: MEMORY_MALLOC_STATS,
  memoryPurge: MEMORY_PURGE,
  memoryStats: MEMORY_STATS,
  memoryUsage: MEMORY_USAGE,
  moduleList: MODULE_LIST,
  moduleLoad: MODULE_LOAD,
  moduleUnload: MODULE_UNLOAD,
  replicaOf: REPLICAOF,
  restoreAsking: RESTORE_ASKING,
  role: ROLE,
  swapDb: SWAPDB,
  time: TIME,
} as const;
