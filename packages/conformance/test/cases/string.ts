import type { Case } from '../support/cases';
import { CROSS_SLOT_DIFFERENCE } from '../support/cross-slot';

// Keys in one slot use the hash tag {c}; cases about several slots use {a} and {b} too, which the
// shared cluster's three masters hold apart ({a} 15495, {b} 3300, {c} 7365).

/** 2100-01-01T00:00:00Z: an expiry far enough ahead that the key is still there when compared. */
const FAR = 4102444800;
const FAR_DATE = new Date(FAR * 1000);

const newerThan70 = (version: string) => `Redis ${version}+; not runnable on the 7.0 servers these tests use`;

/** The string group: node-redis's string commands, in every argument form its typings accept. */
export const stringCases: Case[] = [
  // APPEND
  { method: 'append', args: ['{c}k', 'v'] },
  { method: 'APPEND', args: ['{c}k', Buffer.from('tail')], setup: [['SET', '{c}k', 'head']] },

  // DECR / DECRBY
  { method: 'decr', args: ['{c}n'], setup: [['SET', '{c}n', '10']] },
  { method: 'DECR', args: ['{c}s'], setup: [['SET', '{c}s', 'text']] },
  { method: 'decrBy', args: ['{c}n', 5], setup: [['SET', '{c}n', '10']] },
  { method: 'DECRBY', args: ['{c}n', -3] },

  // GET / GETDEL / GETSET / GETRANGE
  { method: 'get', args: ['{c}k'], setup: [['SET', '{c}k', 'v']] },
  { method: 'GET', args: ['{c}missing'] },
  { method: 'get', name: 'a Buffer key', args: [Buffer.from('{c}k')], setup: [['SET', '{c}k', 'v']] },
  { method: 'get', name: 'on a list (WRONGTYPE)', args: ['{c}l'], setup: [['RPUSH', '{c}l', 'a']] },
  { method: 'getDel', args: ['{c}k'], setup: [['SET', '{c}k', 'v']] },
  { method: 'GETDEL', args: ['{c}missing'] },
  { method: 'getSet', args: ['{c}k', 'new'], setup: [['SET', '{c}k', 'old']] },
  { method: 'GETSET', args: ['{c}missing', 'new'] },
  { method: 'getRange', args: ['{c}k', 0, -1], setup: [['SET', '{c}k', 'Hello world']] },
  { method: 'GETRANGE', args: ['{c}k', 2, 4], setup: [['SET', '{c}k', 'Hello world']] },

  // GETEX: every form of its options
  ...(
    [
      { type: 'EX', value: 100 },
      { type: 'PX', value: 100000 },
      { type: 'EXAT', value: FAR },
      { type: 'EXAT', value: FAR_DATE },
      { type: 'PXAT', value: FAR * 1000 },
      { type: 'PXAT', value: FAR_DATE },
      { type: 'PERSIST' },
      { EX: 100 },
      { PX: 100000 },
      { EXAT: FAR },
      { EXAT: FAR_DATE },
      { PXAT: FAR * 1000 },
      { PXAT: FAR_DATE },
      { PERSIST: true },
    ] as const
  ).map(
    (options): Case => ({
      method: 'getEx',
      args: ['{c}k', options],
      setup: [['SET', '{c}k', 'v', 'EX', '1000']],
    }),
  ),
  { method: 'GETEX', args: ['{c}missing', { EX: 10 }] },

  // INCR / INCRBY / INCRBYFLOAT
  { method: 'incr', args: ['{c}n'] },
  { method: 'INCR', args: ['{c}n'], setup: [['SET', '{c}n', '41']] },
  { method: 'incr', name: 'past 2^53', args: ['{c}n'], setup: [['SET', '{c}n', '9007199254740993']] },
  { method: 'incrBy', args: ['{c}n', 5], setup: [['SET', '{c}n', '1']] },
  { method: 'INCRBY', args: ['{c}n', -5] },
  { method: 'incrByFloat', args: ['{c}f', 1.5], setup: [['SET', '{c}f', '10']] },
  { method: 'INCRBYFLOAT', args: ['{c}f', -0.25] },
  { method: 'incrByFloat', name: 'on a non-number', args: ['{c}f', 1], setup: [['SET', '{c}f', 'x']] },

  // LCS and its variants
  { method: 'lcs', args: ['{c}k1', '{c}k2'], setup: [['SET', '{c}k1', 'ohmytext'], ['SET', '{c}k2', 'mynewtext']] },
  { method: 'LCS', args: ['{c}k1', '{c}missing'], setup: [['SET', '{c}k1', 'ohmytext']] },
  { method: 'lcsLen', args: ['{c}k1', '{c}k2'], setup: [['SET', '{c}k1', 'ohmytext'], ['SET', '{c}k2', 'mynewtext']] },
  { method: 'LCS_LEN', args: ['{c}k1', '{c}k2'] },
  { method: 'lcsIdx', args: ['{c}k1', '{c}k2'], setup: [['SET', '{c}k1', 'ohmytext'], ['SET', '{c}k2', 'mynewtext']] },
  {
    method: 'LCS_IDX',
    args: ['{c}k1', '{c}k2', { MINMATCHLEN: 4 }],
    setup: [['SET', '{c}k1', 'ohmytext'], ['SET', '{c}k2', 'mynewtext']],
  },
  { method: 'lcsIdx', name: 'two missing keys', args: ['{c}k1', '{c}k2'] },
  {
    method: 'lcsIdxWithMatchLen',
    args: ['{c}k1', '{c}k2'],
    setup: [['SET', '{c}k1', 'ohmytext'], ['SET', '{c}k2', 'mynewtext']],
  },
  {
    method: 'LCS_IDX_WITHMATCHLEN',
    args: ['{c}k1', '{c}k2', { MINMATCHLEN: 2 }],
    setup: [['SET', '{c}k1', 'ohmytext'], ['SET', '{c}k2', 'mynewtext']],
  },
  {
    method: 'multi',
    name: 'lcsIdx, lcsIdxWithMatchLen, lcsLen, incrByFloat, getEx in a transaction',
    args: [],
    multi: [
      { method: 'lcsIdx', args: ['{c}k1', '{c}k2'] },
      { method: 'lcsIdxWithMatchLen', args: ['{c}k1', '{c}k2', { MINMATCHLEN: 2 }] },
      { method: 'lcsLen', args: ['{c}k1', '{c}k2'] },
      { method: 'incrByFloat', args: ['{c}f', 0.5] },
      { method: 'getEx', args: ['{c}k1', { type: 'PERSIST' }] },
    ],
    setup: [['SET', '{c}k1', 'ohmytext'], ['SET', '{c}k2', 'mynewtext']],
  },
  { method: 'lcs', name: 'keys in two slots (CROSSSLOT)', args: ['{a}k', '{b}k'], targets: ['cluster'], difference: CROSS_SLOT_DIFFERENCE },

  // MGET
  { method: 'mGet', args: [['{c}1', '{c}2', '{c}3']], setup: [['SET', '{c}1', 'a'], ['SET', '{c}3', 'c']] },
  { method: 'MGET', args: [['{c}1']], setup: [['SET', '{c}1', 'a']] },
  {
    method: 'mGet',
    name: 'keys in three slots',
    args: [['{a}1', '{b}1', '{c}1', '{a}2']],
    setup: [['SET', '{a}1', 'a1'], ['SET', '{b}1', 'b1'], ['SET', '{a}2', 'a2']],
  },

  // MSET / MSETNX: every form (pairs, a flat array, an object), in one slot and in several
  { method: 'mSet', args: [[['{c}1', 'v1'], ['{c}2', 'v2']]] },
  { method: 'mSet', args: [['{c}1', 'v1', '{c}2', 'v2']] },
  { method: 'MSET', args: [{ '{c}1': 'v1', '{c}2': 'v2' }] },
  { method: 'mSet', name: 'pairs in three slots', args: [[['{a}1', 'v1'], ['{b}1', 'v2'], ['{c}1', 'v3']]] },
  { method: 'mSet', name: 'a flat array in three slots', args: [['{a}1', 'v1', '{b}1', 'v2', '{c}1', 'v3']] },
  { method: 'mSet', name: 'an object in three slots', args: [{ '{a}1': 'v1', '{b}1': 'v2', '{c}1': 'v3' }] },
  { method: 'mSetNX', args: [[['{c}1', 'v1'], ['{c}2', 'v2']]] },
  { method: 'mSetNX', args: [['{c}1', 'v1', '{c}2', 'v2']] },
  { method: 'MSETNX', args: [{ '{c}1': 'v1', '{c}2': 'v2' }] },
  { method: 'mSetNX', name: 'a flat array, one key exists', args: [['{c}1', 'v1', '{c}2', 'v2']], setup: [['SET', '{c}2', 'old']] },
  { method: 'mSetNX', name: 'Buffers', args: [[Buffer.from('{c}1'), Buffer.from('v1')]] },
  // All-or-nothing: neither client splits it.
  {
    method: 'mSetNX',
    name: 'keys in three slots',
    args: [['{a}1', 'v1', '{b}1', 'v2', '{c}1', 'v3']],
    targets: ['cluster'],
    difference: CROSS_SLOT_DIFFERENCE,
  },
  {
    method: 'mSetNX',
    name: 'keys in three slots, one exists',
    args: [{ '{a}1': 'v1', '{b}1': 'v2', '{c}1': 'v3' }],
    setup: [['SET', '{b}1', 'old']],
    targets: ['cluster'],
    difference: CROSS_SLOT_DIFFERENCE,
  },

  // PSETEX / SETEX / SETNX / SETRANGE / STRLEN
  { method: 'pSetEx', args: ['{c}k', 100000, 'v'] },
  { method: 'PSETEX', args: ['{c}k', 0, 'v'] },
  { method: 'setEx', args: ['{c}k', 100, 'v'] },
  { method: 'SETEX', args: ['{c}k', 100, Buffer.from('v')] },
  { method: 'setNX', args: ['{c}k', 'v'] },
  { method: 'SETNX', args: ['{c}k', 'v'], setup: [['SET', '{c}k', 'old']] },
  { method: 'setRange', args: ['{c}k', 6, 'Redis'], setup: [['SET', '{c}k', 'Hello World']] },
  { method: 'SETRANGE', args: ['{c}k', 3, 'x'] },
  { method: 'strLen', args: ['{c}k'], setup: [['SET', '{c}k', 'Hello']] },
  { method: 'STRLEN', args: ['{c}missing'] },

  // SET: every form of its options
  { method: 'set', args: ['{c}k', 'v'] },
  { method: 'SET', name: 'a number value', args: ['{c}k', 42] },
  { method: 'set', name: 'a Buffer value', args: ['{c}k', Buffer.from([0xff, 0x00])] },
  ...(
    [
      { expiration: { type: 'EX', value: 100 } },
      { expiration: { type: 'PX', value: 100000 } },
      { expiration: { type: 'EXAT', value: FAR } },
      { expiration: { type: 'PXAT', value: FAR * 1000 } },
      { expiration: { type: 'KEEPTTL' } },
      { expiration: 'KEEPTTL' },
      { EX: 100 },
      { PX: 100000 },
      { EXAT: FAR },
      { PXAT: FAR * 1000 },
      { KEEPTTL: true },
      { condition: 'NX' },
      { condition: 'XX' },
      { NX: true },
      { XX: true },
      { GET: true },
      { expiration: { type: 'EX', value: 100 }, condition: 'XX', GET: true },
      { EX: 100, NX: true, GET: true },
    ] as const
  ).map(
    (options): Case => ({
      method: 'set',
      args: ['{c}k', 'new', options],
      setup: [['SET', '{c}k', 'old', 'EX', '1000']],
    }),
  ),
  { method: 'set', name: 'NX on a missing key', args: ['{c}k', 'v', { NX: true }] },
  { method: 'set', name: 'GET on a list (WRONGTYPE)', args: ['{c}l', 'v', { GET: true }], setup: [['RPUSH', '{c}l', 'a']] },
  ...(['IFEQ', 'IFNE', 'IFDEQ', 'IFDNE'] as const).map(
    (condition): Case => ({
      method: 'set',
      args: ['{c}k', 'v', { condition, matchValue: 'old' }],
      unitOnly: { reason: newerThan70('8.4'), replies: { 2: () => 'OK', 3: () => 'OK' } },
    }),
  ),

  // Newer than Redis 7.0: compared on their definitions only
  {
    method: 'delEx',
    args: ['{c}k'],
    unitOnly: { reason: newerThan70('8.4'), replies: { 2: () => 1, 3: () => 1 } },
  },
  ...(['IFEQ', 'IFNE', 'IFDEQ', 'IFDNE'] as const).map(
    (condition): Case => ({
      method: 'DELEX',
      args: ['{c}k', { condition, matchValue: 'v' }],
      unitOnly: { reason: newerThan70('8.4'), replies: { 2: () => 0, 3: () => 0 } },
    }),
  ),
  {
    method: 'digest',
    args: ['{c}k'],
    unitOnly: { reason: newerThan70('8.4'), replies: { 2: () => 'e0b9ed5e2b2d7a2c', 3: () => 'e0b9ed5e2b2d7a2c' } },
  },
  { method: 'DIGEST', args: [Buffer.from('{c}k')], unitOnly: { reason: newerThan70('8.4'), replies: { 2: () => null, 3: () => null } } },
  { method: 'increx', args: ['{c}n'], unitOnly: { reason: newerThan70('8.8'), replies: { 2: () => [1, 1], 3: () => [1, 1] } } },
  {
    method: 'INCREX',
    args: ['{c}n', { by: 5, lowerBound: -10, upperBound: '100', saturate: true, expiration: { type: 'EX', value: 60, ENX: true } }],
    unitOnly: { reason: newerThan70('8.8'), replies: { 2: () => [15, 10], 3: () => [15, 10] } },
  },
  {
    method: 'increx',
    args: ['{c}n', { by: '2', expiration: { type: 'PERSIST' } }],
    unitOnly: { reason: newerThan70('8.8'), replies: { 2: () => [3, 2], 3: () => [3, 2] } },
  },
  {
    method: 'increx',
    args: ['{c}n', { expiration: { type: 'PXAT', value: FAR * 1000 } }],
    unitOnly: { reason: newerThan70('8.8'), replies: { 2: () => [1, 1], 3: () => [1, 1] } },
  },
  {
    method: 'incrExByFloat',
    args: ['{c}f', 1.5],
    unitOnly: { reason: newerThan70('8.8'), replies: { 2: () => ['11.5', '1.5'], 3: () => [11.5, 1.5] } },
  },
  {
    method: 'INCREXBYFLOAT',
    args: ['{c}f', '0.1', { lowerBound: 0, upperBound: Infinity, saturate: true, expiration: { type: 'PX', value: 5000 } }],
    unitOnly: { reason: newerThan70('8.8'), replies: { 2: () => ['0.1', '0.1'], 3: () => [0.1, 0.1] } },
  },
  {
    method: 'incrExByFloat',
    args: ['{c}f', -Infinity, { lowerBound: -Infinity, expiration: { type: 'PERSIST' } }],
    unitOnly: { reason: newerThan70('8.8'), replies: { 2: () => ['-inf', '-inf'], 3: () => [-Infinity, -Infinity] } },
  },
  { method: 'mSetEx', args: [[['{c}1', 'v1'], ['{c}2', 'v2']]], unitOnly: { reason: newerThan70('8.4'), replies: { 2: () => 1, 3: () => 1 } } },
  { method: 'mSetEx', args: [['{c}1', 'v1', '{c}2', 'v2']], unitOnly: { reason: newerThan70('8.4'), replies: { 2: () => 1, 3: () => 1 } } },
  ...(
    [
      { expiration: { type: 'EX', value: 10 } },
      { expiration: { type: 'PX', value: 10000 }, mode: 'NX' },
      { expiration: { type: 'EXAT', value: FAR } },
      { expiration: { type: 'EXAT', value: FAR_DATE }, mode: 'XX' },
      { expiration: { type: 'PXAT', value: FAR * 1000 } },
      { expiration: { type: 'PXAT', value: FAR_DATE } },
      { expiration: { type: 'KEEPTTL' } },
      { mode: 'XX' },
      {},
    ] as const
  ).map(
    (options): Case => ({
      method: 'MSETEX',
      args: [{ '{c}1': 'v1', '{c}2': 'v2' }, options],
      unitOnly: { reason: newerThan70('8.4'), replies: { 2: () => 0, 3: () => 0 } },
    }),
  ),
];

/** node-redis's string commands (upper-case names; each has its camel-case twin). */
export const STRING_COMMANDS = [
  'APPEND', 'DECR', 'DECRBY', 'GET', 'GETDEL', 'GETEX', 'GETRANGE', 'GETSET', 'INCR', 'INCRBY', 'INCRBYFLOAT',
  'LCS', 'LCS_IDX', 'LCS_IDX_WITHMATCHLEN', 'LCS_LEN', 'MGET', 'MSET', 'MSETNX', 'PSETEX', 'SET', 'SETEX',
  'SETNX', 'SETRANGE', 'STRLEN',
  // newer than Redis 7.0
  'DELEX', 'DIGEST', 'INCREX', 'INCREXBYFLOAT', 'MSETEX',
] as const;
