// The `topK` and `tDigest` namespaces (RedisBloom): no server here runs the module, so the cases
// compare the definitions only. Their replies are full of what type mappings change — RESP2 doubles
// sent as bulk strings, INFO's flat `[name, value, …]` arrays whose names are simple strings, RESP3
// maps and doubles — so each sample is written once as typed RESP values and decoded for every
// mapping as the client's decoder would (a Buffer under `BLOB_STRING: Buffer`, a `Map` or a flat
// array for a map under `MAP: Map`/`Array`, digits under `NUMBER`/`DOUBLE: String`…); both transforms
// then run on that decoded sample, under that mapping. (The shared harness hands every mapping the
// same sample; this small extension lives here.)
import { createCommandParser } from '@x/modules';
import { DEFAULT_MODULES } from '@x/cluster';
import { canonical, sameCanonical, show } from '../support/canonical';
import { MAPPINGS, type Case, type MappingName } from '../support/cases';
import { oracle, type OracleCommand } from '../support/oracle';

const REASON = 'RedisBloom is not loaded on the servers here';

/** A RESP value as the server sends it, before any type mapping. */
export type Resp =
  | { t: 'simple' | 'bulk'; v: string }
  | { t: 'int'; v: number }
  | { t: 'double'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'null' }
  | { t: 'array'; v: Resp[] }
  | { t: 'map'; v: Array<[string, Resp]> };

const simple = (v: string): Resp => ({ t: 'simple', v });
const bulk = (v: string): Resp => ({ t: 'bulk', v });
const int = (v: number): Resp => ({ t: 'int', v });
const double = (v: string): Resp => ({ t: 'double', v });
const bool = (v: boolean): Resp => ({ t: 'bool', v });
const nil: Resp = { t: 'null' };
const array = (...v: Resp[]): Resp => ({ t: 'array', v });
const map = (...v: Array<[string, Resp]>): Resp => ({ t: 'map', v });
const OK = simple('OK');

function doubleValue(text: string): number {
  if (text === 'inf' || text === '+inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}

/** A RESP value as the decoder delivers it under a mapping (none: undefined). */
export function decode(value: Resp, mapping: MappingName | undefined): unknown {
  switch (value.t) {
    case 'simple':
      return mapping === 'simpleBuffers' ? Buffer.from(value.v) : value.v;
    case 'bulk':
      return mapping === 'buffers' ? Buffer.from(value.v) : value.v;
    case 'int':
      return mapping === 'stringNumbers' ? String(value.v) : value.v;
    case 'double':
      return mapping === 'stringNumbers' ? value.v : doubleValue(value.v);
    case 'bool':
      return value.v;
    case 'null':
      return null;
    case 'array':
      return value.v.map((item) => decode(item, mapping));
    case 'map':
      // Map keys are simple strings here: strings as object or Map keys, decoded in a flat array.
      if (mapping === 'maps') return new Map(value.v.map(([k, v]) => [k, decode(v, mapping)]));
      if (mapping === 'flatMaps') return value.v.flatMap(([k, v]) => [decode(simple(k), mapping), decode(v, mapping)]);
      return Object.fromEntries(value.v.map(([k, v]) => [k, decode(v, mapping)]));
  }
}

/** One call: its arguments, and what RedisBloom answers in each protocol (absent: arguments only). */
export interface BloomCase {
  method: string;
  args: ReadonlyArray<unknown> | (() => ReadonlyArray<unknown>);
  name?: string;
  replies?: { 2?: Resp; 3?: Resp };
}

const both = (namespace: string, upper: string, camel: string, args: BloomCase['args'], replies?: BloomCase['replies'], name?: string): BloomCase[] => [
  { method: `${namespace}.${upper}`, args, replies, name },
  { method: `${namespace}.${camel}`, args, replies, name },
];
const same = (value: Resp) => ({ 2: value, 3: value });

const TOPK_INFO_2 = array(simple('k'), int(10), simple('width'), int(50), simple('depth'), int(5), simple('decay'), bulk('0.90000000000000002'));
const TOPK_INFO_3 = map(['k', int(10)], ['width', int(50)], ['depth', int(5)], ['decay', double('0.90000000000000002')]);

const TD_INFO_FIELDS: Array<[string, number]> = [
  ['Compression', 100], ['Capacity', 610], ['Merged nodes', 3], ['Unmerged nodes', 2], ['Merged weight', 3],
  ['Unmerged weight', 2], ['Observations', 5], ['Total compressions', 1], ['Memory usage', 9768],
];
const TD_INFO_2 = array(...TD_INFO_FIELDS.flatMap(([k, v]) => [simple(k), int(v)]));
const TD_INFO_3 = map(...TD_INFO_FIELDS.map(([k, v]): [string, Resp] => [k, int(v)]));

const TK = '{t}top';
const TD = '{t}digest';

export const topKCases: BloomCase[] = [
  ...both('topK', 'ADD', 'add', [TK, ['a', 'b', 'c']], same(array(nil, bulk('x'), nil))),
  { method: 'topK.add', args: [TK, 'a'], replies: same(array(nil)), name: 'one item' },
  { method: 'topK.add', args: () => [Buffer.from(TK), [Buffer.from('a')]], replies: same(array(bulk('z'))), name: 'Buffers' },
  ...both('topK', 'COUNT', 'count', [TK, ['a', 'b']], same(array(int(3), int(0)))),
  { method: 'topK.count', args: [TK, 'a'], replies: same(array(int(1))), name: 'one item' },
  ...both('topK', 'QUERY', 'query', [TK, ['a', 'b']], { 2: array(int(1), int(0)), 3: array(bool(true), bool(false)) }),
  { method: 'topK.query', args: [TK, 'a'], replies: { 2: array(int(0)), 3: array(bool(false)) }, name: 'one item' },
  ...both('topK', 'INCRBY', 'incrBy', [TK, { item: 'a', incrementBy: 5 }], same(array(nil))),
  { method: 'topK.incrBy', args: [TK, [{ item: 'a', incrementBy: 1 }, { item: 'b', incrementBy: 20 }]], replies: same(array(nil, bulk('c'))), name: 'several items' },
  { method: 'topK.incrBy', args: [TK, []], name: 'no items' },
  { method: 'topK.incrBy', args: [TK, { item: 'a' }], name: 'no increment (refused)' },
  ...both('topK', 'RESERVE', 'reserve', [TK, 10], same(OK)),
  { method: 'topK.reserve', args: [TK, 3, { width: 50, depth: 5, decay: 0.9 }], replies: same(OK), name: 'width, depth, decay' },
  { method: 'topK.reserve', args: [TK, 3, { width: 50, depth: 5 }], name: 'no decay (refused)' },
  { method: 'topK.reserve', args: [TK], name: 'no topK (refused)' },
  ...both('topK', 'LIST', 'list', [TK], same(array(bulk('a'), bulk('b')))),
  { method: 'topK.list', args: [TK], replies: same(array()), name: 'empty' },
  ...both('topK', 'LIST_WITHCOUNT', 'listWithCount', [TK], same(array(bulk('a'), int(5), bulk('b'), int(2)))),
  { method: 'topK.listWithCount', args: [TK], replies: same(array()), name: 'empty' },
  ...both('topK', 'INFO', 'info', [TK], { 2: TOPK_INFO_2, 3: TOPK_INFO_3 }),
  {
    method: 'topK.info',
    args: [TK],
    replies: {
      2: array(simple('k'), int(1), simple('width'), int(8), simple('depth'), int(7), simple('decay'), bulk('1')),
      3: map(['k', int(1)], ['width', int(8)], ['depth', int(7)], ['decay', double('1')]),
    },
    name: 'a decay of 1',
  },
];

export const tDigestCases: BloomCase[] = [
  ...both('tDigest', 'CREATE', 'create', [TD], same(OK)),
  { method: 'tDigest.create', args: [TD, { COMPRESSION: 100 }], replies: same(OK), name: 'COMPRESSION' },
  { method: 'tDigest.create', args: [TD, {}], name: 'empty options' },
  { method: 'tDigest.create', args: [TD, { COMPRESSION: null }], name: 'COMPRESSION null (refused)' },
  ...both('tDigest', 'ADD', 'add', [TD, [1.5, 2, -3, 1e21]], same(OK)),
  { method: 'tDigest.add', args: [TD, []], name: 'no values' },
  { method: 'tDigest.add', args: [TD, [1, undefined]], name: 'an undefined value (refused)' },
  ...both('tDigest', 'RESET', 'reset', [TD], same(OK)),
  ...both('tDigest', 'MERGE', 'merge', [TD, ['{t}a', '{t}b']], same(OK)),
  { method: 'tDigest.merge', args: [TD, '{t}a', { COMPRESSION: 50, OVERRIDE: true }], replies: same(OK), name: 'one source, COMPRESSION, OVERRIDE' },
  { method: 'tDigest.merge', args: [TD, ['{t}a'], { OVERRIDE: false }], name: 'OVERRIDE false' },
  { method: 'tDigest.merge', args: () => [Buffer.from(TD), [Buffer.from('{t}a')], { COMPRESSION: 0 }], name: 'Buffers, COMPRESSION 0' },
  ...both('tDigest', 'MIN', 'min', [TD], { 2: bulk('-3'), 3: double('-3') }),
  { method: 'tDigest.min', args: [TD], replies: { 2: bulk('nan'), 3: double('nan') }, name: 'empty (nan)' },
  ...both('tDigest', 'MAX', 'max', [TD], { 2: bulk('1e+21'), 3: double('1e+21') }),
  { method: 'tDigest.max', args: [TD], replies: { 2: bulk('nan'), 3: double('nan') }, name: 'empty (nan)' },
  ...both('tDigest', 'TRIMMED_MEAN', 'trimmedMean', [TD, 0.1, 0.9], { 2: bulk('1.75'), 3: double('1.75') }),
  { method: 'tDigest.trimmedMean', args: [TD, 0, 1], replies: { 2: bulk('nan'), 3: double('nan') }, name: 'empty (nan)' },
  { method: 'tDigest.trimmedMean', args: [TD, 0.1], name: 'no high cut (refused)' },
  ...both('tDigest', 'CDF', 'cdf', [TD, [1, 2.5]], { 2: array(bulk('0.25'), bulk('0.75')), 3: array(double('0.25'), double('0.75')) }),
  { method: 'tDigest.cdf', args: [TD, [1]], replies: { 2: array(bulk('nan')), 3: array(double('nan')) }, name: 'empty (nan)' },
  ...both('tDigest', 'QUANTILE', 'quantile', [TD, [0.5, 0.99]], { 2: array(bulk('2'), bulk('3.5')), 3: array(double('2'), double('3.5')) }),
  ...both('tDigest', 'BYRANK', 'byRank', [TD, [0, 1, 100]], { 2: array(bulk('-3'), bulk('1.5'), bulk('inf')), 3: array(double('-3'), double('1.5'), double('inf')) }),
  ...both('tDigest', 'BYREVRANK', 'byRevRank', [TD, [0, 100]], { 2: array(bulk('2'), bulk('-inf')), 3: array(double('2'), double('-inf')) }),
  { method: 'tDigest.byRevRank', args: [TD, [0]], replies: { 2: array(bulk('+inf')), 3: array(double('inf')) }, name: '+inf' },
  ...both('tDigest', 'RANK', 'rank', [TD, [-10, 1.5, 100]], same(array(int(-1), int(1), int(4)))),
  ...both('tDigest', 'REVRANK', 'revRank', [TD, [-10, 100]], same(array(int(4), int(-1)))),
  { method: 'tDigest.revRank', args: [TD, [1]], replies: same(array(int(-2))), name: 'empty' },
  ...both('tDigest', 'INFO', 'info', [TD], { 2: TD_INFO_2, 3: TD_INFO_3 }),
];

/** The cases as the shared harness takes them: arguments and keys compared (replies here, below). */
export const asHarnessCases = (cases: ReadonlyArray<BloomCase>): Case[] =>
  cases.map((c) => ({ method: c.method, args: c.args, name: c.name, unitOnly: { reason: REASON } }));

type Definition = OracleCommand & { transformReply?: unknown };

function definition(modules: Record<string, Record<string, Definition> | undefined>, method: string): Definition | undefined {
  const [namespace, name] = method.split('.') as [string, string];
  const module = modules[namespace];
  return module !== undefined && Object.hasOwn(module, name) ? module[name] : undefined;
}

function transformFor(d: Definition, resp: 2 | 3): ((reply: unknown, preserve: unknown, mapping: unknown) => unknown) | undefined {
  const t = d.transformReply;
  if (typeof t === 'function') return t as (reply: unknown, preserve: unknown, mapping: unknown) => unknown;
  if (t !== null && typeof t === 'object') return (t as Record<number, (reply: unknown, preserve: unknown, mapping: unknown) => unknown>)[resp];
  return undefined;
}

function outcome(run: () => unknown) {
  try {
    return canonical(run());
  } catch {
    return { $: 'throws' };
  }
}

/**
 * For each case with replies: both transforms on the sample decoded for each protocol and mapping,
 * the preserve each one's own parseCommand stored.
 */
export function describeMappedReplies(title: string, cases: ReadonlyArray<BloomCase>): void {
  const mappingNames = [undefined, ...(Object.keys(MAPPINGS) as MappingName[])];
  describe(title, () => {
    for (const c of cases.filter((k) => k.replies !== undefined)) {
      it(`${c.method} ${c.name ?? JSON.stringify(typeof c.args === 'function' ? c.args() : c.args)}`, () => {
        const xDef = definition(DEFAULT_MODULES as unknown as Record<string, Record<string, Definition>>, c.method);
        const nrDef = definition(oracle.modules as Record<string, Record<string, Definition>>, c.method);
        expect(xDef).toBeDefined();
        expect(nrDef).toBeDefined();
        const args = () => (typeof c.args === 'function' ? c.args() : c.args);
        const xParser = createCommandParser(3);
        xDef!.parseCommand(xParser, ...args());
        const nrParser = new oracle.BasicCommandParser();
        nrDef!.parseCommand(nrParser, ...args());
        const mismatches: string[] = [];
        for (const resp of [2, 3] as const) {
          const sample = c.replies![resp];
          if (sample === undefined) continue;
          for (const name of mappingNames) {
            const mapping = name === undefined ? undefined : MAPPINGS[name];
            const run = (d: Definition, preserve: unknown) => () => {
              const reply = decode(sample, name);
              const t = transformFor(d, resp);
              return t === undefined ? reply : t(reply, preserve, mapping);
            };
            const x = outcome(run(xDef!, xParser.preserve));
            const nr = outcome(run(nrDef!, nrParser.preserve));
            if (!sameCanonical(x, nr)) mismatches.push(`RESP${resp}, mapping ${name ?? 'none'}\n    x:          ${show(x)}\n    node-redis: ${show(nr)}`);
          }
        }
        expect(mismatches).toEqual([]);
      });
    }
  });
}
