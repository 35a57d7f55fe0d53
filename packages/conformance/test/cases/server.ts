import type { Case } from '../support/cases';
import { commandsByName, entriesInOrder, firstLine, histogramShape, sorted, structure } from '../support/reply-shape';

/** node-redis's server commands (its `COMMANDS` of Redis's `server` group), upper-case. */
export const SERVER_COMMAND_NAMES = [
  'ACL_CAT', 'ACL_DELUSER', 'ACL_DRYRUN', 'ACL_GENPASS', 'ACL_GETUSER', 'ACL_LIST', 'ACL_LOAD', 'ACL_LOG', 'ACL_LOG_RESET',
  'ACL_SAVE', 'ACL_SETUSER', 'ACL_USERS', 'ACL_WHOAMI', 'BGREWRITEAOF', 'BGSAVE', 'COMMAND', 'COMMAND_COUNT', 'COMMAND_DOCS',
  'COMMAND_GETKEYS', 'COMMAND_GETKEYSANDFLAGS', 'COMMAND_INFO', 'COMMAND_LIST', 'CONFIG_GET', 'CONFIG_RESETASTAT',
  'CONFIG_REWRITE', 'CONFIG_SET', 'DBSIZE', 'FLUSHALL', 'FLUSHDB', 'INFO', 'LASTSAVE', 'LATENCY_DOCTOR', 'LATENCY_GRAPH',
  'LATENCY_HISTOGRAM', 'LATENCY_HISTORY', 'LATENCY_LATEST', 'LATENCY_RESET', 'LOLWUT', 'MEMORY_DOCTOR', 'MEMORY_MALLOC-STATS',
  'MEMORY_PURGE', 'MEMORY_STATS', 'MEMORY_USAGE', 'MODULE_LIST', 'MODULE_LOAD', 'MODULE_UNLOAD', 'REPLICAOF', 'RESTORE-ASKING',
  'ROLE', 'SWAPDB', 'TIME',
  // Redis 8+ families with no group of their own here (see client/src/commands/groups/server.ts).
  'BACKUP_ABORT', 'BACKUP_CLEANUP', 'BACKUP_LIST', 'BACKUP_SEAL', 'BACKUP_START', 'BACKUP_STATUS',
  'BLESS_CLEAR', 'BLESS_GET', 'BLESS_SCAN', 'BLESS_SET', 'HOTKEYS_GET', 'HOTKEYS_RESET', 'HOTKEYS_START', 'HOTKEYS_STOP',
] as const;

const USER = 'cmdd-user';
const dropUser = { teardown: [['ACL', 'DELUSER', USER]] };
/** COMMAND LIST: the order is each server's hash order; compare by content. */
const byName = (reply: unknown) => sorted(reply);
/** `COMMAND` is large: compared under no mapping and the two that reshape it. */
const fewMappings = ['maps', 'buffers'] as const;

/** A flat ACL LOG entry (RESP2), as the docs show it. */
const aclLogEntry2 = () => [
  'count', 1, 'reason', 'auth', 'context', 'toplevel', 'object', 'AUTH', 'username', 'someuser', 'age-seconds', '4.0960000000000001',
  'client-info', 'id=6 addr=127.0.0.1:63026 laddr=127.0.0.1:6379 fd=8 name= age=9 idle=0 flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=48 qbuf-free=16842 argv-mem=25 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=0 omem=0 tot-mem=18737 events=r cmd=auth user=default redir=-1 resp=2',
  'entry-id', 0, 'timestamp-created', 1675361492408, 'timestamp-last-updated', 1675361492408,
];
const aclLogEntry3 = () => ({
  count: 1, reason: 'auth', context: 'toplevel', object: 'AUTH', username: 'someuser', 'age-seconds': 4.096,
  'client-info': 'id=6 addr=127.0.0.1:63026 fd=8 name= age=9 idle=0 flags=N db=0 cmd=auth user=default', 'entry-id': 0,
  'timestamp-created': 1675361492408, 'timestamp-last-updated': 1675361492408,
});

export const serverCases: Case[] = [
  // ---- ACL ----
  { method: 'aclCat', args: [] },
  { method: 'ACL_CAT', args: ['dangerous'], normalize: byName },
  { method: 'aclDelUser', args: ['cmdd-nosuch'] },
  {
    method: 'ACL_DELUSER',
    name: 'two users (set on every node)',
    args: [[USER, `${USER}-2`]],
    everyNode: { setup: [['ACL', 'SETUSER', USER], ['ACL', 'SETUSER', `${USER}-2`]], teardown: [['ACL', 'DELUSER', USER, `${USER}-2`]] },
  },
  { method: 'aclDryRun', args: ['default', ['GET', 'key']] },
  {
    method: 'ACL_DRYRUN',
    name: 'a user without the command',
    args: [USER, ['SET', 'key', 'v']],
    everyNode: { setup: [['ACL', 'SETUSER', USER, 'on', 'nopass', '+get', '~*']], teardown: [['ACL', 'DELUSER', USER]] },
  },
  { method: 'aclGenPass', args: [], normalize: (r) => (typeof r === 'string' ? r.length : structure(r)) },
  { method: 'ACL_GENPASS', args: [128], normalize: (r) => (typeof r === 'string' ? r.length : structure(r)) },
  { method: 'aclGetUser', args: ['default'] },
  {
    method: 'ACL_GETUSER',
    name: 'a user with a selector',
    args: [USER],
    everyNode: { setup: [['ACL', 'SETUSER', USER, 'on', '>pw', '+get', '~k*', '(+set ~s*)']], teardown: [['ACL', 'DELUSER', USER]] },
  },
  { method: 'aclGetUser', name: 'no such user', args: ['cmdd-nosuch'] },
  { method: 'aclList', args: [] },
  { method: 'ACL_LIST', name: 'with a user set on every node', args: [], everyNode: { setup: [['ACL', 'SETUSER', USER, 'on', 'nopass']], ...dropUser } },
  { method: 'aclLoad', args: [] },
  { method: 'ACL_LOAD', name: 'no ACL file: the server refuses', args: [], targets: ['client'], mappings: false },
  { method: 'aclLog', args: [], normalize: structure },
  { method: 'ACL_LOG', args: [5], normalize: structure },
  {
    method: 'aclLog',
    name: 'an entry (sample replies)',
    args: [1],
    unitOnly: { reason: "transform on the docs' entry: the shared servers' ACL log has none to read", replies: { 2: () => [aclLogEntry2()], 3: () => [aclLogEntry3()] } },
  },
  { method: 'aclLogReset', args: [] },
  { method: 'ACL_LOG_RESET', args: [] },
  { method: 'aclSave', args: [] },
  { method: 'ACL_SAVE', args: [], targets: ['client'], mappings: false },
  { method: 'aclSetUser', args: [USER, 'on'], everyNode: dropUser },
  { method: 'ACL_SETUSER', args: [USER, ['on', '>secret', '+get', '~k*']], everyNode: dropUser, after: [['ACL', 'GETUSER', USER]], targets: ['client'] },
  { method: 'aclUsers', args: [] },
  { method: 'ACL_USERS', args: [], everyNode: { setup: [['ACL', 'SETUSER', USER]], ...dropUser } },
  { method: 'aclWhoAmI', args: [] },
  { method: 'ACL_WHOAMI', args: [] },

  // ---- persistence ----
  { method: 'bgRewriteAof', args: [], unitOnly: { reason: "forks a background rewrite on the shared server: two runs back to back race with each other's child", replies: { 2: () => 'Background append only file rewriting started', 3: () => 'Background append only file rewriting started' } } },
  { method: 'BGREWRITEAOF', args: [], unitOnly: { reason: 'as bgRewriteAof' } },
  { method: 'bgSave', args: [], unitOnly: { reason: "forks a background save on the shared server: two runs back to back race ('already in progress')", replies: { 2: () => 'Background saving started', 3: () => 'Background saving started' } } },
  { method: 'BGSAVE', args: [{ SCHEDULE: true }], unitOnly: { reason: 'as bgSave', replies: { 2: () => 'Background saving scheduled' } } },
  { method: 'lastSave', args: [], normalize: structure },
  { method: 'LASTSAVE', args: [], normalize: structure },

  // ---- COMMAND ----
  { method: 'command', args: [], normalize: commandsByName, mappings: fewMappings },
  { method: 'COMMAND', args: [], normalize: commandsByName, mappings: ['stringNumbers', 'flatMaps'], targets: ['client'], protocols: [3] },
  { method: 'commandCount', args: [] },
  { method: 'COMMAND_COUNT', args: [] },
  { method: 'commandDocs', args: ['get'] },
  { method: 'COMMAND_DOCS', args: [['set', 'get']] },
  // Subcommands come in each node's hash order: on the standalone server only.
  { method: 'commandDocs', name: 'a command with subcommands', args: [['client']], targets: ['client'] },
  { method: 'commandGetKeys', args: [['GET', 'key']] },
  { method: 'COMMAND_GETKEYS', args: [['MSET', 'a', '1', 'b', '2']] },
  { method: 'commandGetKeys', name: 'a command without keys', args: [['PING']] },
  { method: 'commandGetKeysAndFlags', args: [['SET', 'k', 'v']] },
  { method: 'COMMAND_GETKEYSANDFLAGS', args: [['LMOVE', 'a', 'b', 'LEFT', 'RIGHT']] },
  { method: 'commandInfo', args: [['get', 'nosuch', 'client']], normalize: commandsByName },
  { method: 'COMMAND_INFO', args: [['zunionstore']] },
  { method: 'commandList', args: [], normalize: byName },
  { method: 'COMMAND_LIST', args: [{ FILTERBY: { type: 'PATTERN', value: 'xa*' } }], normalize: byName },
  { method: 'commandList', name: 'by ACL category', args: [{ FILTERBY: { type: 'ACLCAT', value: 'hyperloglog' } }], normalize: byName },

  // ---- CONFIG ----
  { method: 'configGet', args: ['maxmemory'] },
  { method: 'CONFIG_GET', args: [['hz', 'maxmemory-policy']], normalize: entriesInOrder },
  { method: 'configGet', name: 'a glob', args: ['lazyfree-*'], normalize: entriesInOrder },
  { method: 'configResetStat', args: [] },
  { method: 'CONFIG_RESETASTAT', args: [] },
  { method: 'configRewrite', args: [], unitOnly: { reason: "rewrites the shared server's config file", replies: { 2: () => 'OK', 3: () => 'OK' } } },
  { method: 'CONFIG_REWRITE', args: [], unitOnly: { reason: 'as configRewrite' } },
  { method: 'configSet', args: ['hz', '11'], after: [['CONFIG', 'GET', 'hz']], everyNode: { teardown: [['CONFIG', 'SET', 'hz', '10']] } },
  {
    method: 'CONFIG_SET',
    args: [{ hz: '12', 'lazyfree-lazy-user-del': 'yes' }],
    after: [['CONFIG', 'GET', 'lazyfree-lazy-user-del']],
    everyNode: { teardown: [['CONFIG', 'SET', 'hz', '10', 'lazyfree-lazy-user-del', 'no']] },
  },
  { method: 'configSet', name: 'an unknown parameter', args: ['cmdd-nosuch', '1'] },

  // ---- keyspace-wide ----
  { method: 'dbSize', args: [], setup: [['SET', '{a}1', 'v'], ['SET', '{b}1', 'v'], ['SET', '{c}1', 'v']] },
  { method: 'DBSIZE', args: [] },
  { method: 'flushAll', args: [], setup: [['SET', '{a}1', 'v'], ['SET', '{b}1', 'v']] },
  { method: 'FLUSHALL', args: ['SYNC'], setup: [['SET', '{c}1', 'v']] },
  { method: 'flushDb', args: [], setup: [['SET', '{a}1', 'v'], ['SET', '{b}1', 'v']] },
  { method: 'FLUSHDB', args: ['ASYNC'], setup: [['SET', '{c}1', 'v']] },
  { method: 'swapDb', args: [1, 2], snapshot: true },
  { method: 'SWAPDB', args: [0, 0] },

  // ---- INFO and diagnostics ----
  { method: 'info', args: [], normalize: firstLine },
  { method: 'INFO', args: ['keyspace'], normalize: firstLine },
  { method: 'info', name: 'an unknown section', args: ['cmdd-nosuch'] },
  { method: 'latencyDoctor', args: [], normalize: structure },
  { method: 'LATENCY_DOCTOR', args: [], normalize: structure },
  { method: 'latencyGraph', args: ['command'] },
  { method: 'LATENCY_GRAPH', args: ['fork'] },
  { method: 'latencyHistogram', args: [], normalize: histogramShape },
  { method: 'LATENCY_HISTOGRAM', args: ['set', 'ping'], normalize: histogramShape },
  {
    method: 'latencyHistogram',
    name: 'two commands (sample replies)',
    args: ['set', 'get'],
    unitOnly: {
      reason: 'transform on fixed figures (the live ones change between two calls)',
      replies: {
        2: () => ['set', ['calls', 100, 'histogram_usec', [1, 99, 2, 100]], 'get', ['calls', 1, 'histogram_usec', [4, 1]]],
        3: () => ({ set: { calls: 100, histogram_usec: { 1: 99, 2: 100 } }, get: { calls: 1, histogram_usec: { 4: 1 } } }),
      },
    },
  },
  { method: 'latencyHistory', args: ['command'] },
  { method: 'LATENCY_HISTORY', args: ['fork'] },
  { method: 'latencyLatest', args: [] },
  { method: 'LATENCY_LATEST', args: [] },
  { method: 'latencyReset', args: [] },
  { method: 'LATENCY_RESET', args: ['command', 'fork'] },
  {
    method: 'latencyReset',
    name: 'a latency sample on every node',
    args: [],
    everyNode: {
      setup: [['CONFIG', 'SET', 'latency-monitor-threshold', '1'], ['DEBUG', 'SLEEP', '0.01']],
      teardown: [['LATENCY', 'RESET'], ['CONFIG', 'SET', 'latency-monitor-threshold', '0']],
    },
    mappings: false,
    difference: {
      targets: ['cluster'],
      reason:
        "x sends LATENCY RESET to every node and answers with the first node's count, as Redis 7.0's tip says (all_succeeded); node-redis 6.4 follows Redis 8's tip (agg_sum) and adds the counts up",
      check: (x, nr) => {
        if (!x.ok || x.value !== 1) throw new Error(`x: ${JSON.stringify(x)}`);
        // Summed over the nodes it reached (at least the three masters).
        if (!nr.ok || typeof nr.value !== 'number' || nr.value < 3) throw new Error(`node-redis: ${JSON.stringify(nr)}`);
      },
    },
  },
  { method: 'LOLWUT', args: [], normalize: structure },
  { method: 'LOLWUT', name: 'a version with its arguments', args: [5, 1, 2, 3], normalize: structure },
  { method: 'memoryDoctor', args: [], normalize: structure },
  { method: 'MEMORY_DOCTOR', args: [], normalize: structure },
  { method: 'memoryMallocStats', args: [], normalize: structure },
  { method: 'MEMORY_MALLOC-STATS', args: [], normalize: structure },
  { method: 'memoryPurge', args: [] },
  { method: 'MEMORY_PURGE', args: [] },
  { method: 'memoryStats', args: [], normalize: structure },
  { method: 'MEMORY_STATS', args: [], normalize: structure },
  {
    method: 'memoryStats',
    name: 'sample replies',
    args: [],
    unitOnly: {
      reason: 'transform on fixed figures (the live ones change between two calls)',
      replies: {
        2: () => ['peak.allocated', 1000, 'total.allocated', 900, 'keys.count', 0, 'dataset.percentage', '12.5', 'peak.percentage', '90', 'fragmentation', '1.5', 'allocator-rss.ratio', 'inf', 'db.0', ['overhead.hashtable.main', 72, 'overhead.hashtable.expires', 0]],
        3: () => ({ 'peak.allocated': 1000, 'dataset.percentage': 12.5, fragmentation: 1.5, 'db.0': { 'overhead.hashtable.main': 72 } }),
      },
    },
  },
  { method: 'memoryUsage', args: ['{c}k'], setup: [['SET', '{c}k', 'value']] },
  { method: 'MEMORY_USAGE', args: ['{c}h', { SAMPLES: 0 }], setup: [['HSET', '{c}h', 'a', '1', 'b', '2']] },
  { method: 'memoryUsage', name: 'a missing key', args: ['{c}missing'] },
  { method: 'moduleList', args: [] },
  { method: 'MODULE_LIST', args: [] },
  {
    method: 'moduleList',
    name: 'a loaded module (sample replies)',
    args: [],
    unitOnly: {
      reason: 'the shared servers load no module',
      replies: {
        2: () => [['name', 'search', 'ver', 21005, 'path', '/usr/lib/redis/modules/redisearch.so', 'args', []]],
        3: () => [{ name: 'search', ver: 21005, path: '/usr/lib/redis/modules/redisearch.so', args: [] }],
      },
    },
  },
  { method: 'moduleLoad', args: ['/nonexistent/module.so'], unitOnly: { reason: 'loads code into the shared server', replies: { 2: () => 'OK', 3: () => 'OK' } } },
  { method: 'MODULE_LOAD', args: ['/nonexistent/module.so', ['a', 'b']], unitOnly: { reason: 'as moduleLoad' } },
  { method: 'moduleUnload', args: ['search'], unitOnly: { reason: 'unloads code from the shared server', replies: { 2: () => 'OK', 3: () => 'OK' } } },
  { method: 'MODULE_UNLOAD', args: ['search'], unitOnly: { reason: 'as moduleUnload' } },
  { method: 'replicaOf', args: ['127.0.0.1', 6399], unitOnly: { reason: 'makes the shared server a replica', replies: { 2: () => 'OK', 3: () => 'OK' } } },
  { method: 'REPLICAOF', args: ['NO', 'ONE'], unitOnly: { reason: 'changes the shared servers\u2019 replication' } },
  { method: 'restoreAsking', args: [] },
  { method: 'RESTORE-ASKING', args: [] },
  { method: 'role', args: [], targets: ['client'], normalize: structure },
  { method: 'ROLE', args: [], targets: ['client'] },
  {
    method: 'role',
    name: 'on a cluster',
    args: [],
    targets: ['cluster'],
    difference: {
      reason:
        "node-redis sends a keyless command to any node, replicas included (in turns), x to a master: x's ROLE says master, node-redis's master or slave",
      check: (x) => {
        if (!x.ok || (x.value as { role?: unknown }).role === undefined) throw new Error(`x: ${JSON.stringify(x)}`);
        const role = String((x.value as { role: unknown }).role);
        if (role !== 'master') throw new Error(`x's ROLE on the cluster: ${role}`);
      },
    },
  },
  {
    method: 'ROLE',
    name: 'a replica and a sentinel (sample replies)',
    args: [],
    unitOnly: {
      reason: 'the shared standalone server is a master',
      replies: { 2: () => ['slave', '127.0.0.1', 6380, 'connected', 1000], 3: () => ['sentinel', ['mymaster', 'other']] },
    },
  },
  {
    method: 'role',
    name: 'a master with replicas (sample replies)',
    args: [],
    unitOnly: { reason: 'the shared standalone server has no replica', replies: { 2: () => ['master', 3129659, [['127.0.0.1', '9001', '3129242'], ['127.0.0.1', '9002', '3129543']]] } },
  },
  { method: 'time', args: [], normalize: structure },
  { method: 'TIME', args: [], normalize: structure },

  // ---- Redis 8+ families (unit only) ----
  ...['backupAbort', 'BACKUP_ABORT', 'backupCleanup', 'BACKUP_CLEANUP', 'backupSeal', 'BACKUP_SEAL', 'backupStart', 'BACKUP_START'].map(
    (method): Case => ({ method, args: [], unitOnly: { reason: 'Redis 8+ (BACKUP); the servers here are 7.0', replies: { 2: () => 'OK', 3: () => 'OK' } } }),
  ),
  ...['backupList', 'BACKUP_LIST'].map(
    (method): Case => ({ method, args: [], unitOnly: { reason: 'Redis 8+ (BACKUP)', replies: { 2: () => ['dump-1.rdb', 'incr-1.aof'], 3: () => ['dump-1.rdb'] } } }),
  ),
  ...['backupStatus', 'BACKUP_STATUS'].map(
    (method): Case => ({
      method,
      args: [],
      unitOnly: {
        reason: 'Redis 8+ (BACKUP)',
        replies: {
          2: () => ['state', 'snapshotting', 'error', '', 'start_time', 1700000000, 'end_time', 0],
          3: () => ({ state: 'sealed', error: '', start_time: 1700000000, end_time: 1700000060 }),
        },
      },
    }),
  ),
  ...['blessGet', 'BLESS_GET'].map(
    (method): Case => ({ method, args: ['{c}k'], unitOnly: { reason: 'Redis 8.12+ (BLESS)', replies: { 2: () => ['NO-EVICT'], 3: () => [] } } }),
  ),
  ...['blessSet', 'BLESS_SET', 'blessClear', 'BLESS_CLEAR'].map(
    (method): Case => ({ method, args: ['{c}k', 'NO-EVICT'], unitOnly: { reason: 'Redis 8.12+ (BLESS)', replies: { 2: () => 1, 3: () => 0 } } }),
  ),
  { method: 'blessScan', args: ['0', 'NO-EVICT'], unitOnly: { reason: 'Redis 8.12+ (BLESS)', replies: { 2: () => ['17', ['a', 'b']], 3: () => ['0', []] } } },
  { method: 'BLESS_SCAN', args: ['17', 'NO-EVICT', { COUNT: 100 }], unitOnly: { reason: 'Redis 8.12+ (BLESS)', replies: { 2: () => ['0', ['c']] } } },
  ...['hotkeysReset', 'HOTKEYS_RESET'].map((method): Case => ({ method, args: [], unitOnly: { reason: 'Redis 8+ (HOTKEYS)', replies: { 2: () => 'OK', 3: () => 'OK' } } })),
  ...['hotkeysStop', 'HOTKEYS_STOP'].map((method): Case => ({ method, args: [], unitOnly: { reason: 'Redis 8+ (HOTKEYS)', replies: { 2: () => 'OK', 3: () => null } } })),
  { method: 'hotkeysStart', args: [{ METRICS: { count: 1, CPU: true } }], unitOnly: { reason: 'Redis 8+ (HOTKEYS)', replies: { 2: () => 'OK', 3: () => 'OK' } } },
  {
    method: 'HOTKEYS_START',
    args: [{ METRICS: { count: 2, CPU: true, NET: true }, COUNT: 10, DURATION: 60, SAMPLE: 5, SLOTS: { count: 2, slots: [0, 100] } }],
    unitOnly: { reason: 'Redis 8+ (HOTKEYS)' },
  },
  ...['hotkeysGet', 'HOTKEYS_GET'].map(
    (method): Case => ({
      method,
      args: [],
      unitOnly: {
        reason: 'Redis 8+ (HOTKEYS)',
        replies: {
          2: () => [
            'tracking-active', 0, 'sample-ratio', 1, 'selected-slots', [[0, 100], [200]], 'all-commands-all-slots-us', 1234,
            'net-bytes-all-commands-all-slots', 99, 'collection-start-time-unix-ms', 1700000000000, 'collection-duration-ms', 5000,
            'total-cpu-time-sys-ms', 3, 'total-cpu-time-user-ms', 4, 'total-net-bytes', 500,
            'by-cpu-time-us', ['k1', 900, 'k2', 100], 'by-net-bytes', [['k1', 300]],
          ],
          3: () =>
            new Map<string, unknown>([
              ['tracking-active', 1],
              ['sample-ratio', 2],
              ['selected-slots', [[5, 10]]],
              ['sampled-commands-selected-slots-us', 10],
              ['by-cpu-time-us', { k: 7 }],
            ]),
        },
      },
    }),
  ),
  { method: 'hotkeysGet', name: 'nothing tracked (sample replies)', args: [], unitOnly: { reason: 'Redis 8+ (HOTKEYS)', replies: { 2: () => null, 3: () => null } } },

  // ---- in a transaction: the same transforms on exec's replies ----
  {
    method: 'multi',
    name: 'CONFIG GET, COMMAND INFO, ACL GETUSER, MEMORY USAGE',
    args: [],
    multi: [
      { method: 'configGet', args: ['maxmemory'] },
      { method: 'commandInfo', args: [['get']] },
      { method: 'aclGetUser', args: ['default'] },
      { method: 'memoryUsage', args: ['{c}k'] },
    ],
    setup: [['SET', '{c}k', 'value']],
  },
  { method: 'multi', name: 'ROLE, LATENCY HISTOGRAM', args: [], multi: [{ method: 'role', args: [] }, { method: 'latencyHistogram', args: ['set'] }], targets: ['client'], normalize: structure },
];
