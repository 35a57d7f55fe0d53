import type { Case } from '../support/cases';

/** node-redis's commands of the array type (Redis 8+), upper-case. */
export const ARRAY_COMMAND_NAMES = [
  'ARCOUNT', 'ARDEL', 'ARDELRANGE', 'ARGET', 'ARGETRANGE', 'ARGREP', 'ARGREP_WITHVALUES', 'ARINFO', 'ARINSERT', 'ARLASTITEMS',
  'ARLEN', 'ARMGET', 'ARMSET', 'ARNEXT', 'AROP', 'ARRING', 'ARSCAN', 'ARSEEK', 'ARSET',
] as const;

const REASON = 'Redis 8+ (the array type); the servers here are 7.0';
/** Both spellings of a command, with the same arguments and sample replies. */
function both(upper: string, camel: string, args: ReadonlyArray<unknown>, replies?: { 2?: () => unknown; 3?: () => unknown }, name?: string): Case[] {
  return [upper, camel].map((method) => ({ method, args, name, unitOnly: { reason: REASON, replies } }));
}
const number = (n: number) => ({ 2: () => n, 3: () => n });

export const arrayCases: Case[] = [
  ...both('ARCOUNT', 'arCount', ['{c}a'], number(3)),
  ...both('ARLEN', 'arLen', ['{c}a'], number(10)),
  ...both('ARNEXT', 'arNext', ['{c}a'], { 2: () => 4, 3: () => null }),
  ...both('ARDEL', 'arDel', ['{c}a', [1, '2', 3]], number(2)),
  { method: 'arDel', name: 'one index', args: ['{c}a', 7], unitOnly: { reason: REASON } },
  ...both('ARDELRANGE', 'arDelRange', ['{c}a', [[0, 5], ['10', '+']]], number(6)),
  ...both('ARGET', 'arGet', ['{c}a', 0], { 2: () => 'v', 3: () => null }),
  { method: 'arGet', name: 'an index past 2^53', args: ['{c}a', '18446744073709551615'], unitOnly: { reason: REASON } },
  ...both('ARGETRANGE', 'arGetRange', ['{c}a', 0, '-1'], { 2: () => ['a', null, 'c'], 3: () => [] }),
  ...both('ARMGET', 'arMGet', ['{c}a', [0, 2]], { 2: () => ['a', null], 3: () => ['a', 'c'] }),
  { method: 'arMGet', name: 'one index', args: ['{c}a', '5'], unitOnly: { reason: REASON } },
  ...both('ARGREP', 'arGrep', ['{c}a', '-', '+', [['EXACT', 'foo'], ['GLOB', 'b*']], { COMBINATOR: 'OR', LIMIT: 10, NOCASE: true }], { 2: () => [0, 5], 3: () => [] }),
  { method: 'arGrep', name: 'one predicate', args: ['{c}a', 0, 100, [['RE', '^a']]], unitOnly: { reason: REASON } },
  ...both('ARGREP_WITHVALUES', 'arGrepWithValues', ['{c}a', 0, '+', [['MATCH', 'oo']]], { 2: () => [[0, 'foo'], [5, 'boo']], 3: () => [[1, 'x']] }),
  ...both(
    'ARINFO',
    'arInfo',
    ['{c}a', { FULL: true }],
    {
      2: () => ['len', 10, 'count', 3, 'next', 4, 'avg-dense-size', '12.5', 'avg-dense-fill', '0.75', 'avg-sparse-size', 'inf'],
      3: () => ({ len: 10, count: 3, 'avg-dense-size': 12.5 }),
    },
  ),
  { method: 'arInfo', name: 'not FULL', args: ['{c}a'], unitOnly: { reason: REASON, replies: { 2: () => ['len', 0, 'count', 0] } } },
  ...both('ARINSERT', 'arInsert', ['{c}a', ['x', 'y']], number(5)),
  { method: 'arInsert', name: 'one value', args: ['{c}a', 'x'], unitOnly: { reason: REASON } },
  ...both('ARLASTITEMS', 'arLastItems', ['{c}a', 2, { REV: true }], { 2: () => ['y', 'x'], 3: () => ['x'] }),
  { method: 'arLastItems', name: 'no REV', args: ['{c}a', 2], unitOnly: { reason: REASON } },
  ...both('ARMSET', 'arMSet', ['{c}a', { 0: 'a', 5: 'b' }], number(2)),
  { method: 'arMSet', name: 'a Map', args: () => ['{c}a', new Map<number | string, string>([[1, 'x'], ['2', 'y']])], unitOnly: { reason: REASON } },
  { method: 'arMSet', name: 'tuples', args: ['{c}a', [[3, 'z'], ['18446744073709551615', 'w']]], unitOnly: { reason: REASON } },
  ...both('AROP', 'arOp', ['{c}a', 0, '+', 'SUM'], { 2: () => '15', 3: () => 15 }),
  { method: 'arOp', name: 'MATCH a value', args: ['{c}a', 0, 10, 'MATCH', 'foo'], unitOnly: { reason: REASON, replies: { 2: () => 2, 3: () => null } } },
  { method: 'arOp', name: 'a number value', args: ['{c}a', 0, 10, 'AND', 7], unitOnly: { reason: REASON } },
  ...both('ARRING', 'arRing', ['{c}a', 3, ['x', 'y']], number(1)),
  ...both('ARSCAN', 'arScan', ['{c}a', 0, '+', { LIMIT: 2 }], { 2: () => [[0, 'a'], [3, 'b']], 3: () => [] }),
  { method: 'arScan', name: 'no LIMIT', args: ['{c}a', '0', '10'], unitOnly: { reason: REASON } },
  ...both('ARSEEK', 'arSeek', ['{c}a', 100], number(100)),
  ...both('ARSET', 'arSet', ['{c}a', 0, ['a', 'b', 'c']], number(3)),
  { method: 'arSet', name: 'one value', args: ['{c}a', '7', 'v'], unitOnly: { reason: REASON } },
];
