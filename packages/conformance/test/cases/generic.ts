import type { Case } from '../support/cases';
import { CROSS_SLOT_DIFFERENCE } from '../support/cross-slot';
import { clusterScanCursor } from './differences';
import { sign, small, sortedBy } from '../support/normalize';

const sorted = sortedBy();

/** A SCAN step with its keys sorted (one node's step lists them in its own order). */
const sortedKeys = (reply: unknown) => {
  const r = reply as { cursor?: unknown; keys?: unknown };
  return Array.isArray(r?.keys) ? { ...r, keys: sorted(r.keys) } : reply;
};

/** 2100-01-01T00:00:00Z. */
const FAR = 4102444800;
const FAR_DATE = new Date(FAR * 1000);

/** `DUMP` of the string "v" by Redis 7.0 (RDB version 10): what RESTORE takes. */
const DUMP_OF_V = Buffer.from('0001760a009108ceb219388ace', 'hex');

const withTtl: Case['setup'] = [['SET', '{c}k', 'v', 'EX', '1000']];
const plain: Case['setup'] = [['SET', '{c}k', 'v']];
const sortable: Case['setup'] = [
  ['RPUSH', '{c}list', '3', '1', '2'],
  ['SET', '{c}w_1', '30'],
  ['SET', '{c}w_2', '10'],
  ['SET', '{c}w_3', '20'],
  ['SET', '{c}o_1', 'one'],
  ['SET', '{c}o_2', 'two'],
  ['SET', '{c}o_3', 'three'],
];

/** The generic (keyspace) group, in every argument form node-redis's typings accept. */
export const genericCases: Case[] = [
  // COPY
  { method: 'copy', args: ['{c}k', '{c}k2'], setup: plain },
  { method: 'COPY', args: ['{c}k', '{c}k2', { REPLACE: true }], setup: [...plain, ['SET', '{c}k2', 'old']] },
  { method: 'copy', name: 'onto an existing key', args: ['{c}k', '{c}k2'], setup: [...plain, ['SET', '{c}k2', 'old']] },
  { method: 'copy', name: 'to another database', args: ['{c}k', '{c}k2', { DB: 1, REPLACE: true }], setup: plain },

  // DEL / UNLINK / EXISTS / TOUCH: one key, several, several slots
  ...(['del', 'unlink', 'exists', 'touch'] as const).flatMap((method): Case[] => [
    { method, args: ['{c}k'], setup: plain },
    { method: method.toUpperCase(), args: [['{c}1', '{c}2', '{c}missing']], setup: [['SET', '{c}1', 'a'], ['SET', '{c}2', 'b']] },
    {
      method,
      name: 'keys in three slots',
      args: [['{a}1', '{b}1', '{c}1', '{a}2', '{c}missing']],
      setup: [['SET', '{a}1', 'a'], ['SET', '{b}1', 'b'], ['SET', '{c}1', 'c'], ['SET', '{a}2', 'd']],
    },
  ]),
  { method: 'exists', name: 'one key twice', args: [['{c}k', '{c}k']], setup: plain },

  // DUMP / RESTORE
  { method: 'dump', args: ['{c}k'], setup: plain, mappings: ['buffers'] },
  { method: 'DUMP', args: ['{c}missing'] },
  { method: 'restore', args: ['{c}k', 0, DUMP_OF_V] },
  { method: 'RESTORE', args: ['{c}k', 100000, DUMP_OF_V, { REPLACE: true }], setup: plain },
  { method: 'restore', args: ['{c}k', FAR * 1000, DUMP_OF_V, { ABSTTL: true, IDLETIME: 10 }] },
  { method: 'restore', args: ['{c}k', 0, DUMP_OF_V, { FREQ: 5 }] },
  { method: 'restore', name: 'onto an existing key (BUSYKEY)', args: ['{c}k', 0, DUMP_OF_V], setup: plain },

  // EXPIRE / PEXPIRE / EXPIREAT / PEXPIREAT, with every mode
  { method: 'expire', args: ['{c}k', 100], setup: plain },
  { method: 'EXPIRE', args: ['{c}missing', 100] },
  { method: 'pExpire', args: ['{c}k', 100000], setup: plain },
  { method: 'expireAt', args: ['{c}k', FAR], setup: plain },
  { method: 'EXPIREAT', args: ['{c}k', FAR_DATE], setup: plain },
  { method: 'pExpireAt', args: ['{c}k', FAR * 1000], setup: plain },
  { method: 'PEXPIREAT', args: ['{c}k', FAR_DATE], setup: plain },
  ...(['NX', 'XX', 'GT', 'LT'] as const).flatMap((mode): Case[] => [
    { method: 'expire', args: ['{c}k', 100, mode], setup: withTtl },
    { method: 'PEXPIRE', args: ['{c}k', 100000, mode], setup: plain },
    { method: 'expireAt', args: ['{c}k', FAR, mode], setup: withTtl },
    { method: 'pExpireAt', args: ['{c}k', FAR_DATE, mode], setup: plain },
  ]),

  // EXPIRETIME / PEXPIRETIME / TTL / PTTL / PERSIST
  { method: 'expireTime', args: ['{c}k'], setup: [['SET', '{c}k', 'v', 'EXAT', String(FAR)]] },
  { method: 'EXPIRETIME', args: ['{c}k'], setup: plain },
  { method: 'pExpireTime', args: ['{c}k'], setup: [['SET', '{c}k', 'v', 'PXAT', String(FAR * 1000)]] },
  { method: 'PEXPIRETIME', args: ['{c}missing'] },
  { method: 'ttl', args: ['{c}k'], setup: withTtl, normalize: sign },
  { method: 'TTL', args: ['{c}k'], setup: plain },
  { method: 'pTTL', args: ['{c}k'], setup: withTtl, normalize: sign },
  { method: 'PTTL', args: ['{c}missing'] },
  { method: 'persist', args: ['{c}k'], setup: withTtl },
  { method: 'PERSIST', args: ['{c}k'], setup: plain },

  // KEYS / RANDOMKEY / SCAN: keyless reads
  { method: 'keys', args: ['{c}*'], setup: [['SET', '{c}1', 'a'], ['SET', '{c}2', 'b']], normalize: sorted },
  {
    method: 'KEYS',
    name: 'keys in three slots',
    args: ['*'],
    setup: [['SET', '{a}1', 'a'], ['SET', '{b}1', 'b'], ['SET', '{c}1', 'c']],
    normalize: sorted,
  },
  { method: 'randomKey', args: [] },
  { method: 'RANDOMKEY', name: 'one key', args: [], setup: plain },
  { method: 'scan', args: ['0'], setup: [['SET', '{c}1', 'a'], ['SET', '{c}2', 'b']], normalize: sortedKeys, difference: clusterScanCursor },
  {
    method: 'SCAN',
    args: ['0', { MATCH: '{c}1*', COUNT: 100 }],
    setup: [['SET', '{c}1', 'a'], ['SET', '{c}2', 'b']],
    difference: clusterScanCursor,
  },
  { method: 'scan', args: ['0', { TYPE: 'list' }], setup: [['SET', '{c}1', 'a'], ['RPUSH', '{c}2', 'b']], difference: clusterScanCursor },

  // MIGRATE: to a missing key, so the server answers NOKEY without a second server
  { method: 'migrate', args: ['127.0.0.1', 1, '{c}missing', 0, 100] },
  { method: 'MIGRATE', args: ['127.0.0.1', 1, ['{c}m1', '{c}m2'], 0, 100, { COPY: true, REPLACE: true }] },
  { method: 'migrate', args: ['127.0.0.1', 1, '{c}missing', 0, 100, { AUTH: { password: 'p' } }] },
  { method: 'migrate', args: ['127.0.0.1', 1, ['{c}missing'], 0, 100, { AUTH: { username: 'u', password: 'p' } }] },

  // MOVE
  { method: 'move', args: ['{c}k', 1], setup: plain },
  { method: 'MOVE', name: 'a missing key', args: ['{c}missing', 2] },

  // OBJECT …
  { method: 'objectEncoding', args: ['{c}k'], setup: plain },
  { method: 'OBJECT_ENCODING', args: ['{c}n'], setup: [['SET', '{c}n', '12']] },
  { method: 'objectEncoding', args: ['{c}missing'] },
  { method: 'objectFreq', args: ['{c}k'], setup: plain },
  { method: 'OBJECT_FREQ', args: ['{c}missing'] },
  { method: 'objectIdleTime', args: ['{c}k'], setup: plain, normalize: small },
  { method: 'OBJECT_IDLETIME', args: ['{c}missing'] },
  { method: 'objectRefCount', args: ['{c}k'], setup: plain },
  { method: 'OBJECT_REFCOUNT', args: ['{c}missing'] },

  // RENAME / RENAMENX
  { method: 'rename', args: ['{c}k', '{c}k2'], setup: plain },
  { method: 'RENAME', args: ['{c}missing', '{c}k2'] },
  { method: 'renameNX', args: ['{c}k', '{c}k2'], setup: plain },
  { method: 'RENAMENX', args: ['{c}k', '{c}k2'], setup: [...plain, ['SET', '{c}k2', 'old']] },
  { method: 'rename', name: 'keys in two slots (CROSSSLOT)', args: ['{a}k', '{b}k'], targets: ['cluster'], difference: CROSS_SLOT_DIFFERENCE },

  // SORT / SORT_RO / SORT_STORE: every option
  ...(
    [
      undefined,
      { DIRECTION: 'DESC' },
      { LIMIT: { offset: 1, count: 2 } },
      { BY: '{c}w_*' },
      { BY: 'nosort', GET: '{c}o_*' },
      { GET: ['#', '{c}o_*'] },
      { BY: '{c}w_*', GET: ['#', '{c}o_*'], LIMIT: { offset: 0, count: 2 }, DIRECTION: 'ASC', ALPHA: true },
    ] as const
  ).flatMap((options): Case[] => [
    { method: 'sort', args: options === undefined ? ['{c}list'] : ['{c}list', options], setup: sortable },
    { method: 'sortRo', args: options === undefined ? ['{c}list'] : ['{c}list', options], setup: sortable },
    { method: 'sortStore', args: options === undefined ? ['{c}list', '{c}dst'] : ['{c}list', '{c}dst', options], setup: sortable },
  ]),
  { method: 'SORT', args: ['{c}names', { ALPHA: true }], setup: [['RPUSH', '{c}names', 'b', 'c', 'a']] },
  { method: 'SORT_RO', args: ['{c}missing'] },
  { method: 'SORT_STORE', args: ['{c}names', '{c}dst', { ALPHA: true, DIRECTION: 'DESC' }], setup: [['RPUSH', '{c}names', 'b', 'c', 'a']] },

  {
    method: 'multi',
    name: 'sort, sortRo, sortStore, expireTime, type in a transaction',
    args: [],
    multi: [
      { method: 'sort', args: ['{c}list', { BY: '{c}w_*', GET: ['#', '{c}o_*'] }] },
      { method: 'sortRo', args: ['{c}list', { DIRECTION: 'DESC' }] },
      { method: 'sortStore', args: ['{c}list', '{c}dst', { LIMIT: { offset: 0, count: 2 } }] },
      { method: 'expireTime', args: ['{c}list'] },
      { method: 'type', args: ['{c}dst'] },
    ],
    setup: sortable,
  },
  {
    method: 'multi',
    name: 'scan and keys in a transaction',
    args: [],
    multi: [
      { method: 'scan', args: ['0', { COUNT: 100 }] },
      { method: 'keys', args: ['*'] },
    ],
    setup: [['SET', '{c}1', 'a'], ['SET', '{c}2', 'b']],
    // A cluster transaction runs on one node: SCAN and KEYS there are that node's (no cluster walk).
    targets: ['client'],
    normalize: (reply) => (Array.isArray(reply) ? [sortedKeys(reply[0]), sorted(reply[1])] : reply),
  },

  // TYPE
  { method: 'type', args: ['{c}k'], setup: plain },
  { method: 'TYPE', args: ['{c}h'], setup: [['HSET', '{c}h', 'f', 'v']] },
  { method: 'type', args: ['{c}missing'] },

  // WAIT
  { method: 'wait', args: [0, 100] },
  { method: 'WAIT', args: [1, 1000], setup: plain },
];

/** node-redis's generic commands (upper-case names; each has its camel-case twin). */
export const GENERIC_COMMANDS = [
  'COPY', 'DEL', 'DUMP', 'EXISTS', 'EXPIRE', 'EXPIREAT', 'EXPIRETIME', 'KEYS', 'MIGRATE', 'MOVE', 'OBJECT_ENCODING',
  'OBJECT_FREQ', 'OBJECT_IDLETIME', 'OBJECT_REFCOUNT', 'PERSIST', 'PEXPIRE', 'PEXPIREAT', 'PEXPIRETIME', 'PTTL',
  'RANDOMKEY', 'RENAME', 'RENAMENX', 'RESTORE', 'SCAN', 'SORT', 'SORT_RO', 'SORT_STORE', 'TOUCH', 'TTL', 'TYPE',
  'UNLINK', 'WAIT',
] as const;
