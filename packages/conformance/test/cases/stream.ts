import type { Case, Outcome } from '../support/cases';
import { maskGenerated, textOf } from '../support/normalize';
import { crossSlotRefused } from './sorted-set';

// A stream with explicit IDs (so replies are the same twice), a group, and entries pending for alice.
const S = [
  ['XADD', '{c}s', '1-1', 'a', '1'],
  ['XADD', '{c}s', '1-2', 'b', '2', 'c', '3'],
  ['XADD', '{c}s', '2-1', 'd', '4'],
];
const GROUP = ['XGROUP', 'CREATE', '{c}s', 'g', '0'];
const READ_ALICE = ['XREADGROUP', 'GROUP', 'g', 'alice', 'STREAMS', '{c}s', '>'];
const PENDING = [...S, GROUP, READ_ALICE];
const S2 = [['XADD', '{c}s2', '5-1', 'x', 'y']];

const NEWER_82 = 'Redis 8.2+ (stream deletion policies); the servers here run 7.0';
const NEWER_84 = 'Redis 8.4+; the servers here run 7.0';
const NEWER_86 = 'Redis 8.6+ (idempotent XADD); the servers here run 7.0';
const NEWER_8 = 'Redis 8.x; the servers here run 7.0';

/** The stream group of node-redis 6.4 (with its variants), by upper-case name. */
export const STREAM_COMMANDS = [
  'XACK', 'XACKDEL', 'XADD', 'XADD_NOMKSTREAM', 'XAUTOCLAIM', 'XAUTOCLAIM_JUSTID', 'XCFGSET', 'XCLAIM', 'XCLAIM_JUSTID',
  'XDEL', 'XDELEX', 'XGROUP_CREATE', 'XGROUP_CREATECONSUMER', 'XGROUP_DELCONSUMER', 'XGROUP_DESTROY', 'XGROUP_SETID',
  'XINFO_CONSUMERS', 'XINFO_GROUPS', 'XINFO_STREAM', 'XLEN', 'XNACK', 'XPENDING', 'XPENDING_RANGE', 'XRANGE', 'XREAD',
  'XREADGROUP', 'XREVRANGE', 'XSETID', 'XTRIM',
] as const;

const ids = maskGenerated();
const xValue = (x: Outcome) => (x.ok ? textOf(x.value) : x.error);
const idSample = { 2: () => '1-1', 3: () => '1-1' };
const codesSample = { 2: () => [1, -1, 2], 3: () => [1, -1, 2] };

export const streamCases: Case[] = [
  { method: 'xAck', args: ['{c}s', 'g', '1-1'], setup: PENDING },
  { method: 'xAck', args: ['{c}s', 'g', ['1-1', '1-2', '9-9']], setup: PENDING },

  // XADD: explicit IDs, a generated one (masked), trimming, Buffers; the record is node-redis's form.
  { method: 'xAdd', args: ['{c}s', '1-1', { a: '1' }] },
  { method: 'xAdd', args: ['{c}s', '*', { a: '1', b: '2' }], normalize: ids },
  { method: 'xAdd', args: ['{c}s', '3-1', { e: '5' }, { TRIM: { strategy: 'MAXLEN', threshold: 2 } }], setup: S },
  { method: 'xAdd', args: ['{c}s', '3-1', { e: '5' }, { TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: 1, limit: 10 } }], setup: S },
  { method: 'xAdd', args: ['{c}s', '3-1', { e: '5' }, { TRIM: { strategy: 'MINID', strategyModifier: '=', threshold: '2-0' } }], setup: S },
  { method: 'xAdd', name: 'Buffer field values', args: () => ['{c}s', '1-1', { f: Buffer.from([0xff, 0x00]) }] },
  { method: 'xAdd', name: 'an ID not above the last one', args: ['{c}s', '1-1', { a: '1' }], setup: S },
  {
    method: 'xAdd',
    name: "x's [field, value] pairs",
    args: ['{c}s', '1-1', [['a', '1'], ['b', '2']]],
    difference: {
      reason: "node-redis reads an array of fields as a record and writes its indexes ('0', '1') as field names; x writes the pairs (the forms MSET takes)",
      wire: true,
      check: (x) => expect(xValue(x)).toBe('1-1'),
    },
    after: [['XRANGE', '{c}s', '-', '+']],
  },
  {
    method: 'xAdd',
    name: "x's flat [field, value, …] array",
    args: ['{c}s', '1-1', ['a', '1', 'b', '2']],
    difference: {
      reason: "node-redis writes an array's indexes as field names (a write nobody asked for); x writes the fields",
      wire: true,
      check: (x) => expect(xValue(x)).toBe('1-1'),
    },
  },
  { method: 'xAdd', args: ['{c}s', '1-1', { a: '1' }, { policy: 'KEEPREF' }], unitOnly: { reason: NEWER_82, replies: idSample } },
  {
    method: 'xAdd',
    args: ['{c}s', '*', { a: '1' }, { IDMPAUTO: { pid: 'p1' }, TRIM: { strategy: 'MAXLEN', threshold: 10, policy: 'DELREF' } }],
    unitOnly: { reason: NEWER_86, replies: idSample },
  },
  { method: 'xAdd', args: ['{c}s', '*', { a: '1' }, { IDMP: { pid: 'p1', iid: 'i1' } }], unitOnly: { reason: NEWER_86, replies: idSample } },
  { method: 'xAddNoMkStream', args: ['{c}missing', '1-1', { a: '1' }] },
  { method: 'xAddNoMkStream', args: ['{c}s', '3-1', { a: '1' }, { TRIM: { strategy: 'MAXLEN', threshold: 1 } }], setup: S },

  // Claims: bob takes alice's pending entries (min idle 0).
  { method: 'xAutoClaim', args: ['{c}s', 'g', 'bob', 0, '0-0'], setup: PENDING },
  { method: 'xAutoClaim', args: ['{c}s', 'g', 'bob', 0, '0-0', { COUNT: 1 }], setup: PENDING },
  { method: 'xAutoClaim', name: 'an entry deleted since delivery', args: ['{c}s', 'g', 'bob', 0, '0-0'], setup: [...PENDING, ['XDEL', '{c}s', '1-2']] },
  { method: 'xAutoClaim', args: ['{c}s', 'g', 'bob', 3600000, '0-0'], setup: PENDING },
  { method: 'xAutoClaimJustId', args: ['{c}s', 'g', 'bob', 0, '0-0'], setup: PENDING },
  { method: 'xAutoClaimJustId', args: ['{c}s', 'g', 'bob', 0, '1-2', { COUNT: 1 }], setup: [...PENDING, ['XDEL', '{c}s', '2-1']] },
  { method: 'xClaim', args: ['{c}s', 'g', 'bob', 0, '1-1'], setup: PENDING },
  { method: 'xClaim', args: ['{c}s', 'g', 'bob', 0, ['1-1', '2-1', '9-9']], setup: PENDING },
  { method: 'xClaim', args: ['{c}s', 'g', 'bob', 0, '1-2', { IDLE: 5000, RETRYCOUNT: 3 }], setup: PENDING },
  { method: 'xClaim', args: () => ['{c}s', 'g', 'bob', 0, '1-1', { TIME: new Date(1700000000000), FORCE: true, LASTID: '2-1' }], setup: PENDING },
  { method: 'xClaim', name: 'an entry deleted since delivery', args: ['{c}s', 'g', 'bob', 0, ['1-1', '1-2']], setup: [...PENDING, ['XDEL', '{c}s', '1-1']] },
  { method: 'xClaimJustId', args: ['{c}s', 'g', 'bob', 0, ['1-1', '1-2']], setup: PENDING },
  { method: 'xClaimJustId', args: ['{c}s', 'g', 'bob', 0, '2-1', { TIME: 1700000000000, RETRYCOUNT: 1 }], setup: PENDING },

  { method: 'xDel', args: ['{c}s', '1-1'], setup: S },
  { method: 'xDel', args: ['{c}s', ['1-1', '2-1', '9-9']], setup: S },

  { method: 'xGroupCreate', args: ['{c}s', 'g', '$'], setup: S },
  { method: 'xGroupCreate', args: ['{c}new', 'g', '0', { MKSTREAM: true }] },
  { method: 'xGroupCreate', args: ['{c}s', 'g', '0', { ENTRIESREAD: 2 }], setup: S, after: [['XINFO', 'GROUPS', '{c}s']] },
  { method: 'xGroupCreate', name: 'the group exists', args: ['{c}s', 'g', '$'], setup: [...S, GROUP] },
  { method: 'xGroupCreate', name: 'no stream', args: ['{c}missing', 'g', '$'] },
  { method: 'xGroupCreateConsumer', args: ['{c}s', 'g', 'carol'], setup: [...S, GROUP] },
  { method: 'xGroupCreateConsumer', args: ['{c}s', 'g', 'alice'], setup: PENDING },
  { method: 'xGroupDelConsumer', args: ['{c}s', 'g', 'alice'], setup: PENDING },
  { method: 'xGroupDestroy', args: ['{c}s', 'g'], setup: PENDING },
  { method: 'xGroupDestroy', args: ['{c}s', 'nope'], setup: S },
  { method: 'xGroupSetId', args: ['{c}s', 'g', '$'], setup: PENDING, after: [['XINFO', 'GROUPS', '{c}s']] },
  { method: 'xGroupSetId', args: ['{c}s', 'g', '1-1', { ENTRIESREAD: 1 }], setup: PENDING, after: [['XINFO', 'GROUPS', '{c}s']] },

  { method: 'xInfoConsumers', args: ['{c}s', 'g'], setup: [...PENDING, ['XGROUP', 'CREATECONSUMER', '{c}s', 'g', 'bob']], normalize: maskGenerated(['idle', 'inactive']) },
  { method: 'xInfoConsumers', args: ['{c}s', 'g'], setup: [...S, GROUP] },
  { method: 'xInfoGroups', args: ['{c}s'], setup: [...PENDING, ['XGROUP', 'CREATE', '{c}s', 'other', '$']] },
  { method: 'xInfoGroups', args: ['{c}s'], setup: S },
  { method: 'xInfoStream', args: ['{c}s'], setup: PENDING },
  { method: 'xInfoStream', name: 'an empty stream', args: ['{c}e'], setup: [['XADD', '{c}e', '1-1', 'a', '1'], ['XDEL', '{c}e', '1-1']] },
  { method: 'xInfoStream', name: 'no stream', args: ['{c}missing'] },
  {
    method: 'xInfoStream',
    name: "x's earlier FULL option is refused",
    args: ['{c}s', { FULL: {} }],
    setup: S,
    difference: {
      reason: 'node-redis ignores FULL; x refuses it (it changes the reply) and names sendCommand',
      wire: true,
      check: (x) => expect(x.ok ? x : x.error).toBeInstanceOf(TypeError),
    },
  },
  { method: 'xLen', args: ['{c}s'], setup: S },
  { method: 'xLen', args: ['{c}missing'] },

  { method: 'xPending', args: ['{c}s', 'g'], setup: PENDING },
  { method: 'xPending', args: ['{c}s', 'g'], setup: [...S, GROUP] },
  { method: 'xPendingRange', args: ['{c}s', 'g', '-', '+', 10], setup: PENDING, normalize: maskGenerated(['millisecondsSinceLastDelivery']) },
  {
    method: 'xPendingRange',
    args: ['{c}s', 'g', '1-2', '+', 1, { IDLE: 0, consumer: 'alice' }],
    setup: PENDING,
    normalize: maskGenerated(['millisecondsSinceLastDelivery']),
  },
  { method: 'xPendingRange', args: ['{c}s', 'g', '-', '+', 10, { consumer: 'bob' }], setup: PENDING },

  { method: 'xRange', args: ['{c}s', '-', '+'], setup: S },
  { method: 'xRange', args: ['{c}s', '1-2', '+', { COUNT: 1 }], setup: S },
  { method: 'xRange', args: ['{c}missing', '-', '+'] },
  { method: 'xRevRange', args: ['{c}s', '+', '-'], setup: S },
  { method: 'xRevRange', args: ['{c}s', '+', '1-2', { COUNT: 5 }], setup: S },

  // XREAD / XREADGROUP: one stream, several, COUNT; BLOCK with data present, and a short BLOCK that times out.
  { method: 'xRead', args: [{ key: '{c}s', id: '0' }], setup: S },
  { method: 'xRead', args: [[{ key: '{c}s', id: '1-1' }, { key: '{c}s2', id: '0' }], { COUNT: 1 }], setup: [...S, ...S2] },
  { method: 'xRead', args: [{ key: '{c}s', id: '0' }, { BLOCK: 1000, COUNT: 2 }], setup: S },
  { method: 'xRead', name: 'BLOCK times out: null', args: [{ key: '{c}s', id: '$' }, { BLOCK: 50 }], setup: S, mappings: ['buffers'] },
  { method: 'xRead', args: [{ key: '{c}s', id: '9-9' }], setup: S },
  { method: 'xRead', args: [{ key: '{c}s', id: '0' }, { MAXCOUNT: 2, MAXSIZE: 1024 }], unitOnly: { reason: NEWER_8 } },
  { method: 'xReadGroup', args: ['g', 'bob', { key: '{c}s', id: '>' }], setup: [...S, GROUP] },
  {
    method: 'xReadGroup',
    args: ['g', 'bob', [{ key: '{c}s', id: '>' }, { key: '{c}s2', id: '>' }], { COUNT: 1, NOACK: true }],
    setup: [...S, ...S2, GROUP, ['XGROUP', 'CREATE', '{c}s2', 'g', '0']],
  },
  { method: 'xReadGroup', name: 'history with an entry deleted since', args: ['g', 'alice', { key: '{c}s', id: '0' }], setup: [...PENDING, ['XDEL', '{c}s', '1-2']] },
  { method: 'xReadGroup', args: ['g', 'bob', { key: '{c}s', id: '>' }, { BLOCK: 1000 }], setup: [...S, GROUP] },
  { method: 'xReadGroup', name: 'BLOCK times out: null', args: ['g', 'bob', { key: '{c}s', id: '>' }, { BLOCK: 50 }], setup: PENDING, mappings: ['buffers'] },
  { method: 'xReadGroup', name: 'no group', args: ['nope', 'bob', { key: '{c}s', id: '>' }], setup: S },
  {
    method: 'xReadGroup',
    args: ['g', 'bob', { key: '{c}s', id: '>' }, { CLAIM: 1000, COUNT: 5 }],
    unitOnly: {
      reason: NEWER_84,
      replies: {
        2: () => [['{c}s', [['1-1', ['a', '1'], 1500, 2], ['2-1', ['d', '4'], 0, 1]]]],
        3: () => ({ '{c}s': [['1-1', ['a', '1'], 1500, 2], ['2-1', ['d', '4'], 0, 1]] }),
      },
    },
  },
  {
    method: 'xRead',
    name: 'keys in two slots',
    args: [[{ key: '{a}s', id: '0' }, { key: '{b}s', id: '0' }]],
    setup: [['XADD', '{a}s', '1-1', 'a', '1'], ['XADD', '{b}s', '1-1', 'b', '2']],
    difference: crossSlotRefused,
  },

  { method: 'xSetId', args: ['{c}s', '5-0'], setup: S, after: [['XINFO', 'STREAM', '{c}s']] },
  { method: 'xSetId', args: ['{c}s', '5-0', { ENTRIESADDED: 10, MAXDELETEDID: '4-0' }], setup: S, after: [['XINFO', 'STREAM', '{c}s']] },
  { method: 'xSetId', name: 'below the last ID', args: ['{c}s', '1-0'], setup: S },

  { method: 'xTrim', args: ['{c}s', 'MAXLEN', 1], setup: S },
  { method: 'xTrim', args: ['{c}s', 'MINID', '1-2'], setup: S },
  { method: 'xTrim', args: ['{c}s', 'MAXLEN', 0, { strategyModifier: '~', LIMIT: 10 }], setup: S },
  { method: 'xTrim', args: ['{c}s', 'MAXLEN', 2, { strategyModifier: '=' }], setup: S },
  { method: 'xTrim', args: ['{c}s', 'MINID', '2-0', { policy: 'ACKED' }], unitOnly: { reason: NEWER_82 } },

  // Redis 8 commands: the arguments and the transforms on sample replies only.
  { method: 'xAckDel', args: ['{c}s', 'g', ['1-1', '9-9', '1-2']], unitOnly: { reason: NEWER_82, replies: codesSample } },
  { method: 'xAckDel', args: ['{c}s', 'g', '1-1', 'ACKED'], unitOnly: { reason: NEWER_82, replies: codesSample } },
  { method: 'xDelEx', args: ['{c}s', ['1-1', '9-9']], unitOnly: { reason: NEWER_82, replies: codesSample } },
  { method: 'xDelEx', args: ['{c}s', '1-1', 'DELREF'], unitOnly: { reason: NEWER_82, replies: codesSample } },
  { method: 'xCfgSet', args: ['{c}s', { IDMP_DURATION: 60, IDMP_MAXSIZE: 100 }], unitOnly: { reason: NEWER_86, replies: { 2: () => 'OK', 3: () => 'OK' } } },
  { method: 'xCfgSet', args: ['{c}s'], unitOnly: { reason: NEWER_86 } },
  { method: 'xNack', args: ['{c}s', 'g', 'FAIL', ['1-1', '1-2']], unitOnly: { reason: NEWER_8, replies: { 2: () => 2, 3: () => 2 } } },
  { method: 'xNack', args: ['{c}s', 'g', 'SILENT', '1-1', { RETRYCOUNT: 3, FORCE: true }], unitOnly: { reason: NEWER_8 } },

  // Reshaped replies inside a transaction.
  {
    method: 'multi',
    name: 'reshaped stream replies in a transaction',
    args: [],
    setup: PENDING,
    multi: [
      { method: 'xRange', args: ['{c}s', '-', '+'] },
      { method: 'xAutoClaim', args: ['{c}s', 'g', 'bob', 0, '0-0', { COUNT: 1 }] },
      { method: 'xClaim', args: ['{c}s', 'g', 'carol', 0, ['1-2']] },
      { method: 'xPending', args: ['{c}s', 'g'] },
      { method: 'xInfoStream', args: ['{c}s'] },
      { method: 'xInfoGroups', args: ['{c}s'] },
      { method: 'xRead', args: [{ key: '{c}s', id: '1-2' }] },
    ],
  },
];
