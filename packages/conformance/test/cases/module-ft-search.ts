// The querying half of the `ft` namespace (Redis Query Engine, RediSearch 2+): FT.SEARCH (+ NOCONTENT),
// FT.AGGREGATE (+ WITHCURSOR), FT.CURSOR READ, FT.PROFILE, FT.HYBRID, FT.EXPLAIN, FT.SPELLCHECK,
// FT.CONFIG GET. No server here runs the module, so every case is definitions-only: the arguments and
// keys each library sends, and each transform on sample replies as the server sends them.
//
// The samples are written once as RESP values (below: strings are bulk strings, numbers integers,
// `dbl()` doubles, `map()` maps) and decoded under every type mapping as a client would decode them —
// a map becomes a `Map` under `{ [MAP]: Map }` and a flat array under `{ [MAP]: Array }`, a bulk
// string a Buffer under `{ [BLOB_STRING]: Buffer }` — so each transform is fed what it really gets.
// (The shared harness feeds one fixed sample under every mapping; this file's runner, in
// module-ft-search.test.ts, decodes per mapping instead.)
import { RESP_TYPES, type TypeMapping } from '@x/modules';

/** node-redis's `ft` commands of the querying half (upper-case spelling; both spellings must have a case). */
export const FT_SEARCH_COMMANDS = [
  'SEARCH', 'SEARCH_NOCONTENT', 'AGGREGATE', 'AGGREGATE_WITHCURSOR', 'CURSOR_READ', 'PROFILESEARCH', 'PROFILEAGGREGATE',
  'HYBRID', 'EXPLAIN', 'SPELLCHECK', 'CONFIG_GET',
] as const;

// ---- RESP values and their decoding ----------------------------------------------------------------

class Double {
  constructor(readonly text: string) {}
}
class RespMap {
  constructor(readonly entries: ReadonlyArray<readonly [Resp, Resp]>) {}
}
class Simple {
  constructor(readonly text: string) {}
}
/** A reply as the server sends it. */
export type Resp = string | number | boolean | null | Double | RespMap | Simple | ReadonlyArray<Resp>;

/** A RESP3 double (`,`), by its wire text (`'0.5'`, `'inf'`). */
export const dbl = (value: number | string): Double => new Double(String(value));
/** A RESP3 map, from an object (keys in order) or `[key, value]` pairs. */
export const map = (entries: Record<string, Resp> | ReadonlyArray<readonly [Resp, Resp]>): RespMap =>
  new RespMap(Array.isArray(entries) ? (entries as ReadonlyArray<readonly [Resp, Resp]>) : Object.entries(entries));
/** A simple string (`+`). */
export const simple = (text: string): Simple => new Simple(text);

function parseDouble(text: string): number {
  if (text === 'inf' || text === '+inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}

/** `value` as a client decodes it under `mapping` (node-redis's decoder rules). */
export function decode(value: Resp, mapping: TypeMapping | undefined): unknown {
  const m = (mapping ?? {}) as Record<number, unknown>;
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') return m[RESP_TYPES.BLOB_STRING] === Buffer ? Buffer.from(value) : value;
  if (typeof value === 'number') return m[RESP_TYPES.NUMBER] === String ? String(value) : value;
  if (value instanceof Double) return m[RESP_TYPES.DOUBLE] === String ? value.text : parseDouble(value.text);
  if (value instanceof Simple) return m[RESP_TYPES.SIMPLE_STRING] === Buffer ? Buffer.from(value.text) : value.text;
  if (value instanceof RespMap) {
    // A string key of a map stays a string (as a key of an object or a Map); in a flat array it is an
    // element like any other.
    const key = (k: Resp) => (typeof k === 'string' ? k : k instanceof Simple ? k.text : decode(k, mapping));
    switch (m[RESP_TYPES.MAP]) {
      case Map:
        return new Map(value.entries.map(([k, v]) => [key(k), decode(v, mapping)]));
      case Array:
        return value.entries.flatMap(([k, v]) => [decode(k, mapping), decode(v, mapping)]);
      default: {
        const object: Record<string, unknown> = {};
        for (const [k, v] of value.entries) {
          Object.defineProperty(object, String(key(k)), { value: decode(v, mapping), writable: true, enumerable: true, configurable: true });
        }
        return object;
      }
    }
  }
  return (value as ReadonlyArray<Resp>).map((item) => decode(item, mapping));
}

// ---- cases -------------------------------------------------------------------------------------------

export interface FtCase {
  /** `ft.<method>`. */
  method: string;
  name?: string;
  args: ReadonlyArray<unknown> | (() => ReadonlyArray<unknown>);
  /** Sample replies as the server sends them, per protocol. */
  replies?: { 2?: Resp; 3?: Resp };
  /** Also compare the arguments with this client `keyPrefix`. */
  keyPrefix?: string;
}

export const REASON = 'the Redis Query Engine (RediSearch 2+) is not on the servers here (Redis 7.0, RediSearch 1.2)';
export const HYBRID_REASON = 'FT.HYBRID is Redis 8.4+; the servers here run 7.0 without RediSearch 2';

function both(upper: string, camel: string, args: FtCase['args'], replies?: FtCase['replies'], name?: string): FtCase[] {
  return [upper, camel].map((m) => ({ method: `ft.${m}`, args, replies, name }));
}

// -- reply builders: FT.SEARCH / FT.AGGREGATE RESP3 maps --

/** A RESP3 FT.SEARCH / FT.AGGREGATE reply map. */
const resp3Reply = (results: ReadonlyArray<Resp>, total: number, warning: ReadonlyArray<Resp> = []): RespMap =>
  map({ attributes: [], format: 'STRING', results, total_results: total, warning });
/** A RESP3 result row. */
const row = (fields: Record<string, Resp>, extra: Record<string, Resp> = {}): RespMap =>
  map({ ...extra, extra_attributes: map(fields), values: [] });

// FT.SEARCH 'idx' 'hello': two hash documents.
const SEARCH_2: Resp = [2, 'doc:1', ['title', 'hello world', 'n', '1'], 'doc:2', ['title', 'hello']];
const SEARCH_3: Resp = resp3Reply([row({ title: 'hello world', n: '1' }, { id: 'doc:1' }), row({ title: 'hello' }, { id: 'doc:2' })], 2);

// WITHSCORES WITHPAYLOADS WITHSORTKEYS SORTBY title: score, payload (or nil), sort key (or nil), fields.
const SCORED_2: Resp = [2, 'doc:1', '1.5', 'p1', '$hello world', ['title', 'hello world'], 'doc:2', '0.5', null, null, ['title', 'hello']];
const SCORED_3: Resp = resp3Reply(
  [
    row({ title: 'hello world' }, { id: 'doc:1', score: dbl(1.5), payload: 'p1', sortkey: '$hello world' }),
    row({ title: 'hello' }, { id: 'doc:2', score: dbl(0.5) }),
  ],
  2,
);

// EXPLAINSCORE: the score slot is `[score, [summary, [children…]]]`.
const EXPLANATION: Resp = [
  'Final TFIDF : words TFIDF 1.00 * document score 1.00 / norm 1 / slop 1',
  [['(TFIDF 1.00 = Weight 1.00 * Frequency 1)', []], '(TFIDF 0.00 = Weight 1.00 * Frequency 0)'],
];
const EXPLAINED_2: Resp = [1, 'doc:1', ['1', EXPLANATION], ['title', 'hello']];
const EXPLAINED_3: Resp = resp3Reply([row({ title: 'hello' }, { id: 'doc:1', score: [dbl(1), EXPLANATION] })], 1);

// JSON documents: the whole document under `$`, as JSON text.
const JSON_2: Resp = [2, 'doc:1', ['$', '{"name":"a","tags":["x","y"],"n":1}'], 'doc:2', ['$', 'not json', 'other', 'v']];
const JSON_3: Resp = resp3Reply([row({ $: '{"name":"a","tags":["x","y"],"n":1}' }, { id: 'doc:1' }), row({ $: 'not json', other: 'v' }, { id: 'doc:2' })], 2);

// NOCONTENT (or RETURN 0): ids only.
const IDS_2: Resp = [3, 'doc:1', 'doc:2', 'doc:3'];
const IDS_3: Resp = resp3Reply([row({}, { id: 'doc:1' }), row({}, { id: 'doc:2' }), row({}, { id: 'doc:3' })], 3);

const EMPTY_2: Resp = [0];
const EMPTY_3: Resp = resp3Reply([], 0);
const TIMED_OUT_3: Resp = resp3Reply([row({ title: 'hello' }, { id: 'doc:1' })], 5, ['Timeout limit was reached']);

const search = (replies2: Resp, replies3: Resp) => ({ 2: replies2, 3: replies3 });

// FT.AGGREGATE: rows of fields.
const AGG_2: Resp = [2, ['color', 'red', 'count', '3'], ['color', 'blue', 'count', '1']];
const AGG_3: Resp = resp3Reply([row({ color: 'red', count: '3' }), row({ color: 'blue', count: '1' })], 2);
// ADDSCORES / a row with an entry beside its fields, and one whose field takes the same name.
const AGG_SCORED_3: Resp = resp3Reply(
  [row({ color: 'red', __score: '0.5' }, { id: 'r1', score: dbl(0.5) }), row({ score: 'field wins' }, { score: dbl(0.25) })],
  2,
  ['Timeout limit was reached'],
);
const AGG_JSON_2: Resp = [1, ['$', '{"a":1}']];
const AGG_JSON_3: Resp = resp3Reply([row({ $: '{"a":1}' })], 1);

// Profiles.
const PROFILE_2_LEGACY: Resp = [
  ['Total profile time', '0.31'],
  ['Parsing time', '0.02'],
  ['Pipeline creation time', '0.01'],
  ['Warning', 'None'],
  ['Iterators profile', ['Type', 'TEXT', 'Term', 'hello', 'Time', '0.01', 'Counter', 2, 'Size', 2]],
  ['Result processors profile', ['Type', 'Index', 'Time', '0.01', 'Counter', 2], ['Type', 'Loader', 'Time', '0.05', 'Counter', 2]],
];
const PROFILE_2_V8: Resp = ['Shards', [['Total profile time', '0.31', 'Parsing time', '0.02', 'Iterators profile', ['Type', 'TEXT', 'Counter', 2]]], 'Coordinator', []];
const SHARD_PROFILE_3 = map({
  'Total profile time': dbl(0.31),
  'Parsing time': dbl(0.02),
  'Pipeline creation time': dbl(0.01),
  Warning: 'None',
  'Iterators profile': map({ Type: 'TEXT', Term: 'hello', Time: dbl(0.01), Counter: 2, Size: 2 }),
  'Result processors profile': [map({ Type: 'Index', Time: dbl(0.01), Counter: 2 }), map({ Type: 'Loader', Time: dbl(0.05), Counter: 2 })],
});
/** Redis 8: `{ Results: {…}, Profile: { Shards: [...], Coordinator: {...} } }`. */
const profile8 = (results: RespMap): Resp => map({ Results: results, Profile: map({ Shards: [SHARD_PROFILE_3], Coordinator: map({}) }) });
/** Redis 7.4: the query's reply map with `profile` beside its entries; an iterator wrapped in an array. */
const profile74 = (results: RespMap): Resp =>
  map([
    ...results.entries,
    [
      'profile',
      map({
        'Total profile time': dbl(0.31),
        'Parsing time': dbl(0.02),
        'Iterators profile': [map({ Type: 'TEXT', Term: 'hello', Time: dbl(0.01), Counter: 2 })],
        'Result processors profile': [map({ Type: 'Index', Time: dbl(0.01), Counter: 2 }), map({ Type: 'Loader', Time: dbl(0.05), Counter: 2 })],
      }),
    ],
  ]);

// FT.HYBRID: a map under both protocols (a flat array under RESP2).
const HYBRID_3: Resp = map({
  total_results: 2,
  results: [
    map({ __key: 'item:0', __score: '0.0327', description: 'red shoes', price: '15' }),
    map({ __key: 'item:2', __score: '0.0322', description: 'red dress', price: '17' }),
  ],
  warnings: [],
  execution_time: dbl(1.25),
});
const HYBRID_2: Resp = [
  'total_results', 2,
  'results', [['__key', 'item:0', '__score', '0.0327', 'description', 'red shoes', 'price', '15'], ['__key', 'item:2', '__score', '0.0322', 'description', 'red dress', 'price', '17']],
  'warnings', [],
  'execution_time', '1.25',
];
const HYBRID_EXPLAINED_3: Resp = map({
  total_results: 1,
  results: [map({ id: 'item:0', score: [dbl(0.5), EXPLANATION], extra_attributes: map({ description: 'red shoes' }), values: [] })],
  warnings: ['Timeout limit was reached (SEARCH)'],
  execution_time: dbl(3.5),
});
const HYBRID_EXPLAINED_2: Resp = [
  'total_results', 1,
  'results', [['id', 'item:0', 'score', ['0.5', EXPLANATION], 'description', 'red shoes']],
  'warnings', ['Timeout limit was reached (SEARCH)'],
  'execution_time', '3.5',
];

const VSIM = { field: '@embedding', vector: '$vec' };

export const ftSearchCases: FtCase[] = [
  // ---- FT.SEARCH ----
  ...both('SEARCH', 'search', ['idx', 'hello'], search(SEARCH_2, SEARCH_3)),
  {
    method: 'ft.search',
    name: 'WITHSCORES WITHPAYLOADS WITHSORTKEYS SORTBY',
    args: ['idx', 'hello', { WITHSCORES: true, WITHPAYLOADS: true, WITHSORTKEYS: true, SORTBY: 'title' }],
    replies: search(SCORED_2, SCORED_3),
  },
  { method: 'ft.search', name: 'EXPLAINSCORE (sends WITHSCORES too)', args: ['idx', 'hello', { EXPLAINSCORE: true }], replies: search(EXPLAINED_2, EXPLAINED_3) },
  { method: 'ft.search', name: 'WITHSCORES, infinite and text scores', args: ['idx', '*', { WITHSCORES: true, RETURN: [] }], replies: search([2, 'a', 'inf', 'b', '-inf'], resp3Reply([row({}, { id: 'a', score: dbl('inf') }), row({}, { id: 'b', score: dbl('-inf') })], 2)) },
  { method: 'ft.search', name: 'RETURN 0: ids only', args: ['idx', 'hello', { RETURN: [] }], replies: search(IDS_2, IDS_3) },
  { method: 'ft.search', name: 'JSON documents ($)', args: ['idx', '*', { RETURN: '$' }], replies: search(JSON_2, JSON_3) },
  { method: 'ft.search', name: 'no documents', args: ['idx', 'nothing'], replies: search(EMPTY_2, EMPTY_3) },
  { method: 'ft.search', name: 'partial results with a warning', args: ['idx', 'hello', { TIMEOUT: 1 }], replies: { 3: TIMED_OUT_3 } },
  { method: 'ft.search', name: 'RESP3 answered in the RESP2 layout', args: ['idx', 'hello', { WITHSCORES: true }], replies: { 3: [1, 'doc:1', '2', ['title', 'hello']] } },
  {
    method: 'ft.search',
    name: 'every option, the first form of each',
    args: () => [
      'idx',
      '@title:$t',
      {
        VERBATIM: true,
        NOSTOPWORDS: true,
        INKEYS: ['doc:1', 'doc:2'],
        FILTER: [{ field: 'n', min: -Infinity, max: Infinity }, { field: 'm', min: '(10', max: 20.5 }],
        GEOFILTER: { field: 'loc', lon: 2.35, lat: 48.85, radius: 10, unit: 'km' },
        INFIELDS: 'title',
        RETURN: ['title', 'n'],
        SUMMARIZE: true,
        HIGHLIGHT: { FIELDS: ['title'], TAGS: { open: '<b>', close: '</b>' } },
        SLOP: 2,
        TIMEOUT: 500,
        INORDER: true,
        LANGUAGE: 'German',
        EXPANDER: 'SBSTEM',
        SCORER: 'BM25',
        PAYLOAD: 'boost',
        SORTBY: { BY: 'n', DIRECTION: 'DESC' },
        LIMIT: { from: 10, size: 20 },
        PARAMS: { t: 'hello', n: 5, b: Buffer.from([0, 1, 2]) },
        DIALECT: 3,
      },
    ],
    replies: search([1, 'doc:1', ['title', 'hello', 'n', '5']], resp3Reply([row({ title: 'hello', n: '5' }, { id: 'doc:1' })], 1)),
  },
  {
    method: 'ft.search',
    name: 'the other forms',
    args: () => [
      Buffer.from('idx'),
      Buffer.from('hello'),
      {
        INKEYS: 'doc:1',
        FILTER: { field: 'n', min: 0, max: '(5' },
        GEOFILTER: [
          { field: 'loc', lon: -122.4, lat: 37.7, radius: 5, unit: 'mi' },
          { field: 'loc2', lon: 0, lat: 0, radius: 100, unit: 'm' },
        ],
        INFIELDS: ['title', 'body'],
        SUMMARIZE: { FIELDS: ['body'], FRAGS: 3, LEN: 20, SEPARATOR: '…' },
        HIGHLIGHT: true,
        SORTBY: Buffer.from('n'),
        LIMIT: { from: '0', size: '5' },
        PAYLOAD: '',
        DIALECT: 1,
      },
    ],
  },
  { method: 'ft.search', name: 'SUMMARIZE FIELDS one, HIGHLIGHT FIELDS one, SORTBY ASC', args: ['idx', 'x', { SUMMARIZE: { FIELDS: 'body' }, HIGHLIGHT: { FIELDS: 'title' }, SORTBY: { BY: 'n', DIRECTION: 'ASC' } }] },
  { method: 'ft.search', name: 'empty SUMMARIZE/HIGHLIGHT objects, SORTBY without direction', args: ['idx', 'x', { SUMMARIZE: {}, HIGHLIGHT: {}, SORTBY: { BY: 'n' } }] },
  { method: 'ft.search', name: 'falsy options send nothing', args: ['idx', 'x', { VERBATIM: false, SLOP: 0, TIMEOUT: 0, LANGUAGE: '', SUMMARIZE: false, PAYLOAD: null, PARAMS: {}, DIALECT: 0 }] },
  { method: 'ft.search', name: 'INKEYS with a keyPrefix', keyPrefix: 'app:', args: ['idx', 'x', { INKEYS: ['doc:1', 'doc:2'] }] },
  { method: 'ft.search', name: 'a GEOFILTER without lon is refused', args: ['idx', 'x', { GEOFILTER: { field: 'loc', lat: 1, radius: 1, unit: 'm' } }] },
  { method: 'ft.search', name: 'a LIMIT without size is refused', args: ['idx', 'x', { LIMIT: { from: 0 } }] },

  // ---- FT.SEARCH … NOCONTENT ----
  ...both('SEARCH_NOCONTENT', 'searchNoContent', ['idx', 'hello'], search(IDS_2, IDS_3)),
  { method: 'ft.searchNoContent', name: 'with options', args: ['idx', '*', { LIMIT: { from: 0, size: 2 }, SORTBY: 'n', INKEYS: ['a', 'b'], DIALECT: 4 }], replies: search([5, 'a', 'b'], resp3Reply([row({}, { id: 'a' }), row({}, { id: 'b' })], 5, ['Timeout limit was reached'])) },
  { method: 'ft.searchNoContent', name: 'no documents', args: ['idx', 'nothing'], replies: search(EMPTY_2, EMPTY_3) },
  { method: 'ft.searchNoContent', name: 'RESP3 answered in the RESP2 layout', args: ['idx', 'x'], replies: { 3: [2, 'a', 'b'] } },

  // ---- FT.EXPLAIN ----
  ...both('EXPLAIN', 'explain', ['idx', '@title:hello @n:[1 5]'], { 2: 'INTERSECT {\n  @title:hello\n  NUMERIC {1.000000 <= @n <= 5.000000}\n}\n', 3: 'INTERSECT {\n  @title:hello\n}\n' }),
  { method: 'ft.explain', name: 'PARAMS and DIALECT', args: ['idx', '@title:$t', { PARAMS: { t: 'hello', n: 1 }, DIALECT: 3 }], replies: { 2: '@title:hello\n' } },

  // ---- FT.SPELLCHECK ----
  ...both(
    'SPELLCHECK',
    'spellCheck',
    ['idx', 'impornant speling'],
    {
      2: [['TERM', 'impornant', [['0.5', 'important'], ['0', 'importance']]], ['TERM', 'speling', []]],
      3: map({ results: map({ impornant: [map({ important: dbl(0.5) }), map({ importance: dbl(0) })], speling: [] }) }),
    },
  ),
  { method: 'ft.spellCheck', name: 'DISTANCE, one TERMS, DIALECT', args: ['idx', 'x', { DISTANCE: 2, TERMS: { mode: 'INCLUDE', dictionary: 'dict' }, DIALECT: 3 }], replies: { 2: [], 3: map({ results: map({}) }) } },
  { method: 'ft.spellCheck', name: 'several TERMS', args: ['idx', 'x', { TERMS: [{ mode: 'INCLUDE', dictionary: 'a' }, { mode: 'EXCLUDE', dictionary: Buffer.from('b') }] }] },
  { method: 'ft.spellCheck', name: 'RESP3 pairs (an older server)', args: ['idx', 'x'], replies: { 3: map({ Results: map({ x: [[dbl(0.25), 'xa'], ['xb', dbl(0.75)], map({})] }) }) } },

  // ---- FT.CONFIG GET ----
  ...both('CONFIG_GET', 'configGet', ['TIMEOUT'], { 2: [['TIMEOUT', '500']], 3: map({ TIMEOUT: '500' }) }),
  { method: 'ft.configGet', name: 'every option, one unset', args: ['*'], replies: { 2: [['EXTLOAD', null], ['SAFEMODE', 'true'], ['TIMEOUT', '500']], 3: map({ EXTLOAD: null, SAFEMODE: 'true', TIMEOUT: '500' }) } },
  { method: 'ft.configGet', name: 'no such option', args: ['NOPE'], replies: { 2: [], 3: map({}) } },
  { method: 'ft.configGet', name: 'RESP3 as pairs', args: ['MINPREFIX'], replies: { 3: [['MINPREFIX', '2']] } },

  // ---- FT.AGGREGATE ----
  ...both('AGGREGATE', 'aggregate', ['idx', '*'], search(AGG_2, AGG_3)),
  { method: 'ft.aggregate', name: 'ADDSCORES, rows with entries beside their fields, warnings', args: ['idx', 'hello', { ADDSCORES: true }], replies: search([2, ['color', 'red', '__score', '0.5'], []], AGG_SCORED_3) },
  { method: 'ft.aggregate', name: 'a JSON row', args: ['idx', '*', { LOAD: '$' }], replies: search(AGG_JSON_2, AGG_JSON_3) },
  { method: 'ft.aggregate', name: 'no rows', args: ['idx', 'nothing'], replies: search([0], resp3Reply([], 0)) },
  {
    method: 'ft.aggregate',
    name: 'LOAD fields, every step and reducer',
    args: () => [
      'idx',
      '@title:$t',
      {
        VERBATIM: true,
        ADDSCORES: true,
        LOAD: ['@title', { identifier: '@n', AS: 'num' }, { identifier: '$.a' }, Buffer.from('@raw')],
        TIMEOUT: 100,
        STEPS: [
          {
            type: 'GROUPBY',
            properties: ['@color', '@size'],
            REDUCE: [
              { type: 'COUNT', AS: 'count' },
              { type: 'COUNT_DISTINCT', property: '@a' },
              { type: 'COUNT_DISTINCTISH', property: '@a', AS: 'approx' },
              { type: 'SUM', property: '@n' },
              { type: 'MIN', property: '@n' },
              { type: 'MAX', property: '@n' },
              { type: 'AVG', property: '@n' },
              { type: 'STDDEV', property: '@n' },
              { type: 'QUANTILE', property: '@n', quantile: 0.5 },
              { type: 'TOLIST', property: '@t' },
              { type: 'FIRST_VALUE', property: '@t' },
              { type: 'FIRST_VALUE', property: '@t', BY: '@n' },
              { type: 'FIRST_VALUE', property: '@t', BY: { property: '@n', direction: 'DESC' } },
              { type: 'FIRST_VALUE', property: '@t', BY: { property: '@n' } },
              { type: 'RANDOM_SAMPLE', property: '@t', sampleSize: 3 },
            ],
          },
          { type: 'GROUPBY', REDUCE: { type: 'COUNT' } },
          { type: 'GROUPBY', properties: '@color', REDUCE: { type: 'SUM', property: '@n', AS: 'total' } },
          { type: 'SORTBY', BY: '@count' },
          { type: 'SORTBY', BY: ['@a', { BY: '@b', DIRECTION: 'DESC' }, { BY: '@c' }], MAX: 10 },
          { type: 'APPLY', expression: 'upper(@t)', AS: 'T' },
          { type: 'LIMIT', from: 0, size: 10 },
          { type: 'FILTER', expression: '@count > 1' },
        ],
        PARAMS: { t: 'hello', k: 3 },
        DIALECT: 3,
      },
    ],
    replies: search(AGG_2, AGG_3),
  },
  {
    method: 'ft.aggregate',
    name: 'COLLECT reducers',
    args: [
      'idx',
      '*',
      {
        STEPS: [
          {
            type: 'GROUPBY',
            properties: '@color',
            REDUCE: [
              { type: 'COLLECT', FIELDS: '*' },
              { type: 'COLLECT', FIELDS: '@a', DISTINCT: true, SORTBY: '@a', LIMIT: { from: 0, size: 5 }, AS: 'as' },
              { type: 'COLLECT', FIELDS: ['@a', '@b'], SORTBY: [{ BY: '@a', DIRECTION: 'DESC' }, '@b', { BY: '@c' }] },
            ],
          },
        ],
      },
    ],
  },
  { method: 'ft.aggregate', name: 'LOAD *', args: ['idx', '*', { LOAD: '*' }] },
  { method: 'ft.aggregate', name: 'LOAD one field, SORTBY one object, falsy MAX', args: ['idx', '*', { LOAD: '@t', STEPS: [{ type: 'SORTBY', BY: { BY: '@t', DIRECTION: 'ASC' }, MAX: 0 }] }] },
  { method: 'ft.aggregate', name: 'LOAD one aliased field', args: ['idx', '*', { LOAD: { identifier: '@t', AS: 'x' }, TIMEOUT: 0 }] },
  { method: 'ft.aggregate', name: 'a reducer node-redis does not know is sent bare', args: ['idx', '*', { STEPS: [{ type: 'GROUPBY', properties: '@a', REDUCE: { type: 'MEDIAN', property: '@n', AS: 'm' } }] }] },
  { method: 'ft.aggregate', name: 'a GROUPBY without REDUCE is refused', args: ['idx', '*', { STEPS: [{ type: 'GROUPBY', properties: '@a' }] }] },

  // ---- FT.AGGREGATE … WITHCURSOR ----
  ...both('AGGREGATE_WITHCURSOR', 'aggregateWithCursor', ['idx', '*'], search([AGG_2, 4711], [AGG_3, 4711])),
  { method: 'ft.aggregateWithCursor', name: 'COUNT and MAXIDLE, the last page', args: ['idx', '*', { COUNT: 2, MAXIDLE: 1000, LOAD: '*', DIALECT: 2 }], replies: search([[0], 0], [resp3Reply([], 0), 0]) },
  { method: 'ft.aggregateWithCursor', name: 'COUNT 0', args: ['idx', '*', { COUNT: 0, MAXIDLE: 0 }] },
  { method: 'ft.aggregateWithCursor', name: 'RESP3 as one map', args: ['idx', '*'], replies: { 3: map({ results: AGG_3, cursor: 12 }) } },
  { method: 'ft.aggregateWithCursor', name: 'RESP3 as one map without a cursor', args: ['idx', '*'], replies: { 3: AGG_3 } },

  // ---- FT.CURSOR READ ----
  ...both('CURSOR_READ', 'cursorRead', ['idx', 4711], search([AGG_2, 4712], [AGG_3, 4712])),
  { method: 'ft.cursorRead', name: 'COUNT, the last page', args: ['idx', 4711, { COUNT: 50 }], replies: search([[2], 0], [resp3Reply([], 2), 0]) },
  { method: 'ft.cursorRead', name: 'a cursor as a string', args: [Buffer.from('idx'), '4711', { COUNT: 0 }] },

  // ---- FT.PROFILE … SEARCH ----
  ...both('PROFILESEARCH', 'profileSearch', ['idx', 'hello'], { 2: [SEARCH_2, PROFILE_2_LEGACY], 3: profile8(SEARCH_3 as RespMap) }),
  { method: 'ft.profileSearch', name: 'LIMITED, WITHSCORES; Redis 8 RESP2 and 7.4 RESP3', args: ['idx', 'hello', { LIMITED: true, WITHSCORES: true, WITHPAYLOADS: true, WITHSORTKEYS: true }], replies: { 2: [SCORED_2, PROFILE_2_V8], 3: profile74(SCORED_3 as RespMap) } },
  { method: 'ft.profileSearch', name: 'EXPLAINSCORE and options', args: ['idx', 'hello', { EXPLAINSCORE: true, LIMIT: { from: 0, size: 1 }, PARAMS: { a: 1 }, DIALECT: 3 }], replies: { 2: [EXPLAINED_2, PROFILE_2_LEGACY], 3: profile8(EXPLAINED_3 as RespMap) } },
  { method: 'ft.profileSearch', name: 'RETURN 0', args: ['idx', 'hello', { RETURN: [] }], replies: { 2: [IDS_2, PROFILE_2_LEGACY], 3: map({ results: IDS_3, profile: SHARD_PROFILE_3 }) } },
  { method: 'ft.profileSearch', name: 'a lower-case Results / Profile', args: ['idx', 'hello'], replies: { 3: map({ results: SEARCH_3, PROFILE: map({ Shards: [] }) }) } },
  { method: 'ft.profileSearch', name: 'nothing recognisable', args: ['idx', 'hello'], replies: { 3: map({ other: 1 }) } },

  // ---- FT.PROFILE … AGGREGATE ----
  ...both('PROFILEAGGREGATE', 'profileAggregate', ['idx', '*'], { 2: [AGG_2, PROFILE_2_LEGACY], 3: profile8(AGG_3 as RespMap) }),
  {
    method: 'ft.profileAggregate',
    name: 'LIMITED and steps; 7.4 RESP3',
    args: ['idx', '*', { LIMITED: true, LOAD: ['@a'], STEPS: [{ type: 'GROUPBY', properties: '@a', REDUCE: { type: 'COUNT', AS: 'n' } }], DIALECT: 2 }],
    replies: { 2: [AGG_2, PROFILE_2_V8], 3: profile74(AGG_3 as RespMap) },
  },
  { method: 'ft.profileAggregate', name: 'entries beside fields, a warning', args: ['idx', '*', { ADDSCORES: true }], replies: { 3: profile8(AGG_SCORED_3 as RespMap) } },

  // ---- FT.HYBRID ----
  ...both('HYBRID', 'hybrid', ['idx', { SEARCH: { query: '*' }, VSIM: VSIM, PARAMS: { vec: 'BLOB' } }], search(HYBRID_2, HYBRID_3)),
  {
    method: 'ft.hybrid',
    name: 'KNN with EF_RUNTIME, RRF with everything, LOAD, GROUPBY, APPLY, SORTBY, LIMIT, TIMEOUT',
    args: () => [
      'idx',
      {
        SEARCH: { query: '@description:shoes', SCORER: 'BM25', YIELD_SCORE_AS: 'text_score' },
        VSIM: { field: '@embedding', vector: '$vec', method: { type: 'KNN', K: 10, EF_RUNTIME: 50 }, FILTER: '@color:{red}', YIELD_SCORE_AS: 'vector_score' },
        COMBINE: { method: { type: 'RRF', WINDOW: 20, CONSTANT: 60 }, YIELD_SCORE_AS: 'score' },
        LOAD: ['@description', '@price'],
        GROUPBY: { fields: ['@color', '@type'], REDUCE: [{ type: 'COUNT', AS: 'n' }, { type: 'QUANTILE', property: '@price', quantile: 0.9 }] },
        APPLY: [{ expression: '@price * 0.9', AS: 'discounted' }, { expression: 'upper(@color)' }],
        SORTBY: { fields: [{ field: '@price', direction: 'DESC' }, { field: '@color' }] },
        FILTER: '@price < 100',
        LIMIT: { offset: 0, count: 5 },
        PARAMS: { vec: Buffer.from([1, 2, 3, 4]), n: 3 },
        TIMEOUT: 1000,
      },
    ],
    replies: search(HYBRID_2, HYBRID_3),
  },
  { method: 'ft.hybrid', name: 'KNN without EF_RUNTIME, RRF bare, LOAD *', args: ['idx', { SEARCH: { query: 'x' }, VSIM: { ...VSIM, method: { type: 'KNN', K: 3 } }, COMBINE: { method: { type: 'RRF' } }, LOAD: '*' }] },
  { method: 'ft.hybrid', name: 'RANGE with EPSILON, LINEAR with everything, one LOAD field, GROUPBY one field one reducer, one APPLY', args: ['idx', { SEARCH: { query: 'x' }, VSIM: { ...VSIM, method: { type: 'RANGE', RADIUS: 0.5, EPSILON: 0.01 } }, COMBINE: { method: { type: 'LINEAR', ALPHA: 0.7, BETA: 0.3, WINDOW: 10 }, YIELD_SCORE_AS: 's' }, LOAD: '@a', GROUPBY: { fields: '@a', REDUCE: { type: 'TOLIST', property: '@b' } }, APPLY: { expression: '@a', AS: 'b' } }] },
  { method: 'ft.hybrid', name: 'RANGE without EPSILON, LINEAR bare, GROUPBY without REDUCE, NOSORT, LIMIT as strings, empty PARAMS', args: ['idx', { SEARCH: { query: 'x' }, VSIM: { ...VSIM, method: { type: 'RANGE', RADIUS: 2 } }, COMBINE: { method: { type: 'LINEAR' } }, GROUPBY: { fields: ['@a'] }, NOSORT: true, LIMIT: { offset: '0', count: '10' }, PARAMS: {} }] },
  { method: 'ft.hybrid', name: 'EXPLAINSCORE', args: ['idx', { SEARCH: { query: 'red' }, VSIM: VSIM, EXPLAINSCORE: true, LOAD: ['@description'], PARAMS: { vec: 'B' } }], replies: search(HYBRID_EXPLAINED_2, HYBRID_EXPLAINED_3) },
  { method: 'ft.hybrid', name: 'a score array without EXPLAINSCORE is kept', args: ['idx', { SEARCH: { query: 'red' }, VSIM: VSIM }], replies: search(HYBRID_EXPLAINED_2, HYBRID_EXPLAINED_3) },
  { method: 'ft.hybrid', name: 'no results, no execution time', args: ['idx', { SEARCH: { query: 'none' }, VSIM: VSIM, TIMEOUT: 0 }], replies: search(['total_results', 0, 'results', [], 'warnings', []], map({ total_results: 0, results: [], warnings: [] })) },
  { method: 'ft.hybrid', name: 'without VSIM is refused', args: ['idx', { SEARCH: { query: 'x' } }] },
  { method: 'ft.hybrid', name: 'without options is refused', args: ['idx'] },
];
