// The hash group: every node-redis method and argument form, live on Redis 7.0 where it runs, and
// definitions-only (wire arguments, transforms of sample replies) for the commands newer than it.
import type { Case } from '../support/cases';

/** node-redis's hash command names (upper-case spelling), each of which must have a case. */
export const HASH_COMMANDS = [
  'HDEL', 'HEXISTS', 'HGET', 'HGETALL', 'HINCRBY', 'HINCRBYFLOAT', 'HKEYS', 'HLEN', 'HMGET', 'HRANDFIELD', 'HRANDFIELD_COUNT',
  'HRANDFIELD_COUNT_WITHVALUES', 'HSCAN', 'HSCAN_NOVALUES', 'HSET', 'HSETNX', 'HSTRLEN', 'HVALS',
  // Newer than the Redis 7.0 here.
  'HEXPIRE', 'HEXPIREAT', 'HEXPIRETIME', 'HGETDEL', 'HGETEX', 'HPERSIST', 'HPEXPIRE', 'HPEXPIREAT', 'HPEXPIRETIME', 'HPTTL',
  'HSETEX', 'HTTL', 'HIMPORT_DISCARD', 'HIMPORT_DISCARDALL', 'HIMPORT_PREPARE', 'HIMPORT_SET',
];

const H = '{c}h';
const AB: ReadonlyArray<ReadonlyArray<string>> = [['HSET', H, 'a', '1', 'b', '2']];

/** Random picks in any order: sorted (by field for `{ field, value }` entries). */
const sorted = (reply: unknown): unknown => {
  if (!Array.isArray(reply)) return reply;
  const key = (v: unknown) => (v !== null && typeof v === 'object' && 'field' in v ? String((v as { field: unknown }).field) : String(v));
  return [...reply].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
};

const HASH_FIELD_EXPIRATION = 'Redis 7.4 (hash field expiration); the servers here run 7.0';
const REDIS_8 = 'Redis 8.0; the servers here run 7.0';
const HIMPORT = 'Redis 8.10 (HIMPORT); the servers here run 7.0';

/** Per-field integer replies, as Redis sends them in both protocols. */
const integers = (...values: number[]) => ({ 2: () => values, 3: () => values });

export const hashCases: Case[] = [
  // HSET: every form node-redis's HSET takes (issue 12 §1: a flat array is field, value, field, value).
  { method: 'hSet', args: [H, 'f', 'v'] },
  { method: 'hSet', name: 'numbers as field and value', args: [H, 1, 2.5] },
  { method: 'hSet', name: 'Buffer field and value', args: () => [H, Buffer.from('f'), Buffer.from([0xff, 0x00])] },
  { method: 'HSET', name: 'an object', args: [H, { a: '1', b: 2 }], setup: [['HSET', H, 'a', 'old']] },
  { method: 'hSet', name: 'a Map', args: () => [H, new Map<unknown, unknown>([['a', '1'], [Buffer.from('b'), 2], [3, 'c']])] },
  { method: 'hSet', name: '[[field, value]] pairs', args: [H, [['a', '1'], ['b', '2']]] },
  { method: 'hSet', name: 'one [field, value] pair', args: [H, [['f', 'v']]] },
  { method: 'hSet', name: 'a flat [field, value, …] array', args: [H, ['f1', 'v1', 'f2', 'v2']] },
  { method: 'hSet', name: 'pairs and flat values mixed', args: [H, [['a', '1'], 'b', '2']] },
  { method: 'hSet', name: 'an odd flat array (the server refuses it)', args: [H, ['f1', 'v1', 'f2']] },
  { method: 'hSet', name: 'on a string key (WRONGTYPE)', args: [H, 'f', 'v'], setup: [['SET', H, 'x']] },

  { method: 'hSetNX', args: [H, 'a', 'new'], setup: AB },
  { method: 'HSETNX', args: [H, 'z', 'new'], setup: AB },

  { method: 'hGet', args: [H, 'a'], setup: AB },
  { method: 'HGET', name: 'a missing field', args: [H, 'zz'], setup: AB },
  { method: 'hGet', name: 'a Buffer field', args: () => [H, Buffer.from('b')], setup: AB },
  { method: 'hGetAll', args: [H], setup: [['HSET', H, 'a', '1', 'b', '2', 'c', '']] },
  { method: 'HGETALL', name: 'a missing key', args: ['{c}missing'] },
  { method: 'hmGet', args: [H, ['a', 'zz', 'b']], setup: AB },
  { method: 'HMGET', name: 'one field', args: [H, 'b'], setup: AB },
  { method: 'hKeys', args: [H], setup: AB },
  { method: 'HKEYS', name: 'upper-case spelling', args: [H], setup: AB },
  { method: 'hVals', args: [H], setup: AB },
  { method: 'HVALS', name: 'a missing key', args: ['{c}missing'] },
  { method: 'hLen', args: [H], setup: AB },
  { method: 'HLEN', name: 'upper-case spelling', args: [H], setup: AB },
  { method: 'hExists', args: [H, 'a'], setup: AB },
  { method: 'HEXISTS', name: 'a missing field', args: [H, 'q'], setup: AB },
  { method: 'hStrLen', args: [H, 'a'], setup: [['HSET', H, 'a', 'hello']] },
  { method: 'HSTRLEN', name: 'a missing field', args: [H, 'q'] },

  { method: 'hDel', args: [H, 'a'], setup: AB },
  { method: 'HDEL', name: 'several fields', args: [H, ['a', 'b', 'zz']], setup: AB },
  { method: 'hIncrBy', args: [H, 'a', 5], setup: AB },
  { method: 'HINCRBY', name: 'a new field, negative', args: [H, 'n', -3] },
  { method: 'hIncrBy', name: 'a non-integer value (server error)', args: [H, 'a', 1], setup: [['HSET', H, 'a', 'x']] },
  { method: 'hIncrByFloat', args: [H, 'a', 0.5], setup: AB },
  { method: 'HINCRBYFLOAT', name: 'a new field, negative', args: [H, 'f', -1.25] },

  // Random picks: deterministic on a one-field hash, or sorted when every field comes back.
  { method: 'hRandField', args: [H], setup: [['HSET', H, 'only', '1']] },
  { method: 'HRANDFIELD', name: 'a missing key', args: ['{c}missing'] },
  { method: 'hRandFieldCount', args: [H, 5], setup: AB, normalize: sorted },
  { method: 'HRANDFIELD_COUNT', name: 'negative count (repeats)', args: [H, -3], setup: [['HSET', H, 'only', '1']] },
  { method: 'hRandFieldCount', name: 'a missing key', args: ['{c}missing', 2] },
  { method: 'hRandFieldCountWithValues', args: [H, 5], setup: AB, normalize: sorted },
  { method: 'hRandFieldCountWithValues', name: 'negative count (repeats)', args: [H, -2], setup: [['HSET', H, 'only', '1']] },
  { method: 'HRANDFIELD_COUNT_WITHVALUES', name: 'a missing key', args: ['{c}missing', 2] },

  { method: 'hScan', args: [H, '0'], setup: AB },
  { method: 'hScan', name: 'MATCH and COUNT', args: [H, '0', { MATCH: 'a*', COUNT: 100 }], setup: AB },
  { method: 'HSCAN', name: 'a missing key', args: ['{c}missing', '0'] },
  {
    method: 'hScanNoValues',
    args: [H, '0', { MATCH: 'f*', COUNT: 10 }],
    unitOnly: { reason: 'Redis 7.4 (HSCAN NOVALUES); the servers here run 7.0', replies: { 2: () => ['0', ['f1', 'f2']], 3: () => ['0', ['f1', 'f2']] } },
  },
  { method: 'HSCAN_NOVALUES', args: [H, '12'], unitOnly: { reason: 'Redis 7.4 (HSCAN NOVALUES)', replies: { 2: () => ['0', []], 3: () => ['0', []] } } },

  // Hash field expiration (Redis 7.4): per-field integer replies.
  { method: 'hExpire', args: [H, ['a', 'b'], 60], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(1, -2) } },
  { method: 'HEXPIRE', name: 'with a condition', args: [H, 'a', 60, 'NX'], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(0) } },
  { method: 'hpExpire', args: [H, ['a'], 1500, 'GT'], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(1) } },
  { method: 'HPEXPIRE', name: 'upper-case spelling', args: [H, ['a'], 1500, 'GT'], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(1) } },
  { method: 'hExpireAt', args: [H, ['a', 'b'], 1_900_000_000], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(1, 2) } },
  { method: 'HEXPIREAT', name: 'a Date, and a condition', args: () => [H, 'a', new Date(1_900_000_000_500), 'XX'], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(0) } },
  { method: 'hpExpireAt', args: () => [H, ['a'], new Date(1_900_000_000_500), 'LT'], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(1) } },
  { method: 'HPEXPIREAT', args: [H, 'a', 1_900_000_000_500], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(-2) } },
  { method: 'hExpireTime', args: [H, ['a', 'b', 'zz']], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(1_900_000_000, -1, -2) } },
  { method: 'HEXPIRETIME', name: 'upper-case spelling', args: [H, ['a', 'b', 'zz']], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(1_900_000_000, -1, -2) } },
  { method: 'hpExpireTime', args: [H, 'a'], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(1_900_000_000_500) } },
  { method: 'HPEXPIRETIME', name: 'upper-case spelling', args: [H, 'a'], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(1_900_000_000_500) } },
  { method: 'hTTL', args: [H, ['a', 'b']], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(59, -1) } },
  { method: 'HTTL', name: 'upper-case spelling', args: [H, ['a', 'b']], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(59, -1) } },
  { method: 'hpTTL', args: [H, 'a'], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(59_000) } },
  { method: 'HPTTL', name: 'upper-case spelling', args: [H, 'a'], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(59_000) } },
  { method: 'hPersist', args: [H, ['a', 'zz']], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(1, -2) } },
  { method: 'HPERSIST', name: 'upper-case spelling', args: [H, ['a', 'zz']], unitOnly: { reason: HASH_FIELD_EXPIRATION, replies: integers(1, -2) } },

  // HGETDEL / HGETEX / HSETEX (Redis 8.0).
  { method: 'hGetDel', args: [H, ['a', 'zz']], unitOnly: { reason: REDIS_8, replies: { 2: () => ['1', null], 3: () => ['1', null] } } },
  { method: 'HGETDEL', args: [H, 'a'], unitOnly: { reason: REDIS_8, replies: { 2: () => ['1'], 3: () => ['1'] } } },
  { method: 'hGetEx', args: [H, ['a', 'b']], unitOnly: { reason: REDIS_8, replies: { 2: () => ['1', '2'], 3: () => ['1', '2'] } } },
  { method: 'hGetEx', name: 'EX', args: [H, 'a', { expiration: { type: 'EX', value: 60 } }], unitOnly: { reason: REDIS_8, replies: { 2: () => ['1'], 3: () => ['1'] } } },
  { method: 'hGetEx', name: 'PXAT', args: [H, 'a', { expiration: { type: 'PXAT', value: 1_900_000_000_500 } }], unitOnly: { reason: REDIS_8 } },
  { method: 'hGetEx', name: "'PERSIST'", args: [H, ['a'], { expiration: 'PERSIST' }], unitOnly: { reason: REDIS_8 } },
  { method: 'HGETEX', name: "{ type: 'PERSIST' }", args: [H, ['a'], { expiration: { type: 'PERSIST' } }], unitOnly: { reason: REDIS_8, replies: { 2: () => [null], 3: () => [null] } } },
  { method: 'hSetEx', name: 'an object', args: [H, { a: '1', b: 2 }], unitOnly: { reason: REDIS_8, replies: { 2: () => 1, 3: () => 1 } } },
  { method: 'hSetEx', name: 'a Map, FNX and EX', args: () => [H, new Map<unknown, unknown>([['a', '1']]), { mode: 'FNX', expiration: { type: 'EX', value: 60 } }], unitOnly: { reason: REDIS_8, replies: { 2: () => 0, 3: () => 0 } } },
  { method: 'hSetEx', name: 'pairs, FXX and KEEPTTL', args: [H, [['a', '1'], ['b', '2']], { mode: 'FXX', expiration: 'KEEPTTL' }], unitOnly: { reason: REDIS_8 } },
  { method: 'HSETEX', name: "a flat array, { type: 'KEEPTTL' }", args: [H, ['a', '1', 'b', '2'], { expiration: { type: 'KEEPTTL' } }], unitOnly: { reason: REDIS_8 } },
  { method: 'hSetEx', name: 'PXAT', args: [H, { a: 1 }, { expiration: { type: 'PXAT', value: 1_900_000_000_500 } }], unitOnly: { reason: REDIS_8 } },

  // HIMPORT (Redis 8.10).
  { method: 'hImportPrepare', args: ['fs', ['name', 'age']], unitOnly: { reason: HIMPORT, replies: { 2: () => 'OK', 3: () => 'OK' } } },
  { method: 'HIMPORT_PREPARE', name: 'one field', args: ['fs', 'name'], unitOnly: { reason: HIMPORT } },
  { method: 'hImportSet', args: [H, 'fs', ['ann', '33']], unitOnly: { reason: HIMPORT, replies: { 2: () => 'OK', 3: () => 'OK' } } },
  { method: 'HIMPORT_SET', name: 'upper-case spelling', args: [H, 'fs', ['ann', '33']], unitOnly: { reason: HIMPORT, replies: { 2: () => 'OK', 3: () => 'OK' } } },
  { method: 'hImportDiscard', args: ['fs'], unitOnly: { reason: HIMPORT, replies: { 2: () => 1, 3: () => 1 } } },
  { method: 'HIMPORT_DISCARD', name: 'upper-case spelling', args: ['fs'], unitOnly: { reason: HIMPORT, replies: { 2: () => 1, 3: () => 1 } } },
  { method: 'hImportDiscardAll', args: [], unitOnly: { reason: HIMPORT, replies: { 2: () => 2, 3: () => 2 } } },
  { method: 'HIMPORT_DISCARDALL', name: 'upper-case spelling', args: [], unitOnly: { reason: HIMPORT, replies: { 2: () => 2, 3: () => 2 } } },

  // A transaction of commands whose replies are reshaped: each reply transformed as its command's.
  {
    method: 'multi',
    name: 'hSet, hGetAll, hScan, hRandFieldCountWithValues, hIncrByFloat',
    args: [],
    multi: [
      { method: 'hSet', args: [H, { a: '1' }] },
      { method: 'hGetAll', args: [H] },
      { method: 'hScan', args: [H, '0'] },
      { method: 'hRandFieldCountWithValues', args: [H, 1] },
      { method: 'hIncrByFloat', args: [H, 'a', 0.5] },
    ],
  },
];
