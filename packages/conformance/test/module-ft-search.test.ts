// The `ft` namespace's querying half against node-redis's `@redis/search`, definitions only (no server
// here runs the module): for each case the arguments and keys both send (with the shared harness), and
// both transforms on each sample reply under RESP2 and RESP3 and every type mapping, the sample decoded
// as that mapping decodes it (see cases/module-ft-search.ts).
import { createCommandParser } from '@x/modules';
import { DEFAULT_MODULES, type createClient } from '@x/cluster';
import { canonical, sameCanonical, show } from './support/canonical';
import { compareDefinitions, MAPPINGS, transformOf, type Case } from './support/cases';
import { oracle, type OracleCommand } from './support/oracle';
import { recordCase } from './support/report';
import { dbl, decode, FT_SEARCH_COMMANDS, map, type Resp, ftSearchCases, REASON, HYBRID_REASON, type FtCase } from './cases/module-ft-search';

const nrFt = oracle.modules.ft!;
const xFt = DEFAULT_MODULES.ft as unknown as Record<string, OracleCommand>;

const argsOf = (c: FtCase) => (typeof c.args === 'function' ? c.args() : c.args);
const nameOf = (c: FtCase) => c.method.slice('ft.'.length);

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
  // Each reply is typed, not `any` (a type the declarations could not name would silently be `any`).
  // @ts-expect-error a number
  void (searched.total satisfies string);
  // @ts-expect-error an array of ids
  void (ids satisfies number);
  // @ts-expect-error a number
  void (aggregated.cursor satisfies string);
  // @ts-expect-error an array of rows
  void (next.results satisfies string);
  // @ts-expect-error results and profile
  void (profiled satisfies string);
  // @ts-expect-error a number
  void (hybrid.totalResults satisfies string);
  // @ts-expect-error an array
  void (spelled satisfies string);
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

// The same for the arguments: option objects drawn from each option's good values and its odd ones
// (0, '', false, null, a Buffer), a fixed seed, both libraries' wire arguments and keys compared (or
// both refusing the call).
describe('ft (querying): generated options', () => {
  let seed = 0xa5a5;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: ReadonlyArray<T>): T => items[Math.floor(random() * items.length)]!;
  const ODD = [0, '', false, null, 1, 'x'];
  const flag = [true, ...ODD];
  const num = [0, 3, 2.5, -1, ...ODD];
  const arg = ['a', Buffer.from('b'), ...ODD];
  const list = [['a', 'b'], [], 'a', Buffer.from('c'), ...ODD];
  const sortKey = ['@a', { BY: '@a' }, { BY: '@a', DIRECTION: 'DESC' }, ...ODD];
  const reducer = () =>
    pick<unknown>([
      { type: 'COUNT', AS: pick(arg) },
      { type: pick(['SUM', 'MIN', 'TOLIST', 'COUNT_DISTINCT']), property: pick(arg) },
      { type: 'QUANTILE', property: '@a', quantile: pick(num) },
      { type: 'FIRST_VALUE', property: '@a', BY: pick(['@b', { property: '@b' }, { property: '@b', direction: 'ASC' }, ...ODD]) },
      { type: 'RANDOM_SAMPLE', property: '@a', sampleSize: pick(num) },
      { type: 'COLLECT', FIELDS: pick(['*', '@a', ['@a', '@b']]), DISTINCT: pick(flag), SORTBY: pick([...sortKey, [sortKey[0], sortKey[2]]]), LIMIT: pick([{ from: 0, size: 2 }, ...ODD]) },
      ...ODD,
    ]);
  const step = () =>
    pick<unknown>([
      { type: 'GROUPBY', properties: pick(list), REDUCE: pick([reducer(), [reducer(), reducer()]]) },
      { type: 'SORTBY', BY: pick([...sortKey, [sortKey[1], sortKey[2]]]), MAX: pick(num) },
      { type: 'APPLY', expression: pick(arg), AS: pick(arg) },
      { type: 'LIMIT', from: pick(num), size: pick(num) },
      { type: 'FILTER', expression: pick(arg) },
      { type: 'OTHER' },
    ]);
  const params = () => pick<unknown>([{ a: 'x', n: 2, b: Buffer.from('y') }, {}, ...ODD]);
  const SEARCH_POOL: Record<string, () => unknown> = {
    VERBATIM: () => pick(flag), NOSTOPWORDS: () => pick(flag), WITHSCORES: () => pick(flag), EXPLAINSCORE: () => pick(flag),
    WITHPAYLOADS: () => pick(flag), WITHSORTKEYS: () => pick(flag), INKEYS: () => pick(list), INFIELDS: () => pick(list), RETURN: () => pick(list),
    FILTER: () => pick([{ field: 'n', min: pick([...num, Infinity, -Infinity, '(1']), max: pick([...num, Infinity]) }, ...ODD]),
    GEOFILTER: () => pick([{ field: 'g', lon: 1, lat: 2, radius: pick(num), unit: 'km' }, [{ field: 'g', lon: 0, lat: 0, radius: 1, unit: 'm' }], ...ODD]),
    SUMMARIZE: () => pick([{ FIELDS: pick(list), FRAGS: pick(num), LEN: pick(num), SEPARATOR: pick(arg) }, ...flag]),
    HIGHLIGHT: () => pick([{ FIELDS: pick(list), TAGS: pick([{ open: '<', close: '>' }, ...ODD]) }, ...flag]),
    SLOP: () => pick(num), TIMEOUT: () => pick(num), INORDER: () => pick(flag), LANGUAGE: () => pick(arg), EXPANDER: () => pick(arg),
    SCORER: () => pick(arg), PAYLOAD: () => pick([...arg, undefined]), SORTBY: () => pick(sortKey), LIMIT: () => pick([{ from: pick(num), size: pick(num) }, ...ODD]),
    PARAMS: params, DIALECT: () => pick(num), LIMITED: () => pick(flag),
  };
  const AGGREGATE_POOL: Record<string, () => unknown> = {
    VERBATIM: () => pick(flag), ADDSCORES: () => pick(flag), TIMEOUT: () => pick(num), PARAMS: params, DIALECT: () => pick(num),
    LOAD: () => pick(['*', '@a', { identifier: '@a', AS: pick(arg) }, ['@a', { identifier: '@b' }], ...ODD]),
    STEPS: () => pick([[step()], [step(), step(), step()], [], ...ODD]),
    COUNT: () => pick(num), MAXIDLE: () => pick(num), LIMITED: () => pick(flag),
  };
  const HYBRID_POOL: Record<string, () => unknown> = {
    COMBINE: () => pick([{ method: pick([{ type: 'RRF', WINDOW: pick(num), CONSTANT: pick(num) }, { type: 'LINEAR', ALPHA: pick(num), BETA: pick(num), WINDOW: pick(num) }, { type: 'RRF' }]), YIELD_SCORE_AS: pick(arg) }, ...ODD]),
    LOAD: () => pick(['*', ...list]),
    GROUPBY: () => pick([{ fields: pick(list), REDUCE: pick([reducer(), [reducer()], undefined]) }, ...ODD]),
    APPLY: () => pick([{ expression: 'e', AS: pick(arg) }, [{ expression: 'e' }, { expression: 'f', AS: 'g' }], ...ODD]),
    SORTBY: () => pick([{ fields: [{ field: '@a', direction: pick(['ASC', 'DESC', undefined, '']) }, { field: '@b' }] }, ...ODD]),
    NOSORT: () => pick(flag), FILTER: () => pick(arg), LIMIT: () => pick([{ offset: pick(num), count: pick(num) }, ...ODD]),
    EXPLAINSCORE: () => pick(flag), PARAMS: params, TIMEOUT: () => pick(num),
  };
  const optionsFrom = (pool: Record<string, () => unknown>) => {
    const options: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(pool)) if (random() < 0.4) options[name] = value();
    return options;
  };
  const hybridOptions = () => ({
    ...optionsFrom(HYBRID_POOL),
    SEARCH: { query: 'q', SCORER: pick([...arg, undefined]), YIELD_SCORE_AS: pick([...arg, undefined]) },
    VSIM: {
      field: '@v',
      vector: '$v',
      method: pick([{ type: 'KNN', K: pick(num), EF_RUNTIME: pick([...num, undefined]) }, { type: 'RANGE', RADIUS: pick(num), EPSILON: pick([...num, undefined]) }, undefined, { type: 'OTHER' }]),
      FILTER: pick([...arg, undefined]),
      YIELD_SCORE_AS: pick([...arg, undefined]),
    },
  });

  const CALLS: Array<[string, () => ReadonlyArray<unknown>]> = [
    ['SEARCH', () => ['i', 'q', optionsFrom(SEARCH_POOL)]],
    ['SEARCH_NOCONTENT', () => ['i', 'q', optionsFrom(SEARCH_POOL)]],
    ['PROFILESEARCH', () => ['i', 'q', optionsFrom(SEARCH_POOL)]],
    ['AGGREGATE', () => ['i', 'q', optionsFrom(AGGREGATE_POOL)]],
    ['AGGREGATE_WITHCURSOR', () => ['i', 'q', optionsFrom(AGGREGATE_POOL)]],
    ['PROFILEAGGREGATE', () => ['i', 'q', optionsFrom(AGGREGATE_POOL)]],
    ['CURSOR_READ', () => ['i', pick([1, '2']), pick([{ COUNT: pick(num) }, {}, undefined])]],
    ['HYBRID', () => ['i', hybridOptions()]],
    ['EXPLAIN', () => ['i', 'q', pick([{ PARAMS: params(), DIALECT: pick(num) }, undefined])]],
    ['SPELLCHECK', () => ['i', 'q', { DISTANCE: pick(num), TERMS: pick([{ mode: 'INCLUDE', dictionary: 'd' }, [{ mode: 'EXCLUDE', dictionary: 'e' }], ...ODD]), DIALECT: pick(num) }]],
  ];

  it.each(CALLS.map(([name, args]) => [name, args] as const))('%s', (name, makeArgs) => {
    const mismatches: string[] = [];
    for (let n = 0; n < 300 && mismatches.length === 0; n++) {
      const args = makeArgs();
      compareDefinitions({ method: `ft.${name}`, args, unitOnly: { reason: REASON } }, mismatches, pick([undefined, 'p:']));
      if (mismatches.length > 0) mismatches.push(`    for ${JSON.stringify(args)}`);
    }
    if (mismatches.length > 0) throw new Error(mismatches.join('\n'));
  });
});
