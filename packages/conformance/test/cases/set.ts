// The set group: every node-redis method and argument form, live on Redis 7.0 where it runs, and
// definitions-only (wire arguments, transforms of sample replies) for the commands newer than it.
import type { Case } from '../support/cases';
import { CROSS_SLOT_DIFFERENCE } from '../support/cross-slot';

/** node-redis's set command names (upper-case spelling), each of which must have a case. */
export const SET_COMMANDS = [
  'SADD', 'SCARD', 'SDIFF', 'SDIFFSTORE', 'SINTER', 'SINTERCARD', 'SINTERSTORE', 'SISMEMBER', 'SMEMBERS', 'SMISMEMBER', 'SMOVE',
  'SPOP', 'SPOP_COUNT', 'SRANDMEMBER', 'SRANDMEMBER_COUNT', 'SREM', 'SSCAN', 'SUNION', 'SUNIONSTORE',
  // Newer than the Redis 7.0 here.
  'SADDEX', 'SDIFFCARD', 'SEXPIRE', 'SEXPIREAT', 'SEXPIRETIME', 'SPERSIST', 'SPEXPIRE', 'SPEXPIREAT', 'SPEXPIRETIME', 'SPTTL',
  'STTL', 'SUNIONCARD',
];

const S = '{c}s';
const S2 = '{c}s2';
const TWO: ReadonlyArray<ReadonlyArray<string>> = [['SADD', S, 'a', 'b', 'c'], ['SADD', S2, 'b', 'c', 'd']];
const NUMBERS: ReadonlyArray<ReadonlyArray<string>> = [['SADD', S, '3', '1', '2'], ['SADD', S2, '2', '3', '4']];
// Keys in two slots: both clients refuse them on a cluster (see CROSS_SLOT_DIFFERENCE), the standalone server takes them.
const X1 = '{x1}s';
const X2 = '{x2}s';
const CROSS: ReadonlyArray<ReadonlyArray<string>> = [['SADD', X1, 'a', 'b'], ['SADD', X2, 'b']];

/** Members in any order (random picks; a set's order on the wire is the server's business): sorted. */
const sorted = (reply: unknown): unknown => {
  if (reply instanceof Set) return { set: [...reply].map(String).sort() };
  return Array.isArray(reply) ? [...reply].map((v) => (Buffer.isBuffer(v) ? v.toString('hex') : String(v))).sort() : reply;
};

const MEMBER_EXPIRATION = 'Redis 8.12 (set member expiration); the servers here run 7.0';
const CARD = 'Redis 8.10 (SDIFFCARD, SUNIONCARD); the servers here run 7.0';
const integers = (...values: number[]) => ({ 2: () => values, 3: () => values });

export const setCases: Case[] = [
  { method: 'sAdd', args: [S, 'a'] },
  { method: 'sAdd', name: 'several, Buffer included', args: () => [S, ['a', Buffer.from([0xfe]), 'a']], setup: TWO },
  { method: 'SADD', name: 'on a string key (WRONGTYPE)', args: [S, 'a'], setup: [['SET', S, 'x']] },
  { method: 'sRem', args: [S, 'a'], setup: TWO },
  { method: 'SREM', name: 'several', args: [S, ['a', 'zz', 'c']], setup: TWO },
  { method: 'sCard', args: [S], setup: TWO },
  { method: 'SCARD', name: 'upper-case spelling', args: [S], setup: TWO },
  { method: 'sIsMember', args: [S, 'a'], setup: TWO },
  { method: 'SISMEMBER', name: 'not a member', args: [S, 'zz'], setup: TWO },
  { method: 'smIsMember', args: [S, ['a', 'zz', 'c']], setup: TWO },
  { method: 'SMISMEMBER', name: 'one member', args: [S, ['b']], setup: TWO },
  { method: 'sMembers', args: [S], setup: TWO, normalize: sorted },
  { method: 'sMembers', name: 'integers (an intset)', args: [S], setup: NUMBERS },
  { method: 'SMEMBERS', name: 'a missing key', args: ['{c}missing'] },
  { method: 'sInter', args: [[S, S2]], setup: TWO, normalize: sorted },
  { method: 'SINTER', name: 'one key', args: [S], setup: NUMBERS },
  { method: 'sInter', name: 'keys in two slots', args: [[X1, X2]], setup: CROSS, difference: CROSS_SLOT_DIFFERENCE },
  { method: 'sUnion', args: [[S, S2]], setup: TWO, normalize: sorted },
  { method: 'SUNION', name: 'integers', args: [[S, S2]], setup: NUMBERS },
  { method: 'sUnion', name: 'keys in two slots', args: [[X1, X2]], setup: CROSS, difference: CROSS_SLOT_DIFFERENCE },
  { method: 'sDiff', args: [[S, S2]], setup: TWO, normalize: sorted },
  { method: 'SDIFF', name: 'one key, integers', args: [S], setup: NUMBERS },
  { method: 'sDiff', name: 'keys in two slots', args: [[X1, X2]], setup: CROSS, difference: CROSS_SLOT_DIFFERENCE },
  { method: 'sInterCard', args: [[S, S2]], setup: TWO },
  { method: 'sInterCard', name: '{ LIMIT }', args: [[S, S2], { LIMIT: 1 }], setup: TWO },
  { method: 'SINTERCARD', name: 'the limit as a number (node-redis also takes it)', args: [[S, S2], 1], setup: TWO },
  { method: 'sInterCard', name: 'keys in two slots', args: [[X1, X2]], setup: CROSS, difference: CROSS_SLOT_DIFFERENCE },
  { method: 'sInterStore', args: ['{c}dst', [S, S2]], setup: TWO },
  { method: 'SINTERSTORE', name: 'upper-case spelling', args: ['{c}dst', [S, S2]], setup: TWO },
  { method: 'sUnionStore', args: ['{c}dst', [S, S2]], setup: TWO },
  { method: 'SUNIONSTORE', name: 'one key', args: ['{c}dst', S], setup: TWO },
  { method: 'sDiffStore', args: ['{c}dst', [S, S2]], setup: TWO },
  { method: 'SDIFFSTORE', name: 'keys in two slots', args: [X1, [X1, X2]], setup: CROSS, difference: CROSS_SLOT_DIFFERENCE },
  { method: 'sMove', args: [S, S2, 'a'], setup: TWO },
  { method: 'SMOVE', name: 'not a member', args: [S, S2, 'zz'], setup: TWO },
  { method: 'sMove', name: 'keys in two slots', args: [X1, X2, 'a'], setup: CROSS, difference: CROSS_SLOT_DIFFERENCE },

  // Random picks: deterministic on a one-member set, or sorted when every member comes back.
  { method: 'sPop', args: [S], setup: [['SADD', S, 'only']] },
  { method: 'SPOP', name: 'a missing key', args: [S] },
  { method: 'sPopCount', args: [S, 10], setup: TWO, normalize: sorted },
  { method: 'SPOP_COUNT', name: 'a missing key', args: [S, 2] },
  { method: 'sRandMember', args: [S], setup: [['SADD', S, 'only']] },
  { method: 'SRANDMEMBER', name: 'a missing key', args: [S] },
  { method: 'sRandMemberCount', args: [S, 10], setup: TWO, normalize: sorted },
  { method: 'sRandMemberCount', name: 'negative count (repeats)', args: [S, -3], setup: [['SADD', S, 'only']] },
  { method: 'SRANDMEMBER_COUNT', name: 'a missing key', args: [S, 2] },

  { method: 'sScan', args: [S, '0'], setup: TWO, normalize: (r) => ({ ...(r as object), members: sorted((r as { members: unknown }).members) }) },
  { method: 'sScan', name: 'MATCH and COUNT', args: [S, '0', { MATCH: 'a*', COUNT: 100 }], setup: TWO },
  { method: 'SSCAN', name: 'a missing key', args: ['{c}missing', '0'] },

  // A transaction of commands whose replies are shaped per protocol and mapping (a RESP3 set).
  {
    method: 'multi',
    name: 'sAdd, sMembers, sInter, sScan, smIsMember',
    args: [],
    multi: [
      { method: 'sAdd', args: [S, ['1', '2', '3']] },
      { method: 'sMembers', args: [S] },
      { method: 'sInter', args: [[S]] },
      { method: 'sScan', args: [S, '0'] },
      { method: 'smIsMember', args: [S, ['1', '9']] },
    ],
  },

  // Member expiration, SADDEX (Redis 8.12), SDIFFCARD/SUNIONCARD (8.10).
  { method: 'sAddEx', args: [S, ['a', 'b']], unitOnly: { reason: MEMBER_EXPIRATION, replies: { 2: () => 1, 3: () => 1 } } },
  { method: 'sAddEx', name: 'MNX, EX', args: [S, 'a', { mode: 'MNX', expiration: { type: 'EX', value: 60 } }], unitOnly: { reason: MEMBER_EXPIRATION, replies: { 2: () => 0, 3: () => 0 } } },
  { method: 'SADDEX', name: 'MXX, KEEPTTL', args: [S, ['a'], { mode: 'MXX', expiration: 'KEEPTTL' }], unitOnly: { reason: MEMBER_EXPIRATION } },
  { method: 'sAddEx', name: 'PXAT', args: [S, 'a', { expiration: { type: 'PXAT', value: 1_900_000_000_500 } }], unitOnly: { reason: MEMBER_EXPIRATION } },
  { method: 'sExpire', args: [S, ['a', 'zz'], 60], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(1, -2) } },
  { method: 'SEXPIRE', name: 'with a condition', args: [S, 'a', 60, 'GT'], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(0) } },
  { method: 'spExpire', args: [S, 'a', 1500, 'NX'], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(1) } },
  { method: 'SPEXPIRE', name: 'upper-case spelling', args: [S, 'a', 1500, 'NX'], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(1) } },
  { method: 'sExpireAt', args: [S, ['a'], 1_900_000_000], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(1) } },
  { method: 'SEXPIREAT', name: 'a Date', args: () => [S, 'a', new Date(1_900_000_000_900), 'XX'], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(2) } },
  { method: 'spExpireAt', args: () => [S, ['a', 'b'], new Date(1_900_000_000_900)], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(1, 1) } },
  { method: 'SPEXPIREAT', args: [S, 'a', 1_900_000_000_900, 'LT'], unitOnly: { reason: MEMBER_EXPIRATION } },
  { method: 'sExpireTime', args: [S, ['a', 'b', 'zz']], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(1_900_000_000, -1, -2) } },
  { method: 'SEXPIRETIME', name: 'upper-case spelling', args: [S, ['a', 'b', 'zz']], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(1_900_000_000, -1, -2) } },
  { method: 'spExpireTime', args: [S, 'a'], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(1_900_000_000_900) } },
  { method: 'SPEXPIRETIME', name: 'upper-case spelling', args: [S, 'a'], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(1_900_000_000_900) } },
  { method: 'sTTL', args: [S, ['a']], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(59) } },
  { method: 'STTL', name: 'upper-case spelling', args: [S, ['a']], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(59) } },
  { method: 'spTTL', args: [S, 'a'], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(59_500) } },
  { method: 'SPTTL', name: 'upper-case spelling', args: [S, 'a'], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(59_500) } },
  { method: 'sPersist', args: [S, ['a', 'b']], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(1, -1) } },
  { method: 'SPERSIST', name: 'upper-case spelling', args: [S, ['a', 'b']], unitOnly: { reason: MEMBER_EXPIRATION, replies: integers(1, -1) } },
  { method: 'sDiffCard', args: [[S, S2]], unitOnly: { reason: CARD, replies: { 2: () => 1, 3: () => 1 } } },
  { method: 'SDIFFCARD', name: 'LIMIT', args: [[S, S2], { LIMIT: 5 }], unitOnly: { reason: CARD } },
  { method: 'sUnionCard', args: [[S, S2]], unitOnly: { reason: CARD, replies: { 2: () => 4, 3: () => 4 } } },
  { method: 'sUnionCard', name: 'APPROX and LIMIT', args: [S, { APPROX: true, LIMIT: 0 }], unitOnly: { reason: CARD } },
  { method: 'SUNIONCARD', name: 'LIMIT', args: [[S, S2], { LIMIT: 2 }], unitOnly: { reason: CARD } },
];
