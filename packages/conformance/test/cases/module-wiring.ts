import type { Case } from '../support/cases';

// One command of each bundled module namespace, run live on node-redis and on x — on a server and on
// the 3+3 cluster, RESP2 and RESP3 — against servers that don't run the module: both are refused
// with "unknown command 'JSON.GET', with args beginning with: …", a message that names the command
// and its first arguments, so the two must have sent the same command to the same kind of node. The
// definitions themselves are compared call by call in the module-*.test.ts suites.
export const moduleWiringCases: ReadonlyArray<Case> = [
  { method: 'json.GET', args: ['wiring:json', { path: '$.a' }], mappings: false },
  { method: 'json.set', args: ['wiring:json', '$', { a: 1 }], mappings: false },
  { method: 'ft.SEARCH', args: ['idx', '@title:dune', { LIMIT: { from: 0, size: 5 } }], mappings: false },
  { method: 'ts.ADD', args: ['wiring:ts', 1000, 21.5], mappings: false },
  { method: 'bf.add', args: ['wiring:bf', 'alice'], mappings: false },
  { method: 'cf.ADD', args: ['wiring:cf', 'alice'], mappings: false },
  { method: 'cms.QUERY', args: ['wiring:cms', ['a', 'b']], mappings: false },
  { method: 'topK.add', args: ['wiring:topk', 'a'], mappings: false },
  { method: 'tDigest.ADD', args: ['wiring:td', [1.5, 2]], mappings: false },
  {
    method: 'multi',
    name: 'a module command queued in multi() with a plain one (the server aborts the transaction)',
    args: [],
    multi: [
      { method: 'set', args: ['{wiring}:a', '1'] },
      { method: 'json.SET', args: ['{wiring}:b', '$', [1, 2]] },
    ],
    mappings: false,
  },
];
