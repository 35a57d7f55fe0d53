// The keys a definition records (what a cluster routes by and checks slots of) agree with the
// server's own `COMMAND GETKEYS` for a corpus of invocations: generated commands get theirs from the
// argument tree (scripts/generator/samples.ts), hand-tuned ones from HAND_TUNED_SAMPLES below.
import { join } from 'node:path';
import { BasicCommandParser, type Command, type CommandParser, type RedisArgument } from '@x/modules';
import { startRedisServer, type RedisServer } from '@x/test-utils';
import { COMMANDS } from '../src/commands';
import { handTunedFiles, planCommands } from '../scripts/generator/generate';
import { readCommandTable, type CommandMeta, type CommandTable } from '../scripts/generator/metadata';
import { upperName } from '../scripts/generator/names';
import { RespConnection } from '../scripts/generator/resp-connection';
import { sampleInvocations } from '../scripts/generator/samples';

const commands = COMMANDS as unknown as Record<string, Command>;
const commandsDir = join(__dirname, '..', 'src', 'commands');

/** Invocations of the hand-tuned keyed commands (method name → argument lists after the parser). */
const HAND_TUNED_SAMPLES: Record<string, Array<Array<unknown>>> = {
  APPEND: [['key:1', 'v']],
  BITCOUNT: [['key:1'], ['key:1', { start: 0, end: -1, mode: 'BIT' }]],
  BITFIELD: [
    ['key:1', [{ operation: 'GET', encoding: 'u8', offset: 0 }]],
    ['key:1', [{ operation: 'OVERFLOW', behavior: 'SAT' }, { operation: 'INCRBY', encoding: 'i5', offset: 100, increment: 1 }, { operation: 'SET', encoding: 'u8', offset: '#1', value: 3 }]],
  ],
  BITFIELD_RO: [['key:1', [{ encoding: 'u8', offset: 0 }, { encoding: 'i4', offset: '#2' }]]],
  BITOP: [['AND', 'key:1', ['key:2', 'key:3']], ['NOT', 'key:1', 'key:2']],
  BITPOS: [['key:1', 1], ['key:1', 0, 1, -1, 'BIT']],
  BLMOVE: [['key:1', 'key:2', 'LEFT', 'RIGHT', 0.5]],
  BLMPOP: [[0.5, 'key:1', 'LEFT'], [1, ['key:1', 'key:2'], 'RIGHT', { COUNT: 2 }]],
  BLPOP: [['key:1', 0], [['key:1', 'key:2'], 1.5]],
  BRPOP: [['key:1', 0], [['key:1', 'key:2'], 1]],
  BRPOPLPUSH: [['key:1', 'key:2', 1]],
  BZMPOP: [[1, 'key:1', 'MIN'], [0.5, ['key:1', 'key:2'], 'MAX', { COUNT: 2 }]],
  BZPOPMAX: [['key:1', 1], [['key:1', 'key:2'], 0.5]],
  BZPOPMIN: [['key:1', 1], [['key:1', 'key:2'], 0.5]],
  COPY: [['key:1', 'key:2'], ['key:1', 'key:2', { DB: 1, REPLACE: true }]],
  DECR: [['key:1']],
  DECRBY: [['key:1', 2]],
  DEL: [['key:1'], [['key:1', 'key:2', 'key:3']]],
  DUMP: [['key:1']],
  EVAL: [['return 1'], ['return 1', { keys: ['key:1', 'key:2'], arguments: ['a'] }]],
  EVALSHA: [['a'.repeat(40), { keys: ['key:1', 'key:2'] }]],
  EVALSHA_RO: [['a'.repeat(40), { keys: ['key:1'] }]],
  EVAL_RO: [['return 1', { keys: ['key:1'], arguments: ['a', 'b'] }]],
  EXISTS: [['key:1'], [['key:1', 'key:2']]],
  EXPIRE: [['key:1', 10], ['key:1', 10, 'NX']],
  EXPIREAT: [['key:1', 4102444800], ['key:1', new Date(0), 'NX']],
  EXPIRETIME: [['key:1']],
  FCALL: [['fn', { keys: ['key:1', 'key:2'], arguments: ['a'] }]],
  FCALL_RO: [['fn', { keys: ['key:1'] }]],
  GEOADD: [['key:1', { longitude: 1, latitude: 2, member: 'm' }], ['key:1', [{ longitude: 1, latitude: 2, member: 'm' }], { NX: true, CH: true }]],
  GEODIST: [['key:1', 'a', 'b'], ['key:1', 'a', 'b', 'km']],
  GEOHASH: [['key:1', ['a', 'b']]],
  GEOPOS: [['key:1', 'a']],
  GEORADIUS: [['key:1', { longitude: 1, latitude: 2 }, 10, 'km'], ['key:1', 1, 2, 10, 'KM', { SORT: 'ASC', COUNT: 3 }]],
  GEORADIUSBYMEMBER: [['key:1', 'm', 10, 'km']],
  GEORADIUSBYMEMBER_RO: [['key:1', 'm', 10, 'km', { SORT: 'DESC' }]],
  GEORADIUSBYMEMBER_RO_WITH: [['key:1', 'm', 10, 'km', ['WITHDIST']]],
  GEORADIUSBYMEMBER_STORE: [['key:1', 'm', 10, 'km', 'key:2', { STOREDIST: true }]],
  GEORADIUSBYMEMBER_WITH: [['key:1', 'm', 10, 'km', ['WITHHASH']]],
  GEORADIUS_RO: [['key:1', { longitude: 1, latitude: 2 }, 10, 'km', { COUNT: { value: 1, ANY: true } }]],
  GEORADIUS_RO_WITH: [['key:1', { longitude: 1, latitude: 2 }, 10, 'km', ['WITHDIST']]],
  GEORADIUS_STORE: [['key:1', { longitude: 1, latitude: 2 }, 10, 'km', 'key:2'], ['key:1', { longitude: 1, latitude: 2 }, 10, 'km', 'key:2', { STOREDIST: true }]],
  GEORADIUS_WITH: [['key:1', { longitude: 1, latitude: 2 }, 10, 'km', ['WITHCOORD', 'WITHHASH']]],
  GEOSEARCH: [['key:1', 'm', { radius: 1, unit: 'km' }], ['key:1', { longitude: 1, latitude: 2 }, { width: 1, height: 2, unit: 'm' }]],
  GEOSEARCHSTORE: [['key:1', 'key:2', 'm', { radius: 1, unit: 'km' }, { STOREDIST: true }]],
  GEOSEARCH_WITH: [['key:1', 'm', { radius: 1, unit: 'km' }, ['WITHDIST', 'WITHCOORD']]],
  GET: [['key:1']],
  GETBIT: [['key:1', 7]],
  GETDEL: [['key:1']],
  GETEX: [['key:1', { EX: 1 }], ['key:1', { PERSIST: true }]],
  GETRANGE: [['key:1', 0, -1]],
  GETSET: [['key:1', 'v']],
  HDEL: [['key:1', 'f'], ['key:1', ['f', 'g']]],
  HEXISTS: [['key:1', 'f']],
  HGET: [['key:1', 'f']],
  HGETALL: [['key:1']],
  HINCRBY: [['key:1', 'f', 1]],
  HINCRBYFLOAT: [['key:1', 'f', 1.5]],
  HKEYS: [['key:1']],
  HLEN: [['key:1']],
  HMGET: [['key:1', ['f', 'g']]],
  HRANDFIELD: [['key:1']],
  HRANDFIELD_COUNT: [['key:1', 2]],
  HRANDFIELD_COUNT_WITHVALUES: [['key:1', -2]],
  HSCAN: [['key:1', '0'], ['key:1', '0', { MATCH: 'f*', COUNT: 10 }]],
  HSCAN_NOVALUES: [['key:1', '0', { MATCH: 'f*' }]],
  HSET: [['key:1', 'f', 'v'], ['key:1', { f: 'v', g: 'w' }]],
  HSETNX: [['key:1', 'f', 'v']],
  HSTRLEN: [['key:1', 'f']],
  HVALS: [['key:1']],
  INCR: [['key:1']],
  INCRBY: [['key:1', 3]],
  INCRBYFLOAT: [['key:1', 1.5]],
  LCS: [['key:1', 'key:2']],
  LCS_IDX: [['key:1', 'key:2'], ['key:1', 'key:2', { MINMATCHLEN: 2 }]],
  LCS_IDX_WITHMATCHLEN: [['key:1', 'key:2', { MINMATCHLEN: 2 }]],
  LCS_LEN: [['key:1', 'key:2']],
  LINDEX: [['key:1', 0]],
  LINSERT: [['key:1', 'BEFORE', 'a', 'b']],
  LLEN: [['key:1']],
  LMOVE: [['key:1', 'key:2', 'RIGHT', 'LEFT']],
  LMPOP: [['key:1', 'LEFT'], [['key:1', 'key:2'], 'RIGHT', { COUNT: 3 }]],
  LPOP: [['key:1']],
  LPOP_COUNT: [['key:1', 2]],
  LPOS: [['key:1', 'a'], ['key:1', 'a', { RANK: -1, MAXLEN: 10 }]],
  LPOS_COUNT: [['key:1', 'a', 0, { RANK: 1 }]],
  LPUSH: [['key:1', 'a'], ['key:1', ['a', 'b']]],
  LPUSHX: [['key:1', ['a', 'b']]],
  LRANGE: [['key:1', 0, -1]],
  LREM: [['key:1', 0, 'a']],
  LSET: [['key:1', 0, 'a']],
  LTRIM: [['key:1', 0, 1]],
  MEMORY_USAGE: [['key:1'], ['key:1', { SAMPLES: 5 }]],
  MGET: [[['key:1', 'key:2', 'key:3']]],
  MIGRATE: [['127.0.0.1', 6380, 'key:1', 0, 100], ['127.0.0.1', 6380, ['key:1', 'key:2'], 0, 100, { COPY: true, AUTH: { username: 'u', password: 'p' } }]],
  MOVE: [['key:1', 1]],
  MSET: [[[['key:1', 'a'], ['key:2', 'b']]], [{ 'key:1': 'a', 'key:2': 'b' }], [['key:1', 'a', 'key:2', 'b']]],
  MSETNX: [[[['key:1', 'a'], ['key:2', 'b']]], [{ 'key:1': 'a', 'key:2': 'b' }], [['key:1', 'a', 'key:2', 'b']]],
  OBJECT_ENCODING: [['key:1']],
  OBJECT_FREQ: [['key:1']],
  OBJECT_IDLETIME: [['key:1']],
  OBJECT_REFCOUNT: [['key:1']],
  PERSIST: [['key:1']],
  PEXPIRE: [['key:1', 100]],
  PEXPIREAT: [['key:1', 4102444800000, 'GT']],
  PEXPIRETIME: [['key:1']],
  PFADD: [['key:1'], ['key:1', ['a', 'b']]],
  PFCOUNT: [['key:1'], [['key:1', 'key:2']]],
  // PFMERGE with no source is valid (arity -2), but COMMAND GETKEYS refuses it in 7.0.
  PFMERGE: [['key:1', 'key:2'], ['key:1', ['key:2', 'key:3']]],
  PSETEX: [['key:1', 100, 'v']],
  PTTL: [['key:1']],
  RENAME: [['key:1', 'key:2']],
  RENAMENX: [['key:1', 'key:2']],
  RESTORE: [['key:1', 0, 'x'], ['key:1', 0, 'x', { REPLACE: true, ABSTTL: true, IDLETIME: 1, FREQ: 1 }]],
  RESTORE_ASKING: [['key:1', 0, 'payload'], ['key:1', 0, 'payload', { REPLACE: true, IDLETIME: 5 }]],
  RPOP: [['key:1']],
  RPOPLPUSH: [['key:1', 'key:2']],
  RPOP_COUNT: [['key:1', 2]],
  RPUSH: [['key:1', ['a', 'b']]],
  RPUSHX: [['key:1', 'a']],
  SADD: [['key:1', 'a'], ['key:1', ['a', 'b']]],
  SCARD: [['key:1']],
  SDIFF: [[['key:1', 'key:2']]],
  SDIFFSTORE: [['key:3', ['key:1', 'key:2']]],
  SET: [['key:1', 'v'], ['key:1', 'v', { EX: 10, NX: true, GET: true }]],
  SETBIT: [['key:1', 7, 1]],
  SETEX: [['key:1', 10, 'v']],
  SETNX: [['key:1', 'v']],
  SETRANGE: [['key:1', 0, 'v']],
  SINTER: [['key:1'], [['key:1', 'key:2']]],
  SINTERCARD: [[['key:1', 'key:2']], [['key:1'], { LIMIT: 2 }], [['key:1', 'key:2'], 1]],
  SINTERSTORE: [['key:3', ['key:1', 'key:2']]],
  SISMEMBER: [['key:1', 'a']],
  SMEMBERS: [['key:1']],
  SMISMEMBER: [['key:1', ['a', 'b']]],
  SMOVE: [['key:1', 'key:2', 'a']],
  SORT: [['key:1'], ['key:1', { BY: 'w_*', LIMIT: { offset: 0, count: 1 }, GET: ['#', 'o_*'], DIRECTION: 'DESC', ALPHA: true }]],
  SORT_RO: [['key:1', { GET: 'o_*' }]],
  SORT_STORE: [['key:1', 'key:2'], ['key:1', 'key:2', { ALPHA: true }]],
  SPOP: [['key:1']],
  SPOP_COUNT: [['key:1', 2]],
  SPUBLISH: [['key:1', 'message']],
  SRANDMEMBER: [['key:1']],
  SRANDMEMBER_COUNT: [['key:1', -3]],
  SREM: [['key:1', ['a', 'b']]],
  SSCAN: [['key:1', '0', { COUNT: 5 }]],
  STRLEN: [['key:1']],
  SUNION: [[['key:1', 'key:2']]],
  SUNIONSTORE: [['key:3', 'key:1']],
  TOUCH: [['key:1'], [['key:1', 'key:2']]],
  TTL: [['key:1']],
  TYPE: [['key:1']],
  UNLINK: [[['key:1', 'key:2']]],
  WATCH: [['key:1'], [['key:1', 'key:2']]],
  XACK: [['key:1', 'group', '0-1'], ['key:1', 'group', ['0-1', '0-2']]],
  XADD: [['key:1', '*', { a: 'b' }], ['key:1', '*', { a: 'b' }, { TRIM: { strategy: 'MAXLEN', threshold: 10 } }]],
  XADD_NOMKSTREAM: [['key:1', '*', { a: 'b' }]],
  XAUTOCLAIM: [['key:1', 'group', 'consumer', 0, '0-0', { COUNT: 1 }]],
  XAUTOCLAIM_JUSTID: [['key:1', 'group', 'consumer', 0, '0-0']],
  XCLAIM: [['key:1', 'group', 'consumer', 0, ['0-1', '0-2'], { IDLE: 1, FORCE: true }]],
  XCLAIM_JUSTID: [['key:1', 'group', 'consumer', 0, '0-1']],
  XDEL: [['key:1', '0-1']],
  XGROUP_CREATE: [['key:1', 'group', '$'], ['key:1', 'group', '$', { MKSTREAM: true }]],
  XGROUP_CREATECONSUMER: [['key:1', 'group', 'consumer']],
  XGROUP_DELCONSUMER: [['key:1', 'group', 'consumer']],
  XGROUP_DESTROY: [['key:1', 'group']],
  XGROUP_SETID: [['key:1', 'group', '$', { ENTRIESREAD: 0 }]],
  XINFO_CONSUMERS: [['key:1', 'group']],
  XINFO_GROUPS: [['key:1']],
  XINFO_STREAM: [['key:1']],
  XLEN: [['key:1']],
  XPENDING: [['key:1', 'group']],
  XPENDING_RANGE: [['key:1', 'group', '-', '+', 10, { IDLE: 1, consumer: 'c' }]],
  XRANGE: [['key:1', '-', '+'], ['key:1', '-', '+', { COUNT: 1 }]],
  XREAD: [[{ key: 'key:1', id: '0' }], [[{ key: 'key:1', id: '0' }, { key: 'key:2', id: '0' }], { COUNT: 1, BLOCK: 0 }]],
  XREADGROUP: [['group', 'consumer', [{ key: 'key:1', id: '>' }, { key: 'key:2', id: '>' }], { COUNT: 1, NOACK: true }]],
  XREVRANGE: [['key:1', '+', '-', { COUNT: 1 }]],
  XSETID: [['key:1', '1-1', { ENTRIESADDED: 1, MAXDELETEDID: '0-1' }]],
  XTRIM: [['key:1', 'MAXLEN', 10]],
  ZADD: [['key:1', { score: 1, value: 'a' }], ['key:1', [{ score: 1, value: 'a' }, { score: 2, value: 'b' }], { NX: true, CH: true }]],
  ZADD_INCR: [['key:1', { score: 1, value: 'a' }, { condition: 'XX' }]],
  ZCARD: [['key:1']],
  ZCOUNT: [['key:1', '-inf', '+inf']],
  ZDIFF: [['key:1'], [['key:1', 'key:2']]],
  ZDIFFSTORE: [['key:3', ['key:1', 'key:2']]],
  ZDIFF_WITHSCORES: [[['key:1', 'key:2']]],
  ZINCRBY: [['key:1', 1, 'a']],
  ZINTER: [[['key:1', 'key:2']], [[{ key: 'key:1', weight: 1 }, { key: 'key:2', weight: 2 }], { AGGREGATE: 'MAX' }]],
  ZINTERCARD: [[['key:1', 'key:2'], 1]],
  ZINTERSTORE: [['key:3', ['key:1', 'key:2'], { WEIGHTS: [1, 2] }]],
  ZINTER_WITHSCORES: [[['key:1', 'key:2']]],
  ZLEXCOUNT: [['key:1', '-', '+']],
  ZMPOP: [['key:1', 'MIN'], [['key:1', 'key:2'], 'MAX', { COUNT: 2 }]],
  ZMSCORE: [['key:1', ['a', 'b']]],
  ZPOPMAX: [['key:1']],
  ZPOPMAX_COUNT: [['key:1', 2]],
  ZPOPMIN: [['key:1']],
  ZPOPMIN_COUNT: [['key:1', 2]],
  ZRANDMEMBER: [['key:1']],
  ZRANDMEMBER_COUNT: [['key:1', 2]],
  ZRANDMEMBER_COUNT_WITHSCORES: [['key:1', 2]],
  ZRANGE: [['key:1', 0, -1], ['key:1', '(1', '+inf', { BY: 'SCORE', LIMIT: { offset: 0, count: 1 } }]],
  ZRANGEBYLEX: [['key:1', '-', '+', { LIMIT: { offset: 0, count: 1 } }]],
  ZRANGEBYSCORE: [['key:1', 0, 1]],
  ZRANGEBYSCORE_WITHSCORES: [['key:1', 0, 1, { LIMIT: { offset: 0, count: 1 } }]],
  ZRANGESTORE: [['key:2', 'key:1', 0, 1, { BY: 'SCORE' }]],
  ZRANGE_WITHSCORES: [['key:1', 0, -1]],
  ZRANK: [['key:1', 'a']],
  ZREM: [['key:1', ['a', 'b']]],
  ZREMRANGEBYLEX: [['key:1', '-', '+']],
  ZREMRANGEBYRANK: [['key:1', 0, 1]],
  ZREMRANGEBYSCORE: [['key:1', 0, 1]],
  ZREVRANK: [['key:1', 'a']],
  ZSCAN: [['key:1', '0']],
  ZSCORE: [['key:1', 'a']],
  ZUNION: [['key:1'], [[{ key: 'key:1', weight: 1 }, { key: 'key:2', weight: 2 }]]],
  ZUNIONSTORE: [['key:3', ['key:1', 'key:2']]],
  ZUNION_WITHSCORES: [[['key:1', 'key:2'], { AGGREGATE: 'MIN' }]],
};

/**
 * Invocations the server refuses as a whole (so no keys to compare), each for a reason; every keyed
 * command must still have at least one invocation compared.
 */
const REFUSED: Record<string, { wire: RegExp; why: string }> = {
  MIGRATE: { wire: / key:1 .* KEYS /, why: 'a key and KEYS together (KEYS needs the key argument to be "")' },
};

/**
 * Keys the server does not report on purpose: the shard channel of SPUBLISH is routed like a key
 * (its key spec is flagged `not_key`, so `COMMAND GETKEYS` omits it).
 */
const ROUTED_NOT_KEYS: Record<string, true> = { SPUBLISH: true };

/** The hand-tuned methods that are variants of a Redis command (`LPOP key count`), by method name. */
const VARIANTS: Record<string, string> = {
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

let server: RedisServer;
let connection: RespConnection;
let table: CommandTable;

beforeAll(async () => {
  server = await startRedisServer();
  connection = await RespConnection.open({ host: server.host, port: server.port });
  table = await readCommandTable((args) => connection.command(args));
});

afterAll(async () => {
  connection?.close();
  await server?.stop();
});

function parse(command: Command, args: ReadonlyArray<unknown>): CommandParser {
  const parser = new BasicCommandParser();
  (command.parseCommand as (parser: CommandParser, ...rest: ReadonlyArray<unknown>) => void)(parser, ...args);
  return parser;
}

/** `COMMAND GETKEYS <args>`: the keys, or the server's error message. */
async function serverKeys(redisArgs: ReadonlyArray<RedisArgument>): Promise<Array<string> | string> {
  try {
    const reply = await connection.command(['COMMAND', 'GETKEYS', ...redisArgs]);
    return (reply as Array<unknown>).map(String);
  } catch (error) {
    return (error as Error).message;
  }
}

interface Outcome {
  compared: number;
  mismatches: Array<string>;
  /** Keyed commands with no invocation the server could extract keys from. */
  uncovered: Array<string>;
}

async function compare(method: string, meta: CommandMeta, invocations: ReadonlyArray<ReadonlyArray<unknown>>): Promise<Outcome> {
  const outcome: Outcome = { compared: 0, mismatches: [], uncovered: [] };
  const keyless = meta.keySpecs.length === 0;
  for (const args of invocations) {
    const parser = parse(commands[method]!, args);
    const wire = parser.redisArgs.map(String).join(' ');
    // COMMAND GETKEYS needs the command and one more word; a keyless one-word command has no keys.
    let expected = parser.redisArgs.length < 2 && keyless ? [] : await serverKeys(parser.redisArgs);
    if (expected === 'ERR The command has no key arguments' && (keyless || ROUTED_NOT_KEYS[method] === true)) {
      expected = keyless ? [] : parser.keys.map(String);
    }
    if (typeof expected === 'string') {
      if (REFUSED[method]?.wire.test(wire) !== true) outcome.mismatches.push(`${method}: ${wire} → server refused: ${expected}`);
      continue;
    }
    outcome.compared += 1;
    if (JSON.stringify(parser.keys.map(String)) !== JSON.stringify(expected)) {
      outcome.mismatches.push(`${method}: ${wire} → client ${JSON.stringify(parser.keys)}, server ${JSON.stringify(expected)}`);
    }
  }
  if (outcome.compared === 0) outcome.uncovered.push(method);
  return outcome;
}

describe('key positions agree with COMMAND GETKEYS', () => {
  it('for every generated command, over invocations built from its argument tree', async () => {
    const plan = planCommands(table, handTunedFiles(commandsDir));
    let compared = 0;
    const mismatches: Array<string> = [];
    const uncovered: Array<string> = [];
    for (const meta of plan.generated) {
      const outcome = await compare(upperName(meta.name), meta, sampleInvocations(meta));
      compared += outcome.compared;
      mismatches.push(...outcome.mismatches);
      uncovered.push(...outcome.uncovered);
    }
    expect(mismatches).toEqual([]);
    expect(uncovered).toEqual([]);
    // Fewer as commands become hand-tuned (those are compared in the next test): 45 with 34 generated.
    expect(compared).toBeGreaterThan(40);
  });

  it('for every hand-tuned keyed command, over its sample invocations', async () => {
    const byName = new Map(table.commands.map((meta) => [upperName(meta.name), meta]));
    const keyed = planCommands(table, handTunedFiles(commandsDir))
      .handTuned.filter((meta) => meta.keySpecs.length > 0)
      .map((meta) => upperName(meta.name));
    expect(keyed.filter((method) => HAND_TUNED_SAMPLES[method] === undefined)).toEqual([]);
    let compared = 0;
    const mismatches: Array<string> = [];
    for (const [method, invocations] of Object.entries(HAND_TUNED_SAMPLES)) {
      const meta = VARIANTS[method] === undefined ? byName.get(method) : table.commands.find((m) => m.name === VARIANTS[method]);
      expect(meta).toBeDefined();
      const outcome = await compare(method, meta!, invocations);
      compared += outcome.compared;
      mismatches.push(...outcome.mismatches, ...outcome.uncovered.map((m) => `${m}: no invocation compared`));
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(100);
  });
});
