// COMMANDS against the live server's own description of itself: every command and subcommand it
// lists has a method (except the documented ones), and every definition — generated or hand-tuned —
// carries the flags and cluster routing tips `COMMAND INFO` gives it.
import type { Command } from '@x/modules';
import { startRedisServer, type RedisServer } from '@x/test-utils';
import { RedisClient } from '../src/client';
import { COMMANDS } from '../src/commands';
import { NOT_A_METHOD } from '../scripts/generator/exceptions';
import { isCallableAlone } from '../scripts/generator/generate';
import { readCommandTable, type CommandMeta, type CommandTable } from '../scripts/generator/metadata';
import { camelName, upperName } from '../scripts/generator/names';
import { RespConnection } from '../scripts/generator/resp-connection';

const commands = COMMANDS as unknown as Record<string, Command>;

/** Hand-tuned methods that are a form of a Redis command rather than one (`LPOP key count`). */
const VARIANTS: Record<string, string> = {
  ACL_LOG_RESET: 'acl|log',
  FUNCTION_LIST_WITHCODE: 'function|list',
  GEORADIUSBYMEMBER_RO_WITH: 'georadiusbymember_ro',
  GEORADIUSBYMEMBER_STORE: 'georadiusbymember',
  GEORADIUSBYMEMBER_WITH: 'georadiusbymember',
  GEORADIUS_RO_WITH: 'georadius_ro',
  GEORADIUS_STORE: 'georadius',
  GEORADIUS_WITH: 'georadius',
  GEOSEARCH_WITH: 'geosearch',
  HRANDFIELD_COUNT: 'hrandfield',
  HRANDFIELD_COUNT_WITHVALUES: 'hrandfield',
  HSCAN_NOVALUES: 'hscan',
  LCS_IDX: 'lcs',
  LCS_IDX_WITHMATCHLEN: 'lcs',
  LCS_LEN: 'lcs',
  LPOP_COUNT: 'lpop',
  LPOS_COUNT: 'lpos',
  RPOP_COUNT: 'rpop',
  SORT_STORE: 'sort',
  SPOP_COUNT: 'spop',
  SRANDMEMBER_COUNT: 'srandmember',
  XADD_NOMKSTREAM: 'xadd',
  XAUTOCLAIM_JUSTID: 'xautoclaim',
  XCLAIM_JUSTID: 'xclaim',
  XPENDING_RANGE: 'xpending',
  ZADD_INCR: 'zadd',
  ZDIFF_WITHSCORES: 'zdiff',
  ZINTER_WITHSCORES: 'zinter',
  ZPOPMAX_COUNT: 'zpopmax',
  ZPOPMIN_COUNT: 'zpopmin',
  ZRANDMEMBER_COUNT: 'zrandmember',
  ZRANDMEMBER_COUNT_WITHSCORES: 'zrandmember',
  ZRANGEBYSCORE_WITHSCORES: 'zrangebyscore',
  ZRANGE_WITHSCORES: 'zrange',
  ZRANK_WITHSCORE: 'zrank',
  ZREVRANK_WITHSCORE: 'zrevrank',
  ZUNION_WITHSCORES: 'zunion',
};

/** node-redis's upper-case spellings of commands x spells otherwise, by x's spelling's server name. */
const NODE_REDIS_SPELLINGS: Record<string, string> = { CONFIG_RESETASTAT: 'config|resetstat' };

/**
 * Commands newer than the Redis 7.0 here that node-redis 6.4 has: each is a method (its definition
 * compared with node-redis's by the conformance suite, never sent), so this server does not know it.
 */
const NEWER_THAN_SERVER = new Set([
  ...['ARCOUNT', 'ARDEL', 'ARDELRANGE', 'ARGET', 'ARGETRANGE', 'ARGREP', 'ARGREP_WITHVALUES', 'ARINFO', 'ARINSERT', 'ARLASTITEMS'],
  ...['ARLEN', 'ARMGET', 'ARMSET', 'ARNEXT', 'AROP', 'ARRING', 'ARSCAN', 'ARSEEK', 'ARSET'],
  ...['BACKUP_ABORT', 'BACKUP_CLEANUP', 'BACKUP_LIST', 'BACKUP_SEAL', 'BACKUP_START', 'BACKUP_STATUS'],
  ...['BLESS_CLEAR', 'BLESS_GET', 'BLESS_SCAN', 'BLESS_SET', 'HOTKEYS_GET', 'HOTKEYS_RESET', 'HOTKEYS_START', 'HOTKEYS_STOP'],
  ...['CLIENT_NO_TOUCH', 'CLUSTER_MYSHARDID'],
  ...['VADD', 'VCARD', 'VDIM', 'VEMB', 'VEMB_RAW', 'VGETATTR', 'VINFO', 'VLINKS', 'VLINKS_WITHSCORES', 'VRANDMEMBER'],
  ...['VRANGE', 'VREM', 'VSETATTR', 'VSIM', 'VSIM_WITHSCORES'],
  ...['BITRANGEINTARRAY', 'DELEX', 'DIGEST', 'INCREX', 'INCREXBYFLOAT', 'MSETEX'],
  // Hash field expiration (7.4), HGETDEL/HGETEX/HSETEX (8.0), HIMPORT (8.10).
  ...['HEXPIRE', 'HEXPIREAT', 'HEXPIRETIME', 'HGETDEL', 'HGETEX', 'HIMPORT_DISCARD', 'HIMPORT_DISCARDALL', 'HIMPORT_PREPARE'],
  ...['HIMPORT_SET', 'HPERSIST', 'HPEXPIRE', 'HPEXPIREAT', 'HPEXPIRETIME', 'HPTTL', 'HSETEX', 'HTTL'],
  // LMOVEM/BLMOVEM (8.x), set member expiration and SADDEX (8.12), SDIFFCARD/SUNIONCARD (8.10).
  ...['BLMOVEM', 'LMOVEM', 'SADDEX', 'SDIFFCARD', 'SEXPIRE', 'SEXPIREAT', 'SEXPIRETIME', 'SPERSIST', 'SPEXPIRE', 'SPEXPIREAT'],
  ...['SPEXPIRETIME', 'SPTTL', 'STTL', 'SUNIONCARD'],
  ...['BZMOVE', 'ZMOVE', 'ZMOVEMEMBER', 'XACKDEL', 'XCFGSET', 'XDELEX', 'XNACK'],
]);

/**
 * Definitions whose IS_READ_ONLY follows how node-redis 6.4 routes the command (`IS_READ_ONLY` means
 * "may go to a replica" there) rather than the `readonly` flag of COMMAND INFO: keyless reads of
 * server or connection state node-redis sends to replicas (ACL CAT, INFO, CLIENT ID, PING, …), and
 * LOLWUT, flagged readonly but kept on masters by node-redis. The conformance suite checks each
 * against node-redis.
 */
const READ_ONLY_AS_NODE_REDIS = new Set([
  ...['ACL_CAT', 'ACL_DRYRUN', 'ACL_GENPASS', 'ACL_GETUSER', 'ACL_LIST', 'ACL_LOG', 'ACL_USERS', 'ACL_WHOAMI'],
  ...['COMMAND', 'COMMAND_COUNT', 'COMMAND_DOCS', 'COMMAND_GETKEYS', 'COMMAND_GETKEYSANDFLAGS', 'COMMAND_INFO', 'COMMAND_LIST'],
  ...['CONFIG_GET', 'INFO', 'LASTSAVE', 'LOLWUT', 'MODULE_LIST', 'ROLE', 'TIME'],
  ...['LATENCY_DOCTOR', 'LATENCY_GRAPH', 'LATENCY_HISTOGRAM', 'LATENCY_HISTORY', 'LATENCY_LATEST'],
  ...['MEMORY_DOCTOR', 'MEMORY_MALLOC_STATS', 'MEMORY_STATS'],
  ...['ASKING', 'READONLY', 'CLUSTER_COUNTKEYSINSLOT', 'CLUSTER_COUNT_FAILURE_REPORTS', 'CLUSTER_GETKEYSINSLOT', 'CLUSTER_INFO'],
  ...['CLUSTER_KEYSLOT', 'CLUSTER_LINKS', 'CLUSTER_MYID', 'CLUSTER_NODES', 'CLUSTER_REPLICAS', 'CLUSTER_SLOTS'],
  ...['AUTH', 'CLIENT_CACHING', 'CLIENT_GETNAME', 'CLIENT_GETREDIR', 'CLIENT_ID', 'CLIENT_INFO', 'CLIENT_LIST', 'CLIENT_NO_EVICT'],
  ...['CLIENT_SETNAME', 'CLIENT_TRACKING', 'CLIENT_TRACKINGINFO', 'ECHO', 'PING'],
  ...['PUBLISH', 'PUBSUB_CHANNELS', 'PUBSUB_NUMPAT', 'PUBSUB_NUMSUB', 'PUBSUB_SHARDCHANNELS', 'PUBSUB_SHARDNUMSUB', 'SPUBLISH'],
  // Scripting reads that change nothing; and TOUCH, flagged readonly but whose only effect is on the
  // eviction data of the node it runs on, so node-redis keeps it on the master.
  ...['FUNCTION_DUMP', 'FUNCTION_LIST', 'FUNCTION_LIST_WITHCODE', 'FUNCTION_STATS', 'SCRIPT_DEBUG', 'SCRIPT_EXISTS', 'TOUCH'],
]);

/**
 * Command methods that `RedisClient` itself defines; its own method wins (`attach` keeps class
 * methods): `watch`/`unwatch` (and `WATCH`/`UNWATCH`) track the transaction's watched state.
 */
const CLIENT_OWNED = new Set(['watch', 'unwatch', 'WATCH', 'UNWATCH']);

let server: RedisServer;
let connection: RespConnection;
let table: CommandTable;
let listed: Array<string>;

beforeAll(async () => {
  server = await startRedisServer();
  connection = await RespConnection.open({ host: server.host, port: server.port });
  table = await readCommandTable((args) => connection.command(args));
  listed = ((await connection.command(['COMMAND', 'LIST'])) as Array<string>).map((name) => name.toLowerCase());
});

afterAll(async () => {
  connection?.close();
  await server?.stop();
});

/**
 * Every upper-case method of COMMANDS with the server command it sends (node-redis's spellings —
 * `CLIENT_NO-EVICT`, `CONFIG_RESETASTAT` — included; the commands newer than the server left out).
 */
function definitions(): Array<{ method: string; command: Command; meta: CommandMeta | undefined }> {
  const byUpper = new Map(table.commands.map((meta) => [upperName(meta.name), meta]));
  const byName = (name: string) => table.commands.find((meta) => meta.name === name);
  return Object.entries(commands)
    .filter(([method]) => method === method.toUpperCase() && !NEWER_THAN_SERVER.has(method.replace(/-/g, '_')))
    .map(([method, command]) => {
      const named = VARIANTS[method] ?? NODE_REDIS_SPELLINGS[method];
      return { method, command, meta: named === undefined ? byUpper.get(method.replace(/-/g, '_')) : byName(named) };
    });
}

function tip(meta: CommandMeta, prefix: string): string | undefined {
  return meta.tips.find((t) => t.startsWith(prefix))?.slice(prefix.length);
}

describe('COMMANDS covers the live server', () => {
  it('reads the whole command table (COMMAND LIST, COMMAND INFO and COMMAND DOCS agree)', () => {
    const names = new Set(table.commands.map((meta) => meta.name));
    expect(listed.filter((name) => !names.has(name))).toEqual([]);
    expect(table.commands.length).toBeGreaterThan(300);
    // Subcommands come from COMMAND INFO; COMMAND DOCS described each one.
    expect(table.commands.filter((meta) => meta.summary === undefined).map((meta) => meta.name)).toEqual([]);
  });

  it('has a method under both names for every command and subcommand, except the documented ones', () => {
    const missing: Array<string> = [];
    let covered = 0;
    for (const meta of table.commands) {
      if (!isCallableAlone(meta)) continue; // a container: its subcommands are the commands
      if (NOT_A_METHOD[meta.name] !== undefined) continue;
      const upper = commands[upperName(meta.name)];
      const camel = commands[camelName(meta.name)];
      if (upper === undefined || camel !== upper) missing.push(`${meta.name} (${upperName(meta.name)} / ${camelName(meta.name)})`);
      else covered += 1;
    }
    expect(missing).toEqual([]);
    expect(covered).toBe(336);
  });

  it('has no method for the documented exceptions, each a command the server has', () => {
    for (const name of Object.keys(NOT_A_METHOD)) {
      expect(listed).toContain(name);
      expect(commands[upperName(name)]).toBeUndefined();
      expect(commands[camelName(name)]).toBeUndefined();
    }
  });

  it('has no method the server does not know', () => {
    expect(definitions().filter(({ meta }) => meta === undefined).map(({ method }) => method)).toEqual([]);
  });

  it('spells methods as node-redis does, and by the documented rule where node-redis has none', () => {
    const c = COMMANDS;
    expect(c.command).toBe(c.COMMAND); // a container that is callable alone
    expect(c.commandInfo).toBe(c.COMMAND_INFO);
    expect(c.clientList).toBe(c.CLIENT_LIST);
    expect(c.xInfoStream).toBe(c.XINFO_STREAM);
    expect(c.clusterShards).toBe(c.CLUSTER_SHARDS);
    expect(c.clientNoEvict).toBe(c.CLIENT_NO_EVICT);
    expect(c.configResetStat).toBe(c.CONFIG_RESETSTAT);
    expect(c.restoreAsking).toBe(c.RESTORE_ASKING);
    expect(c.zRangeByScore).toBe(c.ZRANGEBYSCORE);
    expect(c.zRevRangeByScore).toBe(c.ZREVRANGEBYSCORE);
    expect(c.smIsMember).toBe(c.SMISMEMBER);
    expect(c.zmPop).toBe(c.ZMPOP);
    expect(c.pfAdd).toBe(c.PFADD);
    expect(c.slowLogGet).toBe(c.SLOWLOG_GET);
    expect(c.xGroupHelp).toBe(c.XGROUP_HELP);
    expect(c.moduleLoadEx).toBe(c.MODULE_LOADEX);
    expect(c.hGetAll).toBe(c.HGETALL);
  });

  it('shadows no member of RedisClient (other than the ones it owns)', () => {
    const members = new Set<string>();
    for (let proto: object | null = RedisClient.prototype; proto !== null; proto = Object.getPrototypeOf(proto) as object | null) {
      for (const name of Object.getOwnPropertyNames(proto)) members.add(name);
    }
    expect(members.has('connect')).toBe(true);
    const shadowing = Object.keys(commands).filter((name) => members.has(name) && !CLIENT_OWNED.has(name));
    expect(shadowing).toEqual([]);
  });
});

describe('every definition carries the flags and tips of COMMAND INFO', () => {
  it('IS_READ_ONLY exactly for commands flagged readonly, except where node-redis routes them otherwise', () => {
    const wrong = definitions()
      .filter(({ method, command, meta }) => {
        if (meta === undefined) return false;
        const flagged = meta.flags.includes('readonly');
        const own = method.replace(/-/g, '_');
        return (command.IS_READ_ONLY === true) !== (READ_ONLY_AS_NODE_REDIS.has(own) ? !flagged : flagged);
      })
      .map(({ method }) => method);
    expect(wrong).toEqual([]);
  });

  it('lists no command newer than the server that the server knows', () => {
    const known = new Set(table.commands.map((meta) => upperName(meta.name)));
    expect([...NEWER_THAN_SERVER].filter((method) => known.has(method))).toEqual([]);
    expect([...NEWER_THAN_SERVER].filter((method) => commands[method] === undefined)).toEqual([]);
  });

  it('NOT_KEYED_COMMAND exactly for commands without key specs', () => {
    const wrong = definitions()
      .filter(({ command, meta }) => meta !== undefined && (command.NOT_KEYED_COMMAND === true) !== (meta.keySpecs.length === 0))
      .map(({ method }) => method);
    expect(wrong).toEqual([]);
  });

  it('REQUEST_POLICY and RESPONSE_POLICY from the request_policy / response_policy tips', () => {
    const wrong: Array<string> = [];
    let withPolicy = 0;
    for (const { method, command, meta } of definitions()) {
      if (meta === undefined) continue;
      const request = tip(meta, 'request_policy:');
      const response = tip(meta, 'response_policy:');
      if (command.REQUEST_POLICY !== request || command.RESPONSE_POLICY !== response) {
        wrong.push(`${method}: has ${command.REQUEST_POLICY}/${command.RESPONSE_POLICY}, server says ${request}/${response}`);
      }
      if (request !== undefined || response !== undefined) withPolicy += 1;
    }
    expect(wrong).toEqual([]);
    expect(withPolicy).toBeGreaterThan(30);
  });
});
