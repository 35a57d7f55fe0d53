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
  FUNCTION_LIST_WITHCODE: 'function|list',
  LCS_IDX: 'lcs',
  LCS_IDX_WITHMATCHLEN: 'lcs',
  LCS_LEN: 'lcs',
  LPOP_COUNT: 'lpop',
  RPOP_COUNT: 'rpop',
  SORT_STORE: 'sort',
  ZRANGE_WITHSCORES: 'zrange',
};

/**
 * node-redis methods for commands newer than the Redis 7.0 here (their definitions say which version):
 * the server cannot describe them, so they are compared with node-redis's own definitions instead
 * (packages/conformance, `unitOnly` cases).
 */
const NEWER_THAN_SERVER = new Set(['BITRANGEINTARRAY', 'DELEX', 'DIGEST', 'INCREX', 'INCREXBYFLOAT', 'MSETEX']);

/**
 * Where `IS_READ_ONLY` follows node-redis's choice rather than the `readonly` flag (it decides whether
 * a cluster with `useReplicas` may send the command to a replica).
 */
const READ_ONLY_AS_NODE_REDIS: Record<string, { readOnly: boolean; why: string }> = {
  TOUCH: { readOnly: false, why: "flagged readonly, but it only bumps the eviction data of the node it runs on: the master's must move" },
  FUNCTION_DUMP: { readOnly: true, why: 'changes nothing; node-redis lets a replica answer' },
  FUNCTION_LIST: { readOnly: true, why: 'changes nothing; node-redis lets a replica answer' },
  FUNCTION_LIST_WITHCODE: { readOnly: true, why: 'changes nothing; node-redis lets a replica answer' },
  FUNCTION_STATS: { readOnly: true, why: 'changes nothing; node-redis lets a replica answer' },
  SCRIPT_DEBUG: { readOnly: true, why: 'changes no data; node-redis marks it read-only' },
  SCRIPT_EXISTS: { readOnly: true, why: 'changes nothing; node-redis lets a replica answer' },
};

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

/** Every upper-case method of COMMANDS with the server command it sends. */
function definitions(): Array<{ method: string; command: Command; meta: CommandMeta | undefined }> {
  const byUpper = new Map(table.commands.map((meta) => [upperName(meta.name), meta]));
  return Object.entries(commands)
    .filter(([method]) => method === method.toUpperCase())
    .map(([method, command]) => ({
      method,
      command,
      meta: VARIANTS[method] === undefined ? byUpper.get(method) : table.commands.find((meta) => meta.name === VARIANTS[method]),
    }));
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
    expect(covered).toBe(334);
  });

  it('has no method for the documented exceptions, each a command the server has', () => {
    for (const name of Object.keys(NOT_A_METHOD)) {
      expect(listed).toContain(name);
      expect(commands[upperName(name)]).toBeUndefined();
      expect(commands[camelName(name)]).toBeUndefined();
    }
  });

  it('has no method the server does not know, except those for newer Redis versions', () => {
    expect(definitions().filter(({ method, meta }) => meta === undefined && !NEWER_THAN_SERVER.has(method)).map(({ method }) => method)).toEqual([]);
    // …and those are really unknown to this server (a newer server would describe them).
    expect(definitions().filter(({ method, meta }) => meta !== undefined && NEWER_THAN_SERVER.has(method)).map(({ method }) => method)).toEqual([]);
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
  it('IS_READ_ONLY exactly for commands flagged readonly (and where node-redis decides otherwise, as it does)', () => {
    const readOnly = (method: string, meta: CommandMeta) => READ_ONLY_AS_NODE_REDIS[method]?.readOnly ?? meta.flags.includes('readonly');
    const wrong = definitions()
      .filter(({ method, command, meta }) => meta !== undefined && (command.IS_READ_ONLY === true) !== readOnly(method, meta))
      .map(({ method }) => method);
    expect(wrong).toEqual([]);
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
