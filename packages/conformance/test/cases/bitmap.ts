import type { Case } from '../support/cases';
import { CROSS_SLOT_DIFFERENCE } from '../support/cross-slot';

const newerThan70 = (version: string) => `Redis ${version}+; not runnable on the 7.0 servers these tests use`;

/** "foobar": the bitmap the Redis docs use for BITCOUNT and BITPOS. */
const foobar: Case['setup'] = [['SET', '{c}b', 'foobar']];

/** The bitmap group, in every argument form node-redis's typings accept. */
export const bitmapCases: Case[] = [
  // BITCOUNT
  { method: 'bitCount', args: ['{c}b'], setup: foobar },
  { method: 'BITCOUNT', args: ['{c}b', { start: 1, end: 1 }], setup: foobar },
  { method: 'bitCount', args: ['{c}b', { start: 5, end: 30, mode: 'BIT' }], setup: foobar },
  { method: 'bitCount', args: ['{c}b', { start: 0, end: -1, mode: 'BYTE' }], setup: foobar },
  { method: 'bitCount', args: ['{c}missing'] },

  // BITFIELD: every operation kind, alone and together
  { method: 'bitField', args: ['{c}b', [{ operation: 'SET', encoding: 'u8', offset: 0, value: 255 }]] },
  { method: 'BITFIELD', args: ['{c}b', [{ operation: 'GET', encoding: 'u4', offset: 0 }]], setup: foobar },
  { method: 'bitField', args: ['{c}b', [{ operation: 'GET', encoding: 'i8', offset: '#1' }]], setup: foobar },
  { method: 'bitField', args: ['{c}b', [{ operation: 'INCRBY', encoding: 'i5', offset: 100, increment: 1 }]] },
  {
    method: 'bitField',
    name: 'OVERFLOW, INCRBY, SET and GET together',
    args: [
      '{c}b',
      [
        { operation: 'OVERFLOW', behavior: 'SAT' },
        { operation: 'INCRBY', encoding: 'u2', offset: 102, increment: 5 },
        { operation: 'OVERFLOW', behavior: 'FAIL' },
        { operation: 'INCRBY', encoding: 'u2', offset: 102, increment: 1 },
        { operation: 'OVERFLOW', behavior: 'WRAP' },
        { operation: 'SET', encoding: 'i8', offset: '#0', value: -1 },
        { operation: 'GET', encoding: 'u8', offset: 0 },
      ],
    ],
  },
  { method: 'bitField', name: 'no operation', args: ['{c}b', []], setup: foobar },

  // BITFIELD_RO
  { method: 'bitFieldRo', args: ['{c}b', [{ encoding: 'u8', offset: 0 }]], setup: foobar },
  { method: 'BITFIELD_RO', args: ['{c}b', [{ encoding: 'i4', offset: 4 }, { encoding: 'u8', offset: '#1' }]], setup: foobar },
  { method: 'bitFieldRo', args: ['{c}missing', [{ encoding: 'u8', offset: 0 }]] },

  // BITOP
  ...(['AND', 'OR', 'XOR'] as const).map(
    (operation): Case => ({
      method: 'bitOp',
      args: [operation, '{c}dst', ['{c}b1', '{c}b2']],
      setup: [['SET', '{c}b1', 'foobar'], ['SET', '{c}b2', 'abcdef']],
    }),
  ),
  { method: 'BITOP', args: ['NOT', '{c}dst', '{c}b1'], setup: [['SET', '{c}b1', 'foobar']] },
  { method: 'bitOp', args: ['AND', '{c}dst', '{c}b1'], setup: [['SET', '{c}b1', 'foobar']] },
  { method: 'bitOp', name: 'keys in two slots (CROSSSLOT)', args: ['OR', '{a}dst', ['{a}b', '{b}b']], targets: ['cluster'], difference: CROSS_SLOT_DIFFERENCE },
  ...(['DIFF', 'DIFF1', 'ANDOR', 'ONE'] as const).map(
    (operation): Case => ({
      method: 'bitOp',
      args: [operation, '{c}dst', ['{c}b1', '{c}b2', '{c}b3']],
      unitOnly: { reason: newerThan70('8.2'), replies: { 2: () => 6, 3: () => 6 } },
    }),
  ),

  // BITPOS
  { method: 'bitPos', args: ['{c}b', 1], setup: foobar },
  { method: 'BITPOS', args: ['{c}b', 0, 2], setup: foobar },
  { method: 'bitPos', args: ['{c}b', 1, 1, 3], setup: foobar },
  { method: 'bitPos', args: ['{c}b', 1, 7, 15, 'BIT'], setup: foobar },
  { method: 'bitPos', args: ['{c}b', 0, 0, -1, 'BYTE'], setup: foobar },
  { method: 'bitPos', args: ['{c}missing', 1] },

  // GETBIT / SETBIT
  { method: 'getBit', args: ['{c}b', 1], setup: foobar },
  { method: 'GETBIT', args: ['{c}missing', 100] },
  { method: 'setBit', args: ['{c}b', 7, 1] },
  { method: 'SETBIT', args: ['{c}b', 1, 0], setup: foobar },

  // BITRANGEINTARRAY (newer than Redis 7.0)
  {
    method: 'bitRangeIntArray',
    args: ['{c}b', 0, -1],
    unitOnly: { reason: newerThan70('8.12'), replies: { 2: () => [1, 2, 3], 3: () => [1, 2, 3] } },
  },
  {
    method: 'BITRANGEINTARRAY',
    args: ['{c}b', '0', '100', { mode: 'BIT', LIMIT: 3, ZEROS: true }],
    unitOnly: { reason: newerThan70('8.12'), replies: { 2: () => [0, 4, 5], 3: () => [0, 4, 5] } },
  },
  {
    method: 'bitRangeIntArray',
    args: ['{c}b', 0, 2, { mode: 'BYTE' }],
    unitOnly: { reason: newerThan70('8.12'), replies: { 2: () => [], 3: () => [] } },
  },
];

/** node-redis's bitmap commands (upper-case names; each has its camel-case twin). */
export const BITMAP_COMMANDS = [
  'BITCOUNT', 'BITFIELD', 'BITFIELD_RO', 'BITOP', 'BITPOS', 'GETBIT', 'SETBIT',
  // newer than Redis 7.0
  'BITRANGEINTARRAY',
] as const;
