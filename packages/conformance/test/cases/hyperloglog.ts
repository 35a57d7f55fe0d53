import type { Case } from '../support/cases';
import { CROSS_SLOT_DIFFERENCE } from '../support/cross-slot';

const loaded: Case['setup'] = [
  ['PFADD', '{c}h1', 'a', 'b', 'c'],
  ['PFADD', '{c}h2', 'c', 'd'],
];

/** The hyperloglog group, in every argument form node-redis's typings accept. */
export const hyperloglogCases: Case[] = [
  // PFADD
  { method: 'pfAdd', args: ['{c}h'] },
  { method: 'PFADD', args: ['{c}h', 'a'] },
  { method: 'pfAdd', args: ['{c}h', ['a', 'b', 'c']] },
  { method: 'pfAdd', name: 'nothing new', args: ['{c}h1', ['a', 'b']], setup: loaded },
  { method: 'pfAdd', name: 'on a string (WRONGTYPE)', args: ['{c}s', 'a'], setup: [['SET', '{c}s', 'x']] },

  // PFCOUNT
  { method: 'pfCount', args: ['{c}h1'], setup: loaded },
  { method: 'PFCOUNT', args: [['{c}h1', '{c}h2']], setup: loaded },
  { method: 'pfCount', args: ['{c}missing'] },
  { method: 'pfCount', name: 'keys in two slots (CROSSSLOT)', args: [['{a}h', '{b}h']], targets: ['cluster'], difference: CROSS_SLOT_DIFFERENCE },

  // PFMERGE
  { method: 'pfMerge', args: ['{c}dst', ['{c}h1', '{c}h2']], setup: loaded },
  { method: 'PFMERGE', args: ['{c}dst', '{c}h1'], setup: loaded },
  { method: 'pfMerge', name: 'no source', args: ['{c}dst'] },
  { method: 'pfMerge', name: 'keys in two slots (CROSSSLOT)', args: ['{a}dst', ['{b}h']], targets: ['cluster'], difference: CROSS_SLOT_DIFFERENCE },
];

/** node-redis's hyperloglog commands (upper-case names; each has its camel-case twin). */
export const HYPERLOGLOG_COMMANDS = ['PFADD', 'PFCOUNT', 'PFMERGE'] as const;
