// The `ft` namespace's querying half against node-redis's `@redis/search`, definitions only (no server
// here runs the module): for each case the arguments and keys both send (with the shared harness), and
// both transforms on each sample reply under RESP2 and RESP3 and every type mapping, the sample decoded
// as that mapping decodes it (see cases/module-ft-search.ts).
import { createCommandParser } from '@x/modules';
import { DEFAULT_MODULES, type createClient } from '@x/cluster';
import { canonical, sameCanonical, show } from './support/canonical';
import { compareDefinitions, MAPPINGS, type Case } from './support/cases';
import { oracle, type OracleCommand } from './support/oracle';
import { recordCase } from './support/report';
import { dbl, decode, FT_SEARCH_COMMANDS, map, type Resp, ftSearchCases, REASON, HYBRID_REASON, type FtCase } from './cases/module-ft-search';

type Transform = (reply: unknown, preserve?: unknown, typeMapping?: object) => unknown;

const nrFt = oracle.modules.ft!;
const xFt = DEFAULT_MODULES.ft as unknown as Record<string, OracleCommand>;

const argsOf = (c: FtCase) => (typeof c.args === 'function' ? c.args() : c.args);
const nameOf = (c: FtCase) => c.method.slice('ft.'.length);

function transformOf(definition: OracleCommand, resp: 2 | 3): Transform | undefined {
  const t = definition.transformReply as unknown;
  if (typeof t === 'function') return t as Transform;
  if (t !== null && typeof t === 'object') return (t as Record<number, Transform>)[resp];
  return undefined;
}

/** What `parseCommand` left for the transform (`preserve`), or undefined when it refused the call. */
function preserveOf(definition: OracleCommand, parser: { preserve?: unknown }, args: ReadonlyArray<unknown>): { preserve: unknown } | undefined {
  try {
    definition.parseCommand(parser, ...args);
    return { preserve: parser.preserve };
  } catch {
    return undefined;
  }
}

function outcome(run: () => unknown) {
  try {
    return canonical(run());
  } catch {
    // Both refusing a malformed reply is agreement; which error each throws is its own business.
    return { $: 'throws' };
  }
}

function compareReplies(c: FtCase, mismatches: string[], realSample = true): void {
  if (c.replies === undefined) return;
  const nrDef = nrFt[nameOf(c)]!;
  const xDef = xFt[nameOf(c)]!;
  const nrParsed = preserveOf(nrDef, new oracle.BasicCommandParser() as { preserve?: unknown }, argsOf(c));
  const xParsed = preserveOf(xDef, createCommandParser(3), argsOf(c));
  if (nrParsed === undefined || xParsed === undefined) {
    mismatches.push('a case with sample replies must be a call both accept');
    return;
  }
  for (const resp of [2, 3] as const) {
    const sample = c.replies[resp];
    if (sample === undefined) continue;
    for (const [mappingName, mapping] of [['none', undefined] as const, ...Object.entries(MAPPINGS)]) {
      const run = (def: OracleCommand, preserve: unknown) => () => {
        const t = transformOf(def, resp);
        const reply = decode(sample, mapping);
        return t === undefined ? reply : t(reply, preserve, mapping);
      };
      const x = outcome(run(xDef, xParsed.preserve));
      const nr = outcome(run(nrDef, nrParsed.preserve));
      // A sample is a reply the server sends: node-redis must read it, at least without a mapping.
      if (realSample && mappingName === 'none' && sameCanonical(nr, { $: 'throws' })) mismatches.push(`node-redis cannot read the RESP${resp} sample`);
      if (!sameCanonical(x, nr)) mismatches.push(`transform, RESP${resp}, mapping ${mappingName}\n    x:          ${show(x)}\n    node-redis: ${show(nr)}`);
    }
  }
}

describe('ft (querying): every node-redis command of the half has a case and a definition', () => {
  const names = (upper: string) => Object.keys(nrFt).filter((name) => nrFt[name] === nrFt[upper]);

  it.each(FT_SEARCH_COMMANDS)('%s', (upper) => {
    expect(nrFt[upper]).toBeDefined();
    for (const name of names(upper)) {
      // In the record, the twin of every other name node-redis has for it.
      expect(Object.hasOwn(xFt, name)).toBe(true);
      expect(xFt[name]).toBe(xFt[upper]);
      expect(ftSearchCases.some((c) => c.method === `ft.${name}` && c.replies !== undefined)).toBe(true);
      // The routing flags node-redis sets.
      const nr = nrFt[name] as OracleCommand & { NOT_KEYED_COMMAND?: boolean };
      const x = xFt[name] as OracleCommand & { NOT_KEYED_COMMAND?: boolean };
      expect(x.IS_READ_ONLY).toBe(nr.IS_READ_ONLY);
      expect(x.NOT_KEYED_COMMAND).toBe(nr.NOT_KEYED_COMMAND);
    }
  });

  it('x’s `ft` has no name node-redis’s lacks', () => {
    expect(Object.keys(xFt).filter((name) => !Object.hasOwn(nrFt, name))).toEqual([]);
  });
});

describe('ft (querying)', () => {
  for (const c of ftSearchCases) {
    const name = `${c.method} ${c.name ?? JSON.stringify(argsOf(c)).slice(0, 80)}`;
    it(name, () => {
      const mismatches: string[] = [];
      const reason = c.method.toLowerCase().includes('hybrid') ? HYBRID_REASON : REASON;
      const asCase: Case = { method: c.method, args: c.args, unitOnly: { reason } };
      compareDefinitions(asCase, mismatches);
      if (c.keyPrefix !== undefined) compareDefinitions(asCase, mismatches, c.keyPrefix);
      compareReplies(c, mismatches);
      recordCase('ft (querying)', asCase, name, { compared: 0, equal: 0, differences: 0, runs: [] }, mismatches.length === 0);
      if (mismatches.length > 0) throw new Error(`${mismatches.length} mismatch(es):\n  ${mismatches.join('\n  ')}`);
    });
  }
});

// Compile-time only (never called): node-redis's option literals type-check against x's methods, and
// the methods resolve with node-redis's reply shapes.
async function typedUse(client: ReturnType<typeof createClient>): Promise<void> {
  const searched = await client.ft.search('idx', '@title:$t', {
    RETURN: ['title'],
    FILTER: { field: 'n', min: -Infinity, max: '(10' },
    SORTBY: { BY: 'n', DIRECTION: 'DESC' },
    LANGUAGE: 'German',
    PARAMS: { t: 'hello', n: 1 },
    DIALECT: 3,
  });
  const id: string = searched.documents[0]!.id;
  const total: number = searched.total;
  const ids: Array<string> = (await client.ft.searchNoContent('idx', '*')).documents;
  const aggregated = await client.ft.aggregateWithCursor('idx', '*', {
    LOAD: ['@a', { identifier: '@b', AS: 'b' }],
    STEPS: [
      { type: 'GROUPBY', properties: '@a', REDUCE: [{ type: 'COUNT', AS: 'n' }, { type: 'QUANTILE', property: '@b', quantile: 0.5 }] },
      { type: 'SORTBY', BY: [{ BY: '@n', DIRECTION: 'DESC' }], MAX: 5 },
    ],
    COUNT: 10,
  });
  const cursor: number = aggregated.cursor;
  const next = await client.ft.cursorRead('idx', cursor, { COUNT: 10 });
  const profiled = await client.ft.profileSearch('idx', 'x', { LIMITED: true, WITHSCORES: true });
  const hybrid = await client.ft.hybrid('idx', { SEARCH: { query: '*' }, VSIM: { field: '@v', vector: '$v', method: { type: 'KNN', K: 3 } } });
  const spelled = await client.ft.spellCheck('idx', 'x', { TERMS: { mode: 'INCLUDE', dictionary: 'd' } });
  const plan: string = await client.ft.explain('idx', 'x');
  const config = await client.ft.configGet('*');
  void [id, total, ids, next.results, profiled.profile, hybrid.totalResults, spelled[0]?.suggestions[0]?.score, plan, config];
}
void typedUse;

// Beyond the samples: replies of every shape the readers might meet (maps of the keys RediSearch uses,
// rows, pairs, lone wrappers, nulls, doubles), generated from a fixed seed, through both libraries'
// transforms under every mapping. The readers follow node-redis's guesses about map-like values
// exactly; this is what holds them to it where no real sample reaches.
describe('ft (querying): generated replies', () => {
  const KEYS = [
    'id', 'doc_id', 'values', 'extra_attributes', 'extraAttributes', 'score', 'payload', 'sortkey', 'results', 'Results', 'result',
    'total_results', 'total', 'totalResults', 'warning', 'warnings', 'cursor', 'Profile', 'profile', 'Total profile time',
    'execution_time', '$', 'title', '__score',
  ];
  const TEXT = [...KEYS, '', '1', '0.5', 'inf', '-inf', 'nan', '{"a":1}', '[1,2]', 'not json', 'hello'];
  let seed = 0x5eed;
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: ReadonlyArray<T>): T => items[Math.floor(random() * items.length)]!;

  function generate(resp: 2 | 3, depth: number): Resp {
    const leaf = (): Resp => pick<() => Resp>([() => pick(TEXT), () => Math.floor(random() * 5), () => null, ...(resp === 3 ? [() => dbl(pick(['0.5', '1', 'inf']))] : [])])();
    if (depth <= 0) return leaf();
    const children = (n: number) => Array.from({ length: n }, () => generate(resp, depth - 1));
    const kinds: Array<() => Resp> = [
      leaf,
      () => children(Math.floor(random() * 4)),
      // a flat [key, value, …] array, RESP2's map
      () => Array.from({ length: Math.floor(random() * 4) }, () => [pick(KEYS), generate(resp, depth - 1)]).flat(),
      // pairs, and a lone wrapper
      () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => [pick(KEYS), generate(resp, depth - 1)]),
      () => [generate(resp, depth - 1)],
    ];
    if (resp === 3) {
      const mapOf = () => map(Array.from({ length: Math.floor(random() * 5) }, () => [pick(KEYS), generate(resp, depth - 1)] as const));
      kinds.push(mapOf, mapOf);
    }
    return pick(kinds)();
  }

  const CALLS: Array<[string, ReadonlyArray<unknown>]> = [
    ['SEARCH', ['i', 'q']],
    ['SEARCH', ['i', 'q', { WITHSCORES: true, WITHPAYLOADS: true }]],
    ['SEARCH', ['i', 'q', { EXPLAINSCORE: true, WITHSORTKEYS: true }]],
    ['SEARCH', ['i', 'q', { RETURN: [] }]],
    ['SEARCH_NOCONTENT', ['i', 'q']],
    ['AGGREGATE', ['i', 'q']],
    ['AGGREGATE_WITHCURSOR', ['i', 'q']],
    ['CURSOR_READ', ['i', 1]],
    ['PROFILESEARCH', ['i', 'q', { WITHSCORES: true }]],
    ['PROFILEAGGREGATE', ['i', 'q']],
    ['HYBRID', ['i', { SEARCH: { query: 'q' }, VSIM: { field: '@v', vector: '$v' } }]],
    ['HYBRID', ['i', { SEARCH: { query: 'q' }, VSIM: { field: '@v', vector: '$v' }, EXPLAINSCORE: true }]],
    ['SPELLCHECK', ['i', 'q']],
    ['CONFIG_GET', ['*']],
  ];

  it.each(CALLS.map(([name, args], i) => [`${name} #${i}`, name, args] as const))('%s', (_label, name, args) => {
    const mismatches: string[] = [];
    for (let n = 0; n < 150 && mismatches.length < 3; n++) {
      const resp = n % 2 === 0 ? 2 : 3;
      const reply = generate(resp, 4);
      compareReplies({ method: `ft.${name}`, args, replies: { [resp]: reply } }, mismatches, false);
      if (mismatches.length > 0) mismatches.push(`    for the RESP${resp} reply ${JSON.stringify(reply)}`);
    }
    if (mismatches.length > 0) throw new Error(mismatches.join('\n'));
  });
});
