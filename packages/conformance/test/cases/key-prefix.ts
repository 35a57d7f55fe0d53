// keyPrefix, live: a representative call of each group made on node-redis and on x, both created
// with `keyPrefix: PREFIX`, on the standalone server and the 3+3 cluster. The data is loaded raw under
// the prefixed names (`p('{c}k')`), so a call that forgot the prefix reads nothing and writes
// elsewhere: the reply and the keyspace left behind (compared by name) show it. Untagged keys
// (`'solo'`) hash to another slot once prefixed: the cluster must route by the prefixed key.
import { createHash } from 'node:crypto';
import type { Case } from '../support/cases';

export const PREFIX = 'pfx:';
/** A key as it is stored: with the prefix. */
export const p = (key: string): string => PREFIX + key;

const sorted = (reply: unknown) => (Array.isArray(reply) ? [...(reply as string[])].map(String).sort() : reply);
const SCRIPT = "return {KEYS[1], ARGV[1], redis.call('GET', KEYS[1])}";
const SCRIPT_SHA1 = createHash('sha1').update(SCRIPT).digest('hex');
const LIBRARY = ['#!lua name=kp', "redis.register_function('kp_get', function(keys, args) return {keys[1], redis.call('GET', keys[1])} end)"].join('\n');
const TIMEOUT = 0.1;

export const keyPrefixCases: Case[] = [
  // strings: one key, several keys, an untagged key (another slot once prefixed)
  { method: 'set', args: ['solo', 'v'] },
  { method: 'get', args: ['solo'], setup: [['SET', p('solo'), 'v'], ['SET', 'solo', 'unprefixed']] },
  { method: 'incr', args: ['{c}n'], setup: [['SET', p('{c}n'), '41']] },
  { method: 'mGet', args: [['{c}a', '{c}b', '{c}none']], setup: [['SET', p('{c}a'), '1'], ['SET', p('{c}b'), '2']] },
  { method: 'mSet', args: [[['{c}a', '1'], ['{c}b', '2']]] },
  { method: 'mGet', name: 'keys in several slots (split by the prefixed keys)', args: [['k1', 'k2', 'k3']], setup: [['SET', p('k1'), '1'], ['SET', p('k3'), '3']] },

  // generic: multi-key, destinations, what KEYS and SCAN return (prefixed, as stored), patterns as given
  { method: 'del', args: [['{c}a', '{c}b']], setup: [['SET', p('{c}a'), '1'], ['SET', '{c}a', 'unprefixed']] },
  { method: 'exists', args: [['{c}a', '{c}b']], setup: [['SET', p('{c}a'), '1']] },
  { method: 'copy', args: ['{c}a', '{c}b'], setup: [['SET', p('{c}a'), '1']] },
  { method: 'rename', args: ['{c}a', '{c}b'], setup: [['SET', p('{c}a'), '1']] },
  { method: 'expire', args: ['solo', 100], setup: [['SET', p('solo'), '1']] },
  { method: 'type', args: ['solo'], setup: [['RPUSH', p('solo'), 'a']] },
  { method: 'keys', name: 'a pattern is sent as given; the keys come back prefixed', args: [`${PREFIX}{c}*`], setup: [['SET', p('{c}1'), 'a'], ['SET', '{c}2', 'b']], normalize: sorted },
  { method: 'keys', name: 'an unprefixed pattern matches no prefixed key', args: ['{c}*'], setup: [['SET', p('{c}1'), 'a']], normalize: sorted },
  { method: 'scan', args: ['0', { MATCH: `${PREFIX}*`, COUNT: 100 }], setup: [['SET', p('{c}1'), 'a'], ['SET', '{c}2', 'b']], targets: ['client'] },
  { method: 'sortStore', args: ['{c}list', '{c}dst'], setup: [['RPUSH', p('{c}list'), '3', '1', '2']] },
  { method: 'sort', name: 'BY and GET patterns are not prefixed', args: ['{c}list', { BY: 'nosort', GET: '#' }], setup: [['RPUSH', p('{c}list'), '3', '1', '2']] },
  { method: 'clusterKeySlot', args: ['solo'] },

  // lists: moves, blocking pops with data waiting and timing out (their reply names the prefixed key)
  { method: 'lPush', args: ['{c}l', ['a', 'b']] },
  { method: 'lMove', args: ['{c}l', '{c}l2', 'LEFT', 'RIGHT'], setup: [['RPUSH', p('{c}l'), 'a', 'b']] },
  { method: 'blPop', args: [['{c}l', '{c}l2'], TIMEOUT], setup: [['RPUSH', p('{c}l2'), 'x']] },
  { method: 'brPop', args: ['solo', TIMEOUT], setup: [['RPUSH', p('solo'), 'x', 'y']] },
  { method: 'blPop', name: 'an unprefixed list is not seen (times out)', args: ['{c}l', TIMEOUT], setup: [['RPUSH', '{c}l', 'x']], mappings: false },
  { method: 'blMove', args: ['{c}l', '{c}l2', 'LEFT', 'LEFT', TIMEOUT], setup: [['RPUSH', p('{c}l'), 'a']] },
  { method: 'brPopLPush', args: ['{c}l', '{c}l2', TIMEOUT], setup: [['RPUSH', p('{c}l'), 'a']] },
  { method: 'blmPop', args: [TIMEOUT, ['{c}l', '{c}l2'], 'LEFT'], setup: [['RPUSH', p('{c}l2'), 'a', 'b']] },
  { method: 'lmPop', args: [['{c}l', '{c}l2'], 'RIGHT', { COUNT: 2 }], setup: [['RPUSH', p('{c}l'), 'a', 'b']] },

  // sets, sorted sets, hashes, geo, bitmaps, HyperLogLog: STORE destinations and multi-key reads
  { method: 'sInterStore', args: ['{c}d', ['{c}a', '{c}b']], setup: [['SADD', p('{c}a'), 'x', 'y'], ['SADD', p('{c}b'), 'y']] },
  { method: 'sUnion', args: [['{c}a', '{c}b']], setup: [['SADD', p('{c}a'), 'x'], ['SADD', p('{c}b'), 'y']], normalize: sorted },
  { method: 'sMove', args: ['{c}a', '{c}b', 'x'], setup: [['SADD', p('{c}a'), 'x']] },
  { method: 'zUnionStore', args: ['{c}d', ['{c}a', '{c}b']], setup: [['ZADD', p('{c}a'), '1', 'x'], ['ZADD', p('{c}b'), '2', 'y']] },
  { method: 'zRangeStore', args: ['{c}d', '{c}a', 0, -1], setup: [['ZADD', p('{c}a'), '1', 'x', '2', 'y']] },
  { method: 'bzPopMin', args: [['{c}a', '{c}b'], TIMEOUT], setup: [['ZADD', p('{c}b'), '1', 'x']] },
  { method: 'bzmPop', args: [TIMEOUT, ['{c}a', '{c}b'], 'MAX'], setup: [['ZADD', p('{c}a'), '1', 'x', '2', 'y']] },
  { method: 'hSet', args: ['solo', { f: 'v' }] },
  { method: 'hGetAll', args: ['solo'], setup: [['HSET', p('solo'), 'f', 'v']] },
  {
    method: 'geoSearchStore',
    args: ['{c}d', '{c}g', { longitude: 13.36, latitude: 38.11 }, { radius: 200, unit: 'km' }],
    setup: [['GEOADD', p('{c}g'), '13.361389', '38.115556', 'Palermo', '15.087269', '37.502669', 'Catania']],
  },
  { method: 'bitOp', args: ['OR', '{c}d', ['{c}a', '{c}b']], setup: [['SET', p('{c}a'), 'a'], ['SET', p('{c}b'), 'b']] },
  { method: 'pfMerge', args: ['{c}d', ['{c}a', '{c}b']], setup: [['PFADD', p('{c}a'), 'x'], ['PFADD', p('{c}b'), 'y']] },
  { method: 'pfCount', args: [['{c}a', '{c}b']], setup: [['PFADD', p('{c}a'), 'x'], ['PFADD', p('{c}b'), 'y']] },

  // streams: the reply names the prefixed stream
  { method: 'xRead', args: [[{ key: '{c}s', id: '0' }, { key: '{c}s2', id: '0' }]], setup: [['XADD', p('{c}s'), '1-1', 'f', 'v'], ['XADD', p('{c}s2'), '2-1', 'g', 'w']] },
  {
    method: 'xReadGroup',
    args: ['g', 'alice', { key: '{c}s', id: '>' }, { BLOCK: 100 }],
    setup: [['XADD', p('{c}s'), '1-1', 'f', 'v'], ['XGROUP', 'CREATE', p('{c}s'), 'g', '0']],
    snapshot: false,
  },

  // scripts and functions: their keys are prefixed (KEYS[1] is the prefixed name), arguments are not
  { method: 'eval', args: [SCRIPT, { keys: ['{c}k'], arguments: ['{c}k'] }], setup: [['SET', p('{c}k'), 'v']] },
  { method: 'evalRo', args: [SCRIPT, { keys: ['solo'], arguments: ['a'] }], setup: [['SET', p('solo'), 'v']] },
  { method: 'evalSha', args: [SCRIPT_SHA1, { keys: ['solo'], arguments: ['a'] }], setup: [['SCRIPT', 'LOAD', SCRIPT], ['SET', p('solo'), 'v']] },
  { method: 'fCall', args: ['kp_get', { keys: ['{c}k'], arguments: ['a'] }], setup: [['FUNCTION', 'LOAD', LIBRARY], ['SET', p('{c}k'), 'v']] },

  // pub/sub: channels are not prefixed (SPUBLISH's channel neither: it is a routing key, not a key)
  { method: 'publish', args: ['channel', 'message'] },
  { method: 'sPublish', args: ['{c}channel', 'message'] },

  // transactions: every queued command's keys prefixed; on a cluster, routed by the prefixed slot
  {
    method: 'multi',
    name: 'set, get, incr, lPush, sInterStore',
    args: [],
    multi: [
      { method: 'set', args: ['{c}a', '1'] },
      { method: 'get', args: ['{c}a'] },
      { method: 'incr', args: ['{c}n'] },
      { method: 'lPush', args: ['{c}l', 'x'] },
      { method: 'sInterStore', args: ['{c}d', ['{c}s1', '{c}s2']] },
    ],
    setup: [['SET', p('{c}n'), '9'], ['SADD', p('{c}s1'), 'x'], ['SADD', p('{c}s2'), 'x']],
  },
  {
    method: 'multi',
    name: 'an untagged key (its prefixed slot)',
    args: [],
    multi: [
      { method: 'incr', args: ['solo'] },
      { method: 'expire', args: ['solo', 100] },
      { method: 'get', args: ['solo'] },
    ],
    setup: [['SET', p('solo'), '1']],
  },
  {
    method: 'multi',
    name: 'eval and a blocking pop in a transaction',
    args: [],
    multi: [
      { method: 'eval', args: [SCRIPT, { keys: ['{c}k'], arguments: ['x'] }] },
      { method: 'blPop', args: ['{c}l', TIMEOUT] },
    ],
    setup: [['SET', p('{c}k'), 'v'], ['RPUSH', p('{c}l'), 'a']],
  },
];
