// The list group: every node-redis method and argument form, live on Redis 7.0 where it runs (the
// blocking pops both with data waiting and timing out), definitions-only for LMOVEM/BLMOVEM.
import type { Case } from '../support/cases';
import { CROSS_SLOT_DIFFERENCE } from '../support/cross-slot';

/** node-redis's list command names (upper-case spelling), each of which must have a case. */
export const LIST_COMMANDS = [
  'BLMOVE', 'BLMPOP', 'BLPOP', 'BRPOP', 'BRPOPLPUSH', 'LINDEX', 'LINSERT', 'LLEN', 'LMOVE', 'LMPOP', 'LPOP', 'LPOP_COUNT', 'LPOS',
  'LPOS_COUNT', 'LPUSH', 'LPUSHX', 'LRANGE', 'LREM', 'LSET', 'LTRIM', 'RPOP', 'RPOP_COUNT', 'RPOPLPUSH', 'RPUSH', 'RPUSHX',
  // Newer than the Redis 7.0 here.
  'LMOVEM', 'BLMOVEM',
];

const L = '{c}l';
const L2 = '{c}l2';
const ABC: ReadonlyArray<ReadonlyArray<string>> = [['RPUSH', L, 'a', 'b', 'c', 'b']];
const BOTH: ReadonlyArray<ReadonlyArray<string>> = [['RPUSH', L, 'a', 'b'], ['RPUSH', L2, 'x', 'y']];
// Keys in two slots: both clients refuse them on a cluster (see CROSS_SLOT_DIFFERENCE), the standalone server takes them.
const X1 = '{x1}l';
const X2 = '{x2}l';
const CROSS: ReadonlyArray<ReadonlyArray<string>> = [['RPUSH', X1, 'a'], ['RPUSH', X2, 'b']];

// A pop that times out answers null under every type mapping: those runs would only repeat the wait.
const TIMEOUT = 0.1;
const timesOut = { mappings: false } as const;

const LMOVEM = 'a Redis 8.x command (LMOVEM); the servers here run 7.0';
const lists = (...values: string[]) => ({ 2: () => values, 3: () => values });

export const listCases: Case[] = [
  { method: 'lPush', args: [L, 'a'] },
  { method: 'LPUSH', name: 'several, Buffer included', args: () => [L, ['a', Buffer.from([0xfe]), 'c']], setup: ABC },
  { method: 'rPush', args: [L, ['a', 'b']], setup: ABC },
  { method: 'RPUSH', name: 'on a hash (WRONGTYPE)', args: [L, 'a'], setup: [['HSET', L, 'f', 'v']] },
  { method: 'lPushX', args: [L, 'z'], setup: ABC },
  { method: 'LPUSHX', name: 'a missing list', args: [L, ['z', 'y']] },
  { method: 'rPushX', args: [L, ['z', 'y']], setup: ABC },
  { method: 'RPUSHX', name: 'a missing list', args: [L, 'z'] },

  { method: 'lLen', args: [L], setup: ABC },
  { method: 'LLEN', name: 'upper-case spelling', args: [L], setup: ABC },
  { method: 'lIndex', args: [L, -1], setup: ABC },
  { method: 'LINDEX', name: 'out of range', args: [L, 10], setup: ABC },
  { method: 'lRange', args: [L, 0, -1], setup: ABC },
  { method: 'LRANGE', name: 'a slice', args: [L, 1, 2], setup: ABC },
  { method: 'lRange', name: 'a missing list', args: ['{c}missing', 0, -1] },
  { method: 'lInsert', args: [L, 'BEFORE', 'b', 'new'], setup: ABC },
  { method: 'lInsert', name: 'AFTER', args: [L, 'AFTER', 'c', 'new'], setup: ABC },
  { method: 'LINSERT', name: 'a missing pivot', args: [L, 'AFTER', 'zz', 'new'], setup: ABC },
  { method: 'lSet', args: [L, 1, 'B'], setup: ABC },
  { method: 'LSET', name: 'out of range (server error)', args: [L, 10, 'x'], setup: ABC },
  { method: 'lRem', args: [L, 0, 'b'], setup: ABC },
  { method: 'LREM', name: 'from the tail', args: [L, -1, 'b'], setup: ABC },
  { method: 'lTrim', args: [L, 1, -1], setup: ABC },
  { method: 'LTRIM', name: 'upper-case spelling', args: [L, 1, -1], setup: ABC },
  { method: 'lPos', args: [L, 'b'], setup: ABC },
  { method: 'lPos', name: 'RANK and MAXLEN', args: [L, 'b', { RANK: -1, MAXLEN: 10 }], setup: ABC },
  { method: 'LPOS', name: 'no match', args: [L, 'zz'], setup: ABC },
  { method: 'lPosCount', args: [L, 'b', 0], setup: ABC },
  { method: 'lPosCount', name: 'with RANK', args: [L, 'b', 1, { RANK: 2 }], setup: ABC },
  { method: 'LPOS_COUNT', name: 'no match', args: [L, 'zz', 2], setup: ABC },

  { method: 'lPop', args: [L], setup: ABC },
  { method: 'LPOP', name: 'a missing list', args: [L] },
  { method: 'lPopCount', args: [L, 2], setup: ABC },
  { method: 'LPOP_COUNT', name: 'a missing list', args: [L, 2] },
  { method: 'rPop', args: [L], setup: ABC },
  { method: 'RPOP', name: 'upper-case spelling', args: [L], setup: ABC },
  { method: 'rPopCount', args: [L, 10], setup: ABC },
  { method: 'RPOP_COUNT', name: 'a missing list', args: [L, 2] },
  { method: 'lMove', args: [L, L2, 'LEFT', 'RIGHT'], setup: BOTH },
  { method: 'lMove', name: 'within one list', args: [L, L, 'RIGHT', 'LEFT'], setup: ABC },
  { method: 'LMOVE', name: 'an empty source', args: [L, L2, 'LEFT', 'LEFT'] },
  { method: 'lMove', name: 'keys in two slots', args: [X1, X2, 'LEFT', 'RIGHT'], setup: CROSS, difference: CROSS_SLOT_DIFFERENCE },
  { method: 'rPopLPush', args: [L, L2], setup: BOTH },
  { method: 'RPOPLPUSH', name: 'an empty source', args: [L, L2] },
  { method: 'rPopLPush', name: 'keys in two slots', args: [X1, X2], setup: CROSS, difference: CROSS_SLOT_DIFFERENCE },
  { method: 'lmPop', args: [[L, L2], 'LEFT'], setup: BOTH },
  { method: 'lmPop', name: 'COUNT, the first list empty', args: [['{c}empty', L2], 'RIGHT', { COUNT: 5 }], setup: BOTH },
  { method: 'lmPop', name: 'one key', args: [L, 'RIGHT', { COUNT: 2 }], setup: ABC },
  { method: 'LMPOP', name: 'every list empty', args: [[L, L2], 'LEFT'] },
  { method: 'lmPop', name: 'keys in two slots', args: [[X1, X2], 'LEFT'], setup: CROSS, difference: CROSS_SLOT_DIFFERENCE },

  // Blocking pops: with data waiting (an immediate reply), and timing out (a short timeout, never 0).
  { method: 'blPop', args: [L, TIMEOUT], setup: ABC },
  { method: 'BLPOP', name: 'several keys, the first empty', args: [['{c}empty', L2], TIMEOUT], setup: BOTH },
  { method: 'blPop', name: 'times out', args: [[L, L2], TIMEOUT], ...timesOut },
  { method: 'blPop', name: 'keys in two slots', args: [[X1, X2], TIMEOUT], setup: CROSS, difference: CROSS_SLOT_DIFFERENCE },
  { method: 'brPop', args: [[L, L2], TIMEOUT], setup: BOTH },
  { method: 'BRPOP', name: 'times out', args: [L, TIMEOUT], ...timesOut },
  { method: 'blMove', args: [L, L2, 'RIGHT', 'LEFT', TIMEOUT], setup: BOTH },
  { method: 'BLMOVE', name: 'times out', args: [L, L2, 'LEFT', 'LEFT', TIMEOUT], ...timesOut },
  { method: 'blMove', name: 'keys in two slots', args: [X1, X2, 'LEFT', 'RIGHT', TIMEOUT], setup: CROSS, difference: CROSS_SLOT_DIFFERENCE },
  { method: 'brPopLPush', args: [L, L2, TIMEOUT], setup: BOTH },
  { method: 'BRPOPLPUSH', name: 'times out', args: [L, L2, TIMEOUT], ...timesOut },
  { method: 'blmPop', args: [TIMEOUT, [L, L2], 'LEFT', { COUNT: 3 }], setup: BOTH },
  { method: 'blmPop', name: 'one key, RIGHT', args: [TIMEOUT, L2, 'RIGHT'], setup: BOTH },
  { method: 'BLMPOP', name: 'times out', args: [TIMEOUT, [L, L2], 'RIGHT'], ...timesOut },

  // A transaction of commands whose replies are reshaped (blPop's { key, element }; no wait inside MULTI).
  {
    method: 'multi',
    name: 'rPush, blPop, lmPop, lPosCount, brPop on an empty list',
    args: [],
    multi: [
      { method: 'rPush', args: [L, ['a', 'b', 'c', 'b']] },
      { method: 'blPop', args: [L, TIMEOUT] },
      { method: 'lmPop', args: [[L, L2], 'RIGHT', { COUNT: 1 }] },
      { method: 'lPosCount', args: [L, 'b', 0] },
      { method: 'brPop', args: [L2, TIMEOUT] },
    ],
  },

  // LMOVEM / BLMOVEM: newer than the Redis 7.0 here.
  { method: 'lMoveM', args: [L, L2, 'LEFT', 'RIGHT'], unitOnly: { reason: LMOVEM, replies: lists('a') } },
  { method: 'lMoveM', name: 'COUNT, OBO', args: [L, L2, 'LEFT', 'LEFT', { COUNT: 3, ORDER: 'OBO' }], unitOnly: { reason: LMOVEM, replies: lists('a', 'b') } },
  { method: 'LMOVEM', name: 'EXACTLY, BULK', args: [L, L2, 'RIGHT', 'LEFT', { EXACTLY: 5, ORDER: 'BULK' }], unitOnly: { reason: LMOVEM, replies: { 2: () => null, 3: () => null } } },
  { method: 'blMoveM', args: [L, L2, 'LEFT', 'RIGHT', 0.5], unitOnly: { reason: LMOVEM, replies: lists('a') } },
  { method: 'BLMOVEM', name: 'EXACTLY, OBO', args: [L, L2, 'RIGHT', 'RIGHT', 1, { EXACTLY: 2, ORDER: 'OBO' }], unitOnly: { reason: LMOVEM, replies: { 2: () => null, 3: () => null } } },
];
