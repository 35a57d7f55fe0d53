import type { Case } from '../support/cases';
import type { Outcome } from '../support/cases';
import { sortedBy, textOf } from '../support/normalize';

// Data every case starts from (loaded raw, so both clients see the same keyspace).
const Z = ['ZADD', '{c}z', '1', 'a', '2', 'b', '3', 'c'];
const Z2 = ['ZADD', '{c}z2', '2', 'b', '3', 'c', '4', 'd'];
const LEX = ['ZADD', '{c}lex', '0', 'a', '0', 'b', '0', 'c', '0', 'd'];
const INF = ['ZADD', '{c}inf', '-inf', 'low', '1.5', 'mid', 'inf', 'high'];

const NEWER_72 = 'Redis 7.2+ (WITHSCORE); the servers here run 7.0';
const NEWER_8 = 'Redis 8.x; the servers here run 7.0';

/** The sorted-set group of node-redis 6.4 (with its variants), by upper-case name. */
export const SORTED_SET_COMMANDS = [
  'BZMOVE', 'BZMPOP', 'BZPOPMAX', 'BZPOPMIN', 'ZADD', 'ZADD_INCR', 'ZCARD', 'ZCOUNT', 'ZDIFF', 'ZDIFF_WITHSCORES',
  'ZDIFFSTORE', 'ZINCRBY', 'ZINTER', 'ZINTER_WITHSCORES', 'ZINTERCARD', 'ZINTERSTORE', 'ZLEXCOUNT', 'ZMOVE',
  'ZMOVEMEMBER', 'ZMPOP', 'ZMSCORE', 'ZPOPMAX', 'ZPOPMAX_COUNT', 'ZPOPMIN', 'ZPOPMIN_COUNT', 'ZRANDMEMBER',
  'ZRANDMEMBER_COUNT', 'ZRANDMEMBER_COUNT_WITHSCORES', 'ZRANGE', 'ZRANGE_WITHSCORES', 'ZRANGEBYLEX', 'ZRANGEBYSCORE',
  'ZRANGEBYSCORE_WITHSCORES', 'ZRANGESTORE', 'ZRANK', 'ZRANK_WITHSCORE', 'ZREM', 'ZREMRANGEBYLEX', 'ZREMRANGEBYRANK',
  'ZREMRANGEBYSCORE', 'ZREVRANK', 'ZREVRANK_WITHSCORE', 'ZSCAN', 'ZSCORE', 'ZUNION', 'ZUNION_WITHSCORES', 'ZUNIONSTORE',
] as const;

/** x's reply, Buffers read as text (a `difference.check` runs under every type mapping). */
const xValue = (x: Outcome) => (x.ok ? textOf(x.value) : x.error);

/** x refused the call before sending, with a TypeError. */
const refusedByX = (x: Outcome) => {
  expect(x.ok).toBe(false);
  if (!x.ok) expect(x.error).toBeInstanceOf(TypeError);
};

/** The cluster refused keys of several slots before sending anything (node-redis sends, the server refuses). */
export const crossSlotRefused = {
  reason:
    'keys in several slots: node-redis sends the command to the first key\'s node, which answers CROSSSLOT; x refuses it before sending (CrossSlotError: message CROSSSLOT…, code ERR_CROSS_SLOT — x\'s codes never take a server\'s)',
  targets: ['cluster'] as const,
  check: (x: Outcome, nr: Outcome) => {
    expect(x.ok).toBe(false);
    if (!x.ok) {
      expect(x.error.message).toMatch(/^CROSSSLOT /);
      expect((x.error as Error & { code?: string }).code).toBe('ERR_CROSS_SLOT');
    }
    expect(nr.ok).toBe(false);
  },
};

/** Moved members as Redis 8 sends them: RESP2 scores as strings, RESP3 as doubles. */
const movedSample = { 2: () => [['a', '1'], ['b', '2.5']], 3: () => [['a', 1], ['b', 2.5]] };

export const sortedSetCases: Case[] = [
  // ZADD: one member, several, every flag spelling, infinities, Buffers; a flat array is refused.
  { method: 'zAdd', args: ['{c}z', { score: 1, value: 'a' }] },
  { method: 'zAdd', args: ['{c}z', [{ score: 1, value: 'a' }, { score: 2.5, value: 'b' }]] },
  { method: 'zAdd', args: ['{c}z', [{ score: Infinity, value: 'top' }, { score: -Infinity, value: 'bottom' }]] },
  { method: 'zAdd', name: 'Buffer member', args: () => ['{c}z', { score: 1, value: Buffer.from([0xff, 0x00]) }] },
  { method: 'zAdd', args: ['{c}z', { score: 9, value: 'a' }, { condition: 'NX' }], setup: [Z] },
  { method: 'zAdd', args: ['{c}z', { score: 9, value: 'a' }, { NX: true }], setup: [Z] },
  { method: 'zAdd', args: ['{c}z', [{ score: 9, value: 'a' }, { score: 9, value: 'new' }], { XX: true, CH: true }], setup: [Z] },
  { method: 'zAdd', args: ['{c}z', { score: 0, value: 'a' }, { condition: 'XX', comparison: 'LT', CH: true }], setup: [Z] },
  { method: 'zAdd', args: ['{c}z', { score: 0, value: 'a' }, { GT: true, CH: true }], setup: [Z] },
  { method: 'zAdd', args: ['{c}z', { score: 0, value: 'b' }, { LT: true }], setup: [Z] },
  { method: 'zAdd', name: 'a flat [score, member] array is refused before sending', args: ['{c}z', ['1', 'a']] },
  { method: 'zAdd', name: 'wrong type', args: ['{c}s', { score: 1, value: 'a' }], setup: [['SET', '{c}s', 'x']] },
  { method: 'ZADD', args: ['{c}z', { score: 1, value: 'a' }] },

  { method: 'zAddIncr', args: ['{c}z', { score: 2.5, value: 'a' }], setup: [Z] },
  { method: 'zAddIncr', args: ['{c}z', { score: 1, value: 'missing' }, { condition: 'XX' }], setup: [Z] },
  { method: 'zAddIncr', args: ['{c}z', { score: -1, value: 'a' }, { comparison: 'GT', CH: true }], setup: [Z] },
  { method: 'zAddIncr', args: ['{c}z', { score: 1, value: 'new' }, { condition: 'NX', CH: true }], setup: [Z] },

  { method: 'zCard', args: ['{c}z'], setup: [Z] },
  { method: 'zCard', args: ['{c}missing'] },
  { method: 'zCount', args: ['{c}z', 1, 2], setup: [Z] },
  { method: 'zCount', args: ['{c}z', '(1', '+inf'], setup: [Z] },
  { method: 'zCount', args: ['{c}inf', -Infinity, Infinity], setup: [INF] },

  { method: 'zDiff', args: [['{c}z', '{c}z2']], setup: [Z, Z2] },
  { method: 'zDiff', args: ['{c}z'], setup: [Z] },
  { method: 'zDiffWithScores', args: [['{c}z', '{c}z2']], setup: [Z, Z2] },
  { method: 'zDiffWithScores', args: [['{c}inf', '{c}z']], setup: [INF, Z] },
  { method: 'zDiffStore', args: ['{c}dst', ['{c}z', '{c}z2']], setup: [Z, Z2] },
  { method: 'zDiffStore', args: ['{c}dst', '{c}z'], setup: [Z] },

  { method: 'zIncrBy', args: ['{c}z', 1.5, 'a'], setup: [Z] },
  { method: 'zIncrBy', args: ['{c}z', -2, 'new'], setup: [Z] },
  { method: 'zIncrBy', args: ['{c}z', Infinity, 'a'], setup: [Z] },

  { method: 'zInter', args: [['{c}z', '{c}z2']], setup: [Z, Z2] },
  { method: 'zInter', args: ['{c}z'], setup: [Z] },
  { method: 'zInter', args: [[{ key: '{c}z', weight: 2 }, { key: '{c}z2', weight: 0.5 }], { AGGREGATE: 'MAX' }], setup: [Z, Z2] },
  { method: 'zInter', args: [{ key: '{c}z', weight: 3 }], setup: [Z] },
  { method: 'zInterWithScores', args: [['{c}z', '{c}z2']], setup: [Z, Z2] },
  { method: 'zInterWithScores', args: [[{ key: '{c}z', weight: 2 }, { key: '{c}z2', weight: 1 }], { AGGREGATE: 'MIN' }], setup: [Z, Z2] },
  { method: 'zInterCard', args: [['{c}z', '{c}z2']], setup: [Z, Z2] },
  { method: 'zInterCard', args: [['{c}z', '{c}z2'], 1], setup: [Z, Z2] },
  { method: 'zInterCard', args: [['{c}z', '{c}z2'], { LIMIT: 1 }], setup: [Z, Z2] },
  { method: 'zInterCard', args: ['{c}z'], setup: [Z] },
  { method: 'zInterStore', args: ['{c}dst', ['{c}z', '{c}z2']], setup: [Z, Z2] },
  { method: 'zInterStore', args: ['{c}dst', [{ key: '{c}z', weight: 2 }, { key: '{c}z2', weight: 3 }], { AGGREGATE: 'SUM' }], setup: [Z, Z2] },

  { method: 'zLexCount', args: ['{c}lex', '[b', '+'], setup: [LEX] },
  { method: 'zLexCount', args: ['{c}lex', '-', '(c'], setup: [LEX] },

  { method: 'zmPop', args: ['{c}z', 'MIN'], setup: [Z] },
  { method: 'zmPop', args: [['{c}missing', '{c}z'], 'MAX', { COUNT: 2 }], setup: [Z] },
  { method: 'zmPop', args: [['{c}missing', '{c}z2'], 'MIN'] },
  { method: 'zmPop', args: ['{c}inf', 'MAX', { COUNT: 3 }], setup: [INF] },

  { method: 'zmScore', args: ['{c}z', ['a', 'missing', 'c']], setup: [Z] },
  { method: 'zmScore', args: ['{c}inf', ['low', 'high']], setup: [INF] },
  { method: 'zmScore', args: ['{c}z', 'b'], setup: [Z] },

  { method: 'zPopMax', args: ['{c}z'], setup: [Z] },
  { method: 'zPopMax', args: ['{c}missing'] },
  { method: 'zPopMax', args: ['{c}inf'], setup: [INF] },
  { method: 'zPopMin', args: ['{c}z'], setup: [Z] },
  { method: 'zPopMin', args: ['{c}missing'] },
  { method: 'zPopMaxCount', args: ['{c}z', 2], setup: [Z] },
  { method: 'zPopMaxCount', args: ['{c}missing', 2] },
  { method: 'zPopMinCount', args: ['{c}inf', 5], setup: [INF] },
  { method: 'zPopMinCount', args: ['{c}z', 1], setup: [Z] },

  // Random picks: a one-member set, or every member (sorted before comparing).
  { method: 'zRandMember', args: ['{c}one'], setup: [['ZADD', '{c}one', '1', 'only']] },
  { method: 'zRandMember', args: ['{c}missing'] },
  { method: 'zRandMemberCount', args: ['{c}z', 3], setup: [Z], normalize: sortedBy() },
  { method: 'zRandMemberCount', args: ['{c}missing', 3] },
  { method: 'zRandMemberCountWithScores', args: ['{c}z', 3], setup: [Z], normalize: sortedBy('value') },
  { method: 'zRandMemberCountWithScores', args: ['{c}one', -2], setup: [['ZADD', '{c}one', '1.5', 'only']] },

  { method: 'zRange', args: ['{c}z', 0, -1], setup: [Z] },
  { method: 'zRange', args: ['{c}z', '0', '1'], setup: [Z] },
  { method: 'zRange', args: ['{c}inf', -Infinity, Infinity, { BY: 'SCORE' }], setup: [INF] },
  { method: 'zRange', args: ['{c}z', 3, '(1', { BY: 'SCORE', REV: true, LIMIT: { offset: 0, count: 1 } }], setup: [Z] },
  { method: 'zRange', args: ['{c}lex', '[b', '+', { BY: 'LEX', LIMIT: { offset: 1, count: 5 } }], setup: [LEX] },
  { method: 'zRange', args: ['{c}z', 0, -1, { REV: true }], setup: [Z] },
  { method: 'zRangeWithScores', args: ['{c}z', 0, -1], setup: [Z] },
  { method: 'zRangeWithScores', args: ['{c}inf', '-inf', '+inf', { BY: 'SCORE', REV: true }], setup: [INF] },
  { method: 'zRangeByLex', args: ['{c}lex', '-', '+'], setup: [LEX] },
  { method: 'zRangeByLex', args: ['{c}lex', '(a', '[c', { LIMIT: { offset: 1, count: 1 } }], setup: [LEX] },
  { method: 'zRangeByScore', args: ['{c}z', 1, 2], setup: [Z] },
  { method: 'zRangeByScore', args: ['{c}z', '(1', Infinity, { LIMIT: { offset: 0, count: 1 } }], setup: [Z] },
  { method: 'zRangeByScoreWithScores', args: ['{c}inf', -Infinity, Infinity], setup: [INF] },
  { method: 'zRangeByScoreWithScores', args: ['{c}z', 2, '+inf', { LIMIT: { offset: 1, count: 5 } }], setup: [Z] },
  { method: 'zRangeStore', args: ['{c}dst', '{c}z', 0, 1], setup: [Z] },
  { method: 'zRangeStore', args: ['{c}dst', '{c}z', 3, 1, { BY: 'SCORE', REV: true, LIMIT: { offset: 0, count: 2 } }], setup: [Z] },
  { method: 'zRangeStore', args: ['{c}dst', '{c}lex', '[b', '[c', { BY: 'LEX' }], setup: [LEX] },

  { method: 'zRank', args: ['{c}z', 'b'], setup: [Z] },
  { method: 'zRank', args: ['{c}z', 'missing'], setup: [Z] },
  {
    method: 'zRankWithScore',
    args: ['{c}z', 'b'],
    unitOnly: { reason: NEWER_72, replies: { 2: () => [1, '2.5'], 3: () => [1, 2.5] } },
  },
  { method: 'zRankWithScore', name: 'not there: null', args: ['{c}z', 'x'], unitOnly: { reason: NEWER_72, replies: { 2: () => null, 3: () => null } } },
  { method: 'zRevRank', args: ['{c}z', 'a'], setup: [Z] },
  { method: 'zRevRank', args: ['{c}missing', 'a'] },
  {
    method: 'zRevRankWithScore',
    args: ['{c}z', 'a'],
    unitOnly: { reason: NEWER_72, replies: { 2: () => [2, '-inf'], 3: () => [2, -Infinity] } },
  },

  { method: 'zRem', args: ['{c}z', 'a'], setup: [Z] },
  { method: 'zRem', args: ['{c}z', ['a', 'b', 'missing']], setup: [Z] },
  { method: 'zRemRangeByLex', args: ['{c}lex', '[b', '(d'], setup: [LEX] },
  { method: 'zRemRangeByRank', args: ['{c}z', 0, -2], setup: [Z] },
  { method: 'zRemRangeByScore', args: ['{c}z', '(1', 2], setup: [Z] },
  { method: 'zRemRangeByScore', args: ['{c}inf', -Infinity, 0], setup: [INF] },

  { method: 'zScan', args: ['{c}z', '0'], setup: [Z] },
  { method: 'zScan', args: ['{c}z', '0', { MATCH: 'b*', COUNT: 100 }], setup: [Z] },
  { method: 'zScan', args: ['{c}inf', '0'], setup: [INF] },
  { method: 'zScore', args: ['{c}z', 'b'], setup: [Z] },
  { method: 'zScore', args: ['{c}z', 'missing'], setup: [Z] },
  { method: 'zScore', args: ['{c}inf', 'high'], setup: [INF] },

  { method: 'zUnion', args: [['{c}z', '{c}z2']], setup: [Z, Z2] },
  { method: 'zUnion', args: [[{ key: '{c}z', weight: 2 }, { key: '{c}z2', weight: -1 }], { AGGREGATE: 'MIN' }], setup: [Z, Z2] },
  { method: 'zUnionWithScores', args: [['{c}z', '{c}z2']], setup: [Z, Z2] },
  { method: 'zUnionWithScores', args: [{ key: '{c}inf', weight: 2 }], setup: [INF] },
  { method: 'zUnionStore', args: ['{c}dst', ['{c}z', '{c}z2'], { AGGREGATE: 'MAX' }], setup: [Z, Z2] },
  { method: 'zUnionStore', args: ['{c}dst', [{ key: '{c}z', weight: 1 }, { key: '{c}z2', weight: 10 }]], setup: [Z, Z2] },

  // Blocking pops: data present (answers at once), and a short wait that times out (null).
  { method: 'bzPopMax', args: ['{c}z', 1], setup: [Z] },
  { method: 'bzPopMax', args: [['{c}missing', '{c}inf'], 1], setup: [INF] },
  { method: 'bzPopMax', name: 'times out: null', args: ['{c}missing', 0.05], mappings: ['buffers'] },
  { method: 'bzPopMin', args: [['{c}missing', '{c}z'], 1], setup: [Z] },
  { method: 'bzPopMin', name: 'times out: null', args: [['{c}m1', '{c}m2'], 0.05], mappings: ['buffers'] },
  { method: 'bzmPop', args: [1, '{c}z', 'MIN'], setup: [Z] },
  { method: 'bzmPop', args: [1, ['{c}missing', '{c}z'], 'MAX', { COUNT: 2 }], setup: [Z] },
  { method: 'bzmPop', args: [0.5, '{c}inf', 'MIN', { COUNT: 5 }], setup: [INF] },
  { method: 'bzmPop', name: 'times out: null', args: [0.05, ['{c}m1', '{c}m2'], 'MAX'], mappings: ['buffers'] },

  // Redis 8 commands: the arguments and the transforms on sample replies only.
  { method: 'zMove', args: ['{c}z', '{c}dst', 'MIN'], unitOnly: { reason: NEWER_8, replies: movedSample } },
  { method: 'zMove', args: ['{c}z', '{c}dst', { min: 1, max: '(3' }, { COUNT: 2 }], unitOnly: { reason: NEWER_8, replies: movedSample } },
  { method: 'zMove', name: 'nothing moved: null', args: ['{c}z', '{c}dst', 'MAX'], unitOnly: { reason: NEWER_8, replies: { 2: () => null, 3: () => null } } },
  { method: 'zMoveMember', args: ['{c}z', '{c}dst', ['a', 'b']], unitOnly: { reason: NEWER_8, replies: movedSample } },
  { method: 'zMoveMember', args: ['{c}z', '{c}dst', 'a', { condition: 'NX' }], unitOnly: { reason: NEWER_8, replies: movedSample } },
  { method: 'bzMove', args: ['{c}z', '{c}dst', 'MAX', 1.5], unitOnly: { reason: NEWER_8, replies: movedSample } },
  { method: 'bzMove', args: ['{c}z', '{c}dst', 'MIN', 0, { COUNT: 3 }], unitOnly: { reason: NEWER_8, replies: { 2: () => null, 3: () => null } } },


  // Keys in two slots: the same on a standalone server; a cluster refuses them (CROSSSLOT).
  {
    method: 'zUnion',
    name: 'keys in two slots',
    args: [['{a}z', '{b}z']],
    difference: crossSlotRefused,
    setup: [['ZADD', '{a}z', '1', 'a'], ['ZADD', '{b}z', '2', 'b']],
  },
  {
    method: 'zInterStore',
    name: 'destination and keys in other slots',
    difference: crossSlotRefused,
    args: ['{a}dst', ['{b}z', '{c}z']],
    setup: [['ZADD', '{b}z', '1', 'a'], Z],
  },
  {
    method: 'bzPopMin',
    name: 'keys in two slots',
    args: [['{a}z', '{b}z'], 0.05],
    difference: crossSlotRefused,
    setup: [['ZADD', '{b}z', '1', 'a']],
    mappings: false,
  },

  // x's earlier (generated) forms, kept or refused on purpose.
  {
    method: 'zUnion',
    name: "x's earlier WEIGHTS option",
    args: [['{c}z', '{c}z2'], { WEIGHTS: [1, 10] }],
    setup: [Z, Z2],
    difference: {
      reason: "node-redis ignores a WEIGHTS option (its weights ride on the keys: { key, weight }) and sends none; x keeps its earlier documented option and sends the weights",
      wire: true,
      check: (x) => expect(xValue(x)).toEqual(['a', 'b', 'c', 'd']),
    },
  },
  {
    method: 'zRangeStore',
    name: "x's earlier sortby option",
    args: ['{c}dst', '{c}z', 2, 3, { sortby: 'BYSCORE' }],
    setup: [Z],
    difference: {
      reason: "node-redis ignores sortby (its option is BY: 'SCORE') and stores by rank; x keeps its earlier documented option",
      wire: true,
      check: (x) => expect(Number(xValue(x))).toBe(2),
    },
  },
  {
    method: 'zPopMax',
    name: "x's earlier count argument is refused",
    args: ['{c}z', 2],
    setup: [Z],
    difference: {
      reason: 'node-redis ignores a count and pops one member; x refuses it (it would change the reply) and names zPopMaxCount',
      wire: true,
      check: refusedByX,
    },
  },
  {
    method: 'zRangeByScore',
    name: "x's earlier WITHSCORES option is refused",
    args: ['{c}z', 0, 5, { WITHSCORES: true }],
    setup: [Z],
    difference: {
      reason: 'node-redis ignores WITHSCORES; x refuses it (it would change the reply) and names zRangeByScoreWithScores',
      wire: true,
      check: refusedByX,
    },
  },

  // Reshaped replies inside a transaction: each reply transformed as the command alone would be.
  {
    method: 'multi',
    name: 'reshaped sorted-set replies in a transaction',
    args: [],
    setup: [Z],
    multi: [
      { method: 'zAdd', args: ['{c}z', { score: 4, value: 'd' }] },
      { method: 'zPopMax', args: ['{c}z'] },
      { method: 'zPopMinCount', args: ['{c}z', 2] },
      { method: 'zRangeWithScores', args: ['{c}z', 0, -1] },
      { method: 'zScore', args: ['{c}z', 'c'] },
      { method: 'zmPop', args: ['{c}z', 'MIN'] },
      { method: 'zmPop', args: ['{c}z', 'MIN'] },
    ],
  },
];
