import type { Case } from '../support/cases';

/** node-redis's vector-set commands (Redis 8.0+), upper-case. */
export const VECTOR_SET_COMMAND_NAMES = [
  'VADD', 'VCARD', 'VDIM', 'VEMB', 'VEMB_RAW', 'VGETATTR', 'VINFO', 'VLINKS', 'VLINKS_WITHSCORES', 'VRANDMEMBER', 'VRANGE',
  'VREM', 'VSETATTR', 'VSIM', 'VSIM_WITHSCORES',
] as const;

const REASON = 'Redis 8.0+ (vector sets); the servers here are 7.0';
function both(upper: string, camel: string, args: ReadonlyArray<unknown>, replies?: { 2?: () => unknown; 3?: () => unknown }): Case[] {
  return [upper, camel].map((method) => ({ method, args, unitOnly: { reason: REASON, replies } }));
}
const flag = { 2: () => 1, 3: () => true };

export const vectorSetCases: Case[] = [
  ...both('VADD', 'vAdd', ['{c}v', [0.1, -2, 3.5], 'e1'], flag),
  {
    method: 'vAdd',
    name: 'every option, attributes as an object',
    args: ['{c}v', [1, Infinity], 'e2', { REDUCE: 2, CAS: true, QUANT: 'Q8', EF: 200, SETATTR: { year: 1999, tags: ['a'] }, M: 16 }],
    unitOnly: { reason: REASON, replies: { 2: () => 0, 3: () => false } },
  },
  { method: 'vAdd', name: 'attributes as JSON text', args: ['{c}v', [1], 'e3', { SETATTR: '{"a":1}', QUANT: 'NOQUANT' }], unitOnly: { reason: REASON } },
  ...both('VCARD', 'vCard', ['{c}v'], { 2: () => 3, 3: () => 0 }),
  ...both('VDIM', 'vDim', ['{c}v'], { 2: () => 3, 3: () => 300 }),
  ...both('VEMB', 'vEmb', ['{c}v', 'e1'], { 2: () => ['0.1', '-2', '3.5'], 3: () => [0.1, -2, 3.5] }),
  { method: 'vEmb', name: 'no such element', args: ['{c}v', 'nosuch'], unitOnly: { reason: REASON, replies: { 2: () => null, 3: () => null } } },
  ...both('VEMB_RAW', 'vEmbRaw', ['{c}v', 'e1'], { 2: () => ['int8', '\u0001\u0002', '3.7416573867739413', '0.05'], 3: () => ['f32', 'abcd', 1.5] }),
  { method: 'vEmbRaw', name: 'without a range; no element', args: ['{c}v', 'e2'], unitOnly: { reason: REASON, replies: { 2: () => ['bin', 'x', '1'], 3: () => null } } },
  ...both('VGETATTR', 'vGetAttr', ['{c}v', 'e1'], { 2: () => '{"year":1999}', 3: () => null }),
  ...both('VINFO', 'vInfo', ['{c}v'], {
    2: () => ['quant-type', 'int8', 'vector-dim', 3, 'size', 2, 'max-level', 1, 'vset-uid', 7, 'hnsw-max-node-uid', 2],
    3: () => ({ 'quant-type': 'int8', 'vector-dim': 3, size: 2 }),
  }),
  { method: 'vInfo', name: 'no such key', args: ['{c}nosuch'], unitOnly: { reason: REASON, replies: { 2: () => null, 3: () => null } } },
  ...both('VLINKS', 'vLinks', ['{c}v', 'e1'], { 2: () => [['e2', 'e3'], ['e2']], 3: () => null }),
  ...both('VLINKS_WITHSCORES', 'vLinksWithScores', ['{c}v', 'e1'], {
    2: () => [['e2', '0.99', 'e3', '0.5'], ['e2', '0.99']],
    3: () => [{ e2: 0.99 }],
  }),
  { method: 'vLinksWithScores', name: 'no such element', args: ['{c}v', 'nosuch'], unitOnly: { reason: REASON, replies: { 2: () => null } } },
  ...both('VRANDMEMBER', 'vRandMember', ['{c}v'], { 2: () => 'e1', 3: () => null }),
  { method: 'vRandMember', name: 'a count', args: ['{c}v', -5], unitOnly: { reason: REASON, replies: { 2: () => ['e1', 'e1'] } } },
  ...both('VRANGE', 'vRange', ['{c}v', '[a', '+', 10], { 2: () => ['e1', 'e2'], 3: () => [] }),
  { method: 'vRange', name: 'no count', args: ['{c}v', '-', '(z'], unitOnly: { reason: REASON } },
  ...both('VREM', 'vRem', ['{c}v', 'e1'], flag),
  ...both('VSETATTR', 'vSetAttr', ['{c}v', 'e1', { year: 2000 }], { 2: () => 0, 3: () => false }),
  { method: 'vSetAttr', name: 'JSON text; clearing with an empty string', args: ['{c}v', 'e1', ''], unitOnly: { reason: REASON, replies: { 2: () => 1 } } },
  ...both('VSIM', 'vSim', ['{c}v', [0.1, 0.2, 0.3], { COUNT: 5, EPSILON: 0.2, EF: 100, FILTER: '.year > 1990', 'FILTER-EF': 50, TRUTH: true, NOTHREAD: true }], {
    2: () => ['e1', 'e2'],
    3: () => ['e1'],
  }),
  { method: 'vSim', name: 'by element', args: ['{c}v', 'e1'], unitOnly: { reason: REASON } },
  ...both('VSIM_WITHSCORES', 'vSimWithScores', ['{c}v', 'e1', { COUNT: 2 }], {
    2: () => ['e1', '1', 'e2', '0.9876'],
    3: () => ({ e1: 1, e2: 0.9876 }),
  }),
];
