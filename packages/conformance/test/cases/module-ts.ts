// The `ts` namespace (RedisTimeSeries): every node-redis method and argument form, definitions only —
// no server here runs the module. The harness compares the wire arguments and keys of each call, and
// each transform on a sample reply.
//
// The samples are written once, as the server sends them (`blob`, `int`, `dbl`, `map`, `set` below),
// and decoded for each type mapping as the decoder would: under MAP→Map a RESP3 map is a Map, under
// MAP→Array a flat array, under BLOB_STRING→Buffer bulk strings are Buffers, under NUMBER/DOUBLE→String
// numbers are text. The harness itself hands one sample to every mapping (decoded without one);
// `compareUnderMappings` runs the transforms again on the sample decoded for each mapping.
import { createCommandParser, RESP_TYPES } from '@x/modules';
import { DEFAULT_MODULES } from '@x/cluster';
import { canonical, sameCanonical, show } from '../support/canonical';
import { MAPPINGS, transformOf, type Case, type MappingName } from '../support/cases';
import { oracle, type OracleCommand } from '../support/oracle';

// ---- the sample language ----

type Kind = 'blob' | 'simple' | 'int' | 'double' | 'map' | 'set';

/** One RESP value of a sample, by its wire type. */
class Wire {
  constructor(
    readonly kind: Kind,
    readonly value: unknown,
  ) {}
}

const blob = (text: string) => new Wire('blob', text);
const simple = (text: string) => new Wire('simple', text);
const int = (n: number) => new Wire('int', n);
/** A RESP3 double, by its text on the wire (`'1.5'`, `'inf'`, `'nan'`). */
const dbl = (text: string) => new Wire('double', text);
const map = (entries: ReadonlyArray<readonly [string, unknown]>) => new Wire('map', entries);
const set = (items: ReadonlyArray<unknown>) => new Wire('set', items);

type Mapping = Partial<Record<number, unknown>>;

function doubleOf(text: string): number {
  if (text === 'inf' || text === '+inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}

/** The sample as the decoder hands it to a transform under `mapping`. */
export function decode(sample: unknown, mapping: Mapping = {}): unknown {
  if (Array.isArray(sample)) return sample.map((item) => decode(item, mapping));
  if (!(sample instanceof Wire)) return sample; // null
  switch (sample.kind) {
    case 'blob':
      return mapping[RESP_TYPES.BLOB_STRING] === Buffer ? Buffer.from(sample.value as string) : sample.value;
    case 'simple':
      return mapping[RESP_TYPES.SIMPLE_STRING] === Buffer ? Buffer.from(sample.value as string) : sample.value;
    case 'int':
      return mapping[RESP_TYPES.NUMBER] === String ? String(sample.value) : sample.value;
    case 'double':
      return mapping[RESP_TYPES.DOUBLE] === String ? sample.value : doubleOf(sample.value as string);
    case 'set': {
      const items = (sample.value as ReadonlyArray<unknown>).map((item) => decode(item, mapping));
      return mapping[RESP_TYPES.SET] === Set ? new Set(items) : items;
    }
    case 'map': {
      const entries = sample.value as ReadonlyArray<readonly [string, unknown]>;
      const shape = mapping[RESP_TYPES.MAP];
      if (shape === Map) return new Map(entries.map(([k, v]) => [k, decode(v, mapping)]));
      if (shape === Array) return entries.flatMap(([k, v]) => [decode(blob(k), mapping), decode(v, mapping)]);
      const record: Record<string, unknown> = {};
      for (const [k, v] of entries) record[k] = decode(v, mapping);
      return record;
    }
  }
}

// ---- cases ----

/** A `ts` case, with its samples in the language above. */
export interface TsCase extends Case {
  wire?: { 2?: unknown; 3?: unknown };
  /**
   * Where x differs from node-redis on purpose (a node-redis transform that loses data): under these
   * RESP3 mappings `check` asserts x's own reply instead of comparing.
   */
  xDiffers?: { reason: string; mappings: ReadonlyArray<MappingName>; check: (x: unknown) => void };
  /** Mappings under which the decoded sample is not compared (a layout no server sends under them). */
  skipMappings?: { reason: string; mappings: ReadonlyArray<MappingName> };
}

const REASON = 'RedisTimeSeries is not loaded on the servers here (Redis 7.0)';
const NEWER = 'Redis 8.10 (TS.NRANGE, TS.QUERYLABELS, TS.READ, EXCLUDEEMPTY); the servers here run 7.0 without RedisTimeSeries';

function tsCase(method: string, args: ReadonlyArray<unknown> | (() => ReadonlyArray<unknown>), wire?: TsCase['wire'], extra: Partial<TsCase> = {}): TsCase {
  const replies: { 2?: () => unknown; 3?: () => unknown } = {};
  if (wire?.[2] !== undefined) replies[2] = () => decode(wire[2]);
  if (wire?.[3] !== undefined) replies[3] = () => decode(wire[3]);
  const reason = extra.unitOnly?.reason ?? REASON;
  return { ...extra, method: `ts.${method}`, args, wire, unitOnly: wire === undefined ? { reason } : { reason, replies } };
}

/** Same reply in both protocols (integers, OK). */
const both = (value: unknown) => ({ 2: value, 3: value });

// Samples: RESP2 sends the value as a bulk string, RESP3 as a double.
const s2 = (ts: number, value: string) => [int(ts), blob(value)];
const s3 = (ts: number, value: string) => [int(ts), dbl(value)];

const DATE = new Date(1700000000000);
const SERIES_OPTIONS_FULL = {
  RETENTION: 86400000,
  ENCODING: 'COMPRESSED',
  CHUNK_SIZE: 4096,
  DUPLICATE_POLICY: 'LAST',
  LABELS: { sensor: 't1', room: 'kitchen' },
  IGNORE: { maxTimeDiff: 10, maxValDiff: 0.5 },
};

const singleKey: TsCase[] = [
  tsCase('CREATE', ['t:1'], both(simple('OK'))),
  tsCase('create', ['t:1', SERIES_OPTIONS_FULL], both(simple('OK'))),
  tsCase('create', ['t:1', { ENCODING: 'UNCOMPRESSED', DUPLICATE_POLICY: 'BLOCK', LABELS: {} }], both(simple('OK')), { name: 'UNCOMPRESSED, BLOCK, empty LABELS' }),
  tsCase('create', ['t:1', { RETENTION: 0, CHUNK_SIZE: 48 }], both(simple('OK')), { name: 'zero retention' }),
  tsCase('create', () => [Buffer.from('t:\xff'), { LABELS: { a: 'b' } }], both(simple('OK')), { name: 'a Buffer key' }),

  tsCase('ALTER', ['t:1'], both(simple('OK'))),
  tsCase('alter', ['t:1', { RETENTION: 1000, CHUNK_SIZE: 128, DUPLICATE_POLICY: 'SUM', LABELS: { x: '1' }, IGNORE: { maxTimeDiff: 0, maxValDiff: 0 } }], both(simple('OK'))),
  tsCase('alter', ['t:1', { DUPLICATE_POLICY: 'MIN' }], both(simple('OK')), { name: 'just a policy' }),

  tsCase('ADD', ['t:1', 1000, 21.5], both(int(1000))),
  tsCase('add', ['t:1', '*', -3], both(int(1700000000123)), { name: "'*' (server time)" }),
  tsCase('add', ['t:1', DATE, 1], both(int(1700000000000)), { name: 'a Date' }),
  tsCase('add', ['t:1', 5, 1.25, { RETENTION: 10, ENCODING: 'COMPRESSED', CHUNK_SIZE: 256, ON_DUPLICATE: 'MAX', LABELS: { a: 'b' }, IGNORE: { maxTimeDiff: 1, maxValDiff: 2 } }], both(int(5))),
  tsCase('add', ['t:1', 5, 1, { ON_DUPLICATE: 'FIRST' }], both(int(5)), { name: 'ON_DUPLICATE alone' }),
  tsCase('add', ['t:1', 5, 1, { ENCODING: 'UNCOMPRESSED' }], both(int(5)), { name: 'ENCODING alone' }),
  tsCase('add', ['t:1', 5, Infinity], both(int(5)), { name: 'an infinite value' }),
  tsCase('add', ['t:1', 5], undefined, { name: 'no value (both refuse)' }),

  tsCase('INCRBY', ['t:1', 1], both(int(1700000000000))),
  tsCase('incrBy', ['t:1', 2.5, { TIMESTAMP: 1000, RETENTION: 60000, UNCOMPRESSED: true, CHUNK_SIZE: 128, LABELS: { a: '1' }, IGNORE: { maxTimeDiff: 5, maxValDiff: 1 } }], both(int(1000))),
  tsCase('incrBy', ['t:1', 1, { TIMESTAMP: '*' }], both(int(1000)), { name: "TIMESTAMP '*'" }),
  tsCase('incrBy', ['t:1', 1, { TIMESTAMP: DATE, UNCOMPRESSED: false }], both(int(1000)), { name: 'TIMESTAMP a Date, UNCOMPRESSED false' }),
  tsCase('incrBy', ['t:1', 1, { TIMESTAMP: null }], both(int(1000)), { name: 'TIMESTAMP null (not sent)' }),
  tsCase('DECRBY', ['t:1', 1], both(int(1700000000000))),
  tsCase('decrBy', ['t:1', 3, { TIMESTAMP: 0, RETENTION: 0, UNCOMPRESSED: true, CHUNK_SIZE: 64, LABELS: { b: '2' }, IGNORE: { maxTimeDiff: 0, maxValDiff: 0.1 } }], both(int(0))),

  tsCase('DEL', ['t:1', 0, 1000], both(int(3))),
  tsCase('del', ['t:1', '-', '+'], both(int(0)), { name: "'-' to '+'" }),
  tsCase('del', ['t:1', DATE, DATE], both(int(1)), { name: 'Dates' }),

  tsCase('CREATERULE', ['{t}src', '{t}dst', 'AVG', 60000], both(simple('OK'))),
  tsCase('createRule', ['{t}src', '{t}dst', 'TWA', 1000, 500], both(simple('OK')), { name: 'with an align timestamp' }),
  tsCase('createRule', ['{t}src', '{t}dst', 'STD.P', 1000, 0], both(simple('OK')), { name: 'align 0' }),
  tsCase('DELETERULE', ['{t}src', '{t}dst'], both(simple('OK'))),
  tsCase('deleteRule', () => [Buffer.from('{t}src'), Buffer.from('{t}dst')], both(simple('OK')), { name: 'Buffer keys' }),

  tsCase('GET', ['t:1'], { 2: s2(1000, '21.5'), 3: s3(1000, '21.5') }),
  tsCase('get', ['t:1', { LATEST: true }], { 2: s2(5, '-0.25'), 3: s3(5, '-0.25') }, { name: 'LATEST' }),
  tsCase('get', ['t:1', { LATEST: false }], { 2: [], 3: [] }, { name: 'an empty series' }),
  tsCase('get', ['t:1'], { 2: s2(1, 'inf'), 3: s3(1, 'inf') }, { name: 'an infinite value' }),

  tsCase('READ', ['t:1', 0], { 2: [s2(0, '1'), s2(10, '2.5')], 3: [s3(0, '1'), s3(10, '2.5')] }, { unitOnly: { reason: NEWER } }),
  tsCase('read', ['t:1', '-', { MAX_COUNT: 100 }], { 2: [], 3: [] }, { name: "'-', MAX_COUNT", unitOnly: { reason: NEWER } }),
  tsCase('read', ['t:1', '$', { BLOCK: { milliseconds: 500 } }], { 2: [s2(7, '3')], 3: [s3(7, '3')] }, { name: "'$', BLOCK without minCount", unitOnly: { reason: NEWER } }),
  tsCase('read', ['t:1', '+', { BLOCK: { milliseconds: 0, minCount: 5 }, MAX_COUNT: 10 }], { 2: [], 3: [] }, { name: 'BLOCK minCount and MAX_COUNT', unitOnly: { reason: NEWER } }),
  tsCase('read', ['t:1', DATE], { 2: [], 3: [] }, { name: 'a Date', unitOnly: { reason: NEWER } }),
];

const SAMPLES2 = [s2(1000, '1'), s2(2000, '2.5'), s2(3000, 'nan')];
const SAMPLES3 = [s3(1000, '1'), s3(2000, '2.5'), s3(3000, 'nan')];
const RANGE_OPTIONS_FULL = {
  LATEST: true,
  FILTER_BY_TS: [1000, '2000', DATE],
  FILTER_BY_VALUE: { min: -1, max: 10.5 },
  COUNT: 10,
  ALIGN: 'start',
  AGGREGATION: { type: 'AVG', timeBucket: 1000, BUCKETTIMESTAMP: '~', EMPTY: true },
};

const ranges: TsCase[] = [];
for (const name of ['RANGE', 'REVRANGE']) {
  const lower = name === 'RANGE' ? 'range' : 'revRange';
  ranges.push(
    tsCase(name, ['t:1', '-', '+'], { 2: SAMPLES2, 3: SAMPLES3 }),
    tsCase(lower, ['t:1', 0, DATE, RANGE_OPTIONS_FULL], { 2: SAMPLES2, 3: SAMPLES3 }, { name: 'every option' }),
    tsCase(lower, ['t:1', 0, 10, { ALIGN: 0 }], { 2: [], 3: [] }, { name: 'ALIGN without AGGREGATION (not sent)' }),
    tsCase(lower, ['t:1', 0, 10, { AGGREGATION: { ALIGN: '-', type: 'COUNTNAN', timeBucket: 10 } }], { 2: [s2(0, '3')], 3: [s3(0, '3')] }, { name: "the aggregation's own ALIGN" }),
    tsCase(lower, ['t:1', 0, 10, { ALIGN: 5, AGGREGATION: { ALIGN: 7, type: 'MAX', timeBucket: DATE, BUCKETTIMESTAMP: '+', EMPTY: false } }], { 2: [], 3: [] }, { name: 'the top-level ALIGN wins' }),
    tsCase(lower, ['t:1', 0, 10, { COUNT: 0, FILTER_BY_TS: [] }], { 2: [], 3: [] }, { name: 'COUNT 0, empty FILTER_BY_TS' }),
  );
  const multi = `${name}_MULTIAGGR`;
  const multiLower = `${lower}MultiAggr`;
  const many2 = [[int(0), blob('1'), blob('4')], [int(10), blob('nan'), blob('-2.5')]];
  const many3 = [[int(0), dbl('1'), dbl('4')], [int(10), dbl('nan'), dbl('-2.5')]];
  ranges.push(
    tsCase(multi, ['t:1', '-', '+', { AGGREGATION: { types: ['MIN', 'MAX'], timeBucket: 10 } }], { 2: many2, 3: many3 }),
    tsCase(multiLower, ['t:1', 0, DATE, { ...RANGE_OPTIONS_FULL, AGGREGATION: { types: ['AVG', 'STD.S', 'TWA'], timeBucket: '10', BUCKETTIMESTAMP: '-', EMPTY: true } }], { 2: many2, 3: many3 }, { name: 'every option' }),
    tsCase(multiLower, ['t:1', 0, 10, { AGGREGATION: { types: ['SUM'], timeBucket: 5 } }], { 2: [[int(0), blob('3')]], 3: [[int(0), dbl('3')]] }, { name: 'one aggregator' }),
    tsCase(multiLower, ['t:1', 0, 10], undefined, { name: 'no options (both refuse)' }),
  );
}

// ---- TS.INFO ----

const INFO2 = [
  blob('totalSamples'), int(2), blob('memoryUsage'), int(4184), blob('firstTimestamp'), int(1000), blob('lastTimestamp'), int(2000),
  blob('retentionTime'), int(0), blob('chunkCount'), int(1), blob('chunkSize'), int(4096), blob('chunkType'), simple('compressed'),
  blob('duplicatePolicy'), null, blob('labels'), [[blob('sensor'), blob('t1')], [blob('room'), blob('kitchen')]], blob('sourceKey'), null,
  blob('rules'), [[blob('{t}avg'), int(60000), simple('AVG'), int(0)], [blob('{t}max'), int(1000), simple('MAX'), int(0)]],
  blob('ignoreMaxTimeDiff'), int(0), blob('ignoreMaxValDiff'), blob('0.5'),
];
const INFO3 = map([
  ['totalSamples', int(2)], ['memoryUsage', int(4184)], ['firstTimestamp', int(1000)], ['lastTimestamp', int(2000)],
  ['retentionTime', int(0)], ['chunkCount', int(1)], ['chunkSize', int(4096)], ['chunkType', simple('compressed')],
  ['duplicatePolicy', null], ['labels', map([['sensor', blob('t1')], ['room', blob('kitchen')]])], ['sourceKey', null],
  ['rules', map([['{t}avg', [int(60000), simple('AVG'), int(0)]], ['{t}max', [int(1000), simple('MAX'), int(0)]]])],
  ['ignoreMaxTimeDiff', int(0)], ['ignoreMaxValDiff', dbl('0.5')],
]);
const INFO2_BARE = [
  blob('totalSamples'), int(0), blob('memoryUsage'), int(100), blob('firstTimestamp'), int(0), blob('lastTimestamp'), int(0),
  blob('retentionTime'), int(60000), blob('chunkCount'), int(1), blob('chunkSize'), int(4096), blob('chunkType'), simple('uncompressed'),
  blob('duplicatePolicy'), simple('last'), blob('labels'), [], blob('sourceKey'), blob('{t}src'), blob('rules'), [],
  blob('ignoreMaxTimeDiff'), int(10), blob('ignoreMaxValDiff'), blob('inf'),
];
const INFO3_BARE = map([
  ['totalSamples', int(0)], ['memoryUsage', int(100)], ['firstTimestamp', int(0)], ['lastTimestamp', int(0)],
  ['retentionTime', int(60000)], ['chunkCount', int(1)], ['chunkSize', int(4096)], ['chunkType', simple('uncompressed')],
  ['duplicatePolicy', simple('last')], ['labels', map([])], ['sourceKey', blob('{t}src')], ['rules', map([])],
  ['ignoreMaxTimeDiff', int(10)], ['ignoreMaxValDiff', dbl('inf')],
]);

const CHUNKS2 = [blob('keySelfName'), blob('t:1'), blob('Chunks'), [
  [blob('startTimestamp'), int(1000), blob('endTimestamp'), int(2000), blob('samples'), int(2), blob('size'), int(4096), blob('bytesPerSample'), blob('2048')],
  [blob('startTimestamp'), int(3000), blob('endTimestamp'), int(3000), blob('samples'), int(1), blob('size'), int(128), blob('bytesPerSample'), blob('9.5')],
]];
const CHUNKS3: Array<readonly [string, unknown]> = [['keySelfName', blob('t:1')], ['Chunks', [
  map([['startTimestamp', int(1000)], ['endTimestamp', int(2000)], ['samples', int(2)], ['size', int(4096)], ['bytesPerSample', dbl('2048')]]),
  map([['startTimestamp', int(3000)], ['endTimestamp', int(3000)], ['samples', int(1)], ['size', int(128)], ['bytesPerSample', dbl('9.5')]]),
]]];

/** node-redis reads RESP3's flat maps (MAP→Array) as RESP2's pairs and triples: the labels' and rules' contents are lost. */
const INFO_FLAT = {
  reason: "under MAP→Array node-redis reads TS.INFO's flat labels and rules maps as RESP2's pairs and triples, losing their contents; x reads them as maps",
  mappings: ['flatMaps'] as const,
  check: (x: unknown) => {
    const info = x as { labels: unknown; rules: unknown };
    expect(info.labels).toEqual([{ name: 'sensor', value: 't1' }, { name: 'room', value: 'kitchen' }]);
    expect(info.rules).toEqual([{ key: '{t}avg', timeBucket: 60000, aggregationType: 'AVG' }, { key: '{t}max', timeBucket: 1000, aggregationType: 'MAX' }]);
  },
};

// Layouts older module versions sent under RESP3, which node-redis still reads: labels as pairs or as
// `{ name, value }` maps, rules as triples in any order or as maps, chunks as positional arrays or
// snake_case maps. Under MAP→Array their maps become flat arrays node-redis can't tell from pairs: not compared there.
const LEGACY_FLAT = 'a legacy RESP3 layout: under MAP→Array its nested maps are indistinguishable from pairs (node-redis and x each garble them)';
const infoHead3 = (extra: Array<readonly [string, unknown]>) =>
  map([['totalSamples', int(1)], ['chunkType', simple('compressed')], ['duplicatePolicy', null], ['sourceKey', null], ['ignoreMaxValDiff', dbl('0')], ...extra]);
const LEGACY_A = infoHead3([
  ['labels', [[blob('sensor'), blob('t1')], [blob('room'), blob('kitchen')]]],
  ['rules', [[int(60000), simple('avg'), blob('{t}avg')], [blob('{t}max'), simple('MAX'), int(1000), int(0)]]],
  ['key_self_name', blob('t:1')],
  ['Chunks', [[int(1000), int(2000), int(2), int(4096), dbl('2048')]]],
]);
const LEGACY_B = infoHead3([
  ['labels', [map([['name', blob('sensor')], ['value', blob('t1')]]), map([['Label', blob('room')], ['VALUE', blob('kitchen')]]), map([['other', blob('x')]])]],
  ['rules', map([['{t}avg', map([['time_bucket', int(60000)], ['aggregation_type', simple('AVG')]])], ['{t}max', [simple('max'), int(1000)]]])],
  ['keySelfName', blob('t:1')],
  ['chunks', map([['0', map([['start_timestamp', int(1)], ['end_timestamp', int(2)], ['samples', int(2)], ['size', int(64)], ['bytes_per_sample', blob('32')]])]])],
]);
const LEGACY_C = infoHead3([
  ['labels', []],
  ['rules', [map([['key', blob('{t}avg')], ['timeBucket', int(60000)], ['aggregationType', simple('AVG')]]), [blob('{t}x'), int(5)]]],
  ['keySelfName', blob('t:1')],
  ['Chunks', []],
]);

const info: TsCase[] = [
  tsCase('INFO', ['t:1'], { 2: INFO2, 3: INFO3 }, { xDiffers: INFO_FLAT }),
  tsCase('info', ['t:1'], { 2: INFO2_BARE, 3: INFO3_BARE }, { name: 'no labels or rules, a source key, an infinite ignoreMaxValDiff' }),
  tsCase('INFO_DEBUG', ['t:1'], { 2: [...INFO2, ...CHUNKS2], 3: map([...(INFO3.value as Array<readonly [string, unknown]>), ...CHUNKS3]) }, { xDiffers: INFO_FLAT }),
  ...[LEGACY_A, LEGACY_B, LEGACY_C].flatMap((legacy, i) => [
    tsCase('info', ['t:1'], { 3: legacy }, { name: `legacy RESP3 layout ${'ABC'[i]}`, skipMappings: { reason: LEGACY_FLAT, mappings: ['flatMaps'] } }),
    tsCase('infoDebug', ['t:1'], { 3: legacy }, { name: `legacy RESP3 layout ${'ABC'[i]}`, skipMappings: { reason: LEGACY_FLAT, mappings: ['flatMaps'] } }),
  ]),
  tsCase('infoDebug', ['t:1'], { 2: [...INFO2_BARE, blob('keySelfName'), blob('t:1'), blob('Chunks'), []], 3: map([...(INFO3_BARE.value as Array<readonly [string, unknown]>), ['keySelfName', blob('t:1')], ['Chunks', []]]) }, { name: 'no chunks' }),
];

// ---- several series ----

const labels2 = (...pairs: Array<[string, string | null]>) => pairs.map(([k, v]) => [blob(k), v === null ? null : blob(v)]);
const labels3 = (...pairs: Array<[string, string | null]>) => map(pairs.map(([k, v]) => [k, v === null ? null : blob(v)] as const));

const many: TsCase[] = [
  tsCase('MADD', [[{ key: '{t}a', timestamp: 1000, value: 1 }, { key: '{t}b', timestamp: '*', value: 2.5 }]], both([int(1000), int(1700000000000)])),
  tsCase('mAdd', [[{ key: '{t}a', timestamp: DATE, value: -1 }]], both([int(1700000000000)]), { name: 'a Date' }),
  tsCase('mAdd', [[]], both([]), { name: 'nothing (the server refuses)' }),

  tsCase('MGET', ['sensor=t1'], {
    2: [[blob('t:1'), [], s2(1000, '21.5')], [blob('t:2'), [], []]],
    3: map([['t:1', [map([]), s3(1000, '21.5')]], ['t:2', [map([]), []]]]),
  }),
  tsCase('mGet', [['sensor=t1', 'room!=']], { 2: [], 3: map([]) }, { name: 'several filters, nothing matches' }),
  tsCase('mGet', () => [Buffer.from('sensor=t1')], { 2: [], 3: map([]) }, { name: 'a Buffer filter' }),
  tsCase('mGet', ['a=1', { LATEST: true }], { 2: [[blob('t:1'), [], s2(5, '1')]], 3: map([['t:1', [map([]), s3(5, '1')]]]) }, { name: 'LATEST' }),

  tsCase('MGET_WITHLABELS', ['sensor=t1'], {
    2: [[blob('t:1'), labels2(['sensor', 't1'], ['room', 'kitchen']), s2(1000, '21.5')], [blob('t:2'), labels2(), []]],
    3: map([['t:1', [labels3(['sensor', 't1'], ['room', 'kitchen']), s3(1000, '21.5')]], ['t:2', [labels3(), []]]]),
  }),
  tsCase('mGetWithLabels', [['a=1', 'b=(1,2)'], { LATEST: true, SELECTED_LABELS: ['a'] }], { 2: [], 3: map([]) }, { name: 'LATEST, SELECTED_LABELS (not sent)' }),

  tsCase('MGET_SELECTED_LABELS', ['sensor=t1', ['room', 'floor']], {
    2: [[blob('t:1'), labels2(['room', 'kitchen'], ['floor', null]), s2(1000, '21.5')]],
    3: map([['t:1', [labels3(['room', 'kitchen'], ['floor', null]), s3(1000, '21.5')]]]),
  }),
  tsCase('mGetSelectedLabels', [['a=1'], 'room', { LATEST: true }], { 2: [[blob('t:1'), labels2(['room', null]), []]], 3: map([['t:1', [labels3(['room', null]), []]]]) }, { name: 'one label, LATEST' }),

  tsCase('QUERYINDEX', ['sensor=t1'], { 2: [blob('t:1'), blob('t:2')], 3: set([blob('t:1'), blob('t:2')]) }),
  tsCase('queryIndex', [['sensor=t1', 'room=(kitchen,hall)']], { 2: [], 3: set([]) }, { name: 'several filters, nothing matches' }),

  tsCase('QUERYLABELS', [], { 2: [blob('room'), blob('sensor')], 3: set([blob('room'), blob('sensor')]) }, { unitOnly: { reason: NEWER } }),
  tsCase('queryLabels', ['sensor=t1'], { 2: [blob('room')], 3: set([blob('room')]) }, { name: 'one filter', unitOnly: { reason: NEWER } }),
  tsCase('queryLabels', [['sensor=t1', 'room!=']], { 2: [], 3: set([]) }, { name: 'several filters', unitOnly: { reason: NEWER } }),
  tsCase('queryLabels', [[]], undefined, { name: 'an empty filter list (both refuse)', unitOnly: { reason: NEWER } }),
  tsCase('QUERYLABELS_VALUES', ['room'], { 2: [blob('hall'), blob('kitchen')], 3: set([blob('hall'), blob('kitchen')]) }, { unitOnly: { reason: NEWER } }),
  tsCase('queryLabelValues', ['room', ['sensor=t1', 'floor=1']], { 2: [], 3: set([]) }, { name: 'filters', unitOnly: { reason: NEWER } }),
  tsCase('queryLabelValues', () => [Buffer.from('room'), 'sensor=t1'], { 2: [blob('kitchen')], 3: set([blob('kitchen')]) }, { name: 'a Buffer label, one filter', unitOnly: { reason: NEWER } }),
  tsCase('queryLabelValues', ['room', []], undefined, { name: 'an empty filter list (both refuse)', unitOnly: { reason: NEWER } }),
];

const PIVOT2 = [[int(0), [blob('1'), blob('nan')]], [int(10), [blob('2.5'), blob('-1')]]];
const PIVOT3 = [[int(0), [dbl('1'), dbl('nan')]], [int(10), [dbl('2.5'), dbl('-1')]]];
for (const name of ['NRANGE', 'NREVRANGE']) {
  const lower = name === 'NRANGE' ? 'nRange' : 'nRevRange';
  const n = { unitOnly: { reason: NEWER } };
  many.push(
    tsCase(name, [['{t}a', '{t}b'], '-', '+'], { 2: PIVOT2, 3: PIVOT3 }, n),
    tsCase(lower, [['{t}a'], 0, DATE, { LATEST: true, FILTER_BY_TS: [0, 10], FILTER_BY_VALUE: { min: 0, max: 5 }, COUNT: 2, ALIGN: '+', AGGREGATION: { types: [['AVG', 'MAX']], timeBucket: 10, BUCKETTIMESTAMP: '+', EMPTY: true } }], { 2: [], 3: [] }, { name: 'every option', ...n }),
    tsCase(lower, [['{t}a', '{t}b'], 0, 10, { AGGREGATION: { types: [['SUM'], ['MIN', 'COUNT']], timeBucket: '5' } }], { 2: PIVOT2, 3: PIVOT3 }, { name: 'a group per key', ...n }),
    tsCase(lower, [['{t}a'], 0, 10, { ALIGN: 0 }], { 2: [], 3: [] }, { name: 'ALIGN without AGGREGATION (not sent)', ...n }),
  );
}

// ---- TS.MRANGE / TS.MREVRANGE ----

// RESP3 metadata of a series: its aggregators, and with GROUPBY its reducers and sources.
const AGGREGATORS = (...names: string[]) => map([['aggregators', names.map(simple)]]);
const REDUCERS = (...names: string[]) => map([['reducers', names.map(simple)]]);
const SOURCES = (...keys: string[]) => map([['sources', keys.map(blob)]]);

const MULTI2 = [[int(0), blob('1'), blob('3')], [int(10), blob('2'), blob('nan')]];
const MULTI3 = [[int(0), dbl('1'), dbl('3')], [int(10), dbl('2'), dbl('nan')]];

const MRANGE_FULL = { ...RANGE_OPTIONS_FULL, EXCLUDEEMPTY: true };
const MULTI_FULL = { ...RANGE_OPTIONS_FULL, EXCLUDEEMPTY: true, AGGREGATION: { types: ['MIN', 'MAX'], timeBucket: 10, BUCKETTIMESTAMP: '-', EMPTY: true } };
const GROUP = { label: 'room', REDUCE: 'SUM' };

const mranges: TsCase[] = [];
for (const base of ['MRANGE', 'MREVRANGE']) {
  const lower = base === 'MRANGE' ? 'mRange' : 'mRevRange';
  const spelled = (suffix: string, lowerSuffix: string) => [`${base}${suffix}`, `${lower}${lowerSuffix}`] as const;

  // Just the samples.
  {
    const [upper, camel] = spelled('', '');
    mranges.push(
      tsCase(upper, ['-', '+', 'sensor=t1'], {
        2: [[blob('t:1'), [], SAMPLES2], [blob('t:2'), [], []]],
        3: map([['t:1', [map([]), AGGREGATORS(), SAMPLES3]], ['t:2', [map([]), AGGREGATORS(), []]]]),
      }),
      tsCase(camel, [0, DATE, ['sensor=t1', 'room=kitchen'], MRANGE_FULL], { 2: [], 3: map([]) }, { name: 'every option, EXCLUDEEMPTY', unitOnly: { reason: NEWER } }),
      tsCase(camel, [0, 10, 'a=1', { EXCLUDEEMPTY: false, AGGREGATION: { type: 'LAST', timeBucket: 5 } }], {
        2: [[blob('t:1'), [], [s2(0, '4')]]],
        3: map([['t:1', [map([]), AGGREGATORS('last'), [s3(0, '4')]]]]),
      }, { name: 'an aggregation' }),
    );
  }
  // WITHLABELS.
  {
    const [upper, camel] = spelled('_WITHLABELS', 'WithLabels');
    mranges.push(
      tsCase(upper, ['-', '+', 'sensor=t1'], {
        2: [[blob('t:1'), labels2(['sensor', 't1'], ['room', 'kitchen']), SAMPLES2], [blob('t:2'), labels2(), []]],
        3: map([['t:1', [labels3(['sensor', 't1'], ['room', 'kitchen']), AGGREGATORS(), SAMPLES3]], ['t:2', [labels3(), AGGREGATORS(), []]]]),
      }),
      tsCase(camel, [0, DATE, ['sensor=t1'], MRANGE_FULL], { 2: [], 3: map([]) }, { name: 'every option, EXCLUDEEMPTY', unitOnly: { reason: NEWER } }),
    );
  }
  // SELECTED_LABELS.
  {
    const [upper, camel] = spelled('_SELECTED_LABELS', 'SelectedLabels');
    mranges.push(
      tsCase(upper, ['-', '+', ['room', 'floor'], 'sensor=t1'], {
        2: [[blob('t:1'), labels2(['room', 'kitchen'], ['floor', null]), SAMPLES2]],
        3: map([['t:1', [labels3(['room', 'kitchen'], ['floor', null]), AGGREGATORS(), SAMPLES3]]]),
      }),
      tsCase(camel, [0, 10, 'room', ['a=1', 'b=2'], MRANGE_FULL], { 2: [], 3: map([]) }, { name: 'one label, every option', unitOnly: { reason: NEWER } }),
      tsCase(camel, [0, 10, 'room', 'a=1', { COUNT: 1 }], { 2: [[blob('t:1'), labels2(['room', null]), []]], 3: map([['t:1', [labels3(['room', null]), AGGREGATORS(), []]]]) }, { name: 'a missing label' }),
    );
  }
  // GROUPBY: RESP2 appends __reducer__ and __source__ to the labels; RESP3 carries reducers and sources.
  const grouped2 = (labels: Array<[string, string | null]>, reducer: string, sources: string, samples: unknown) => [
    blob('room=kitchen'), labels2(...labels, ['__reducer__', reducer], ['__source__', sources]), samples,
  ];
  {
    const [upper, camel] = spelled('_GROUPBY', 'GroupBy');
    mranges.push(
      tsCase(upper, ['-', '+', 'sensor=t1', GROUP], {
        2: [grouped2([], 'sum', 't:1,t:2', SAMPLES2)],
        3: map([['room=kitchen', [map([]), REDUCERS('sum'), SOURCES('t:1', 't:2'), SAMPLES3]]]),
      }),
      tsCase(camel, [0, DATE, ['sensor=t1'], { label: 'floor', REDUCE: 'STD.S' }, MRANGE_FULL], { 2: [], 3: map([]) }, { name: 'every option (EXCLUDEEMPTY not sent)' }),
      tsCase(camel, [0, 10, 'a=1'], undefined, { name: 'no GROUPBY (both refuse)' }),
      tsCase(camel, () => ['-', '+', [Buffer.from('a=1')], { label: Buffer.from('room'), REDUCE: 'MIN' }, { COUNT: 5 }], {
        2: [grouped2([], 'min', 't:1', [s2(1, '0')])],
        3: map([['room=kitchen', [map([]), REDUCERS('min'), SOURCES('t:1'), [s3(1, '0')]]]]),
      }, { name: 'Buffer filter and label' }),
    );
  }
  {
    const [upper, camel] = spelled('_WITHLABELS_GROUPBY', 'WithLabelsGroupBy');
    mranges.push(
      tsCase(upper, ['-', '+', 'sensor=t1', GROUP], {
        2: [grouped2([['room', 'kitchen']], 'sum', 't:1,t:2', SAMPLES2)],
        3: map([['room=kitchen', [labels3(['room', 'kitchen']), REDUCERS('sum'), SOURCES('t:1', 't:2'), SAMPLES3]]]),
      }),
      tsCase(camel, [0, 10, 'a=1', { label: 'room', REDUCE: 'COUNTALL' }, { ...RANGE_OPTIONS_FULL, EXCLUDEEMPTY: true }], {
        2: [grouped2([['room', 'kitchen'], ['sensor', 't1']], 'countall', 't:1', [])],
        3: map([['room=kitchen', [labels3(['room', 'kitchen'], ['sensor', 't1']), REDUCERS('countall'), SOURCES('t:1'), []]]]),
      }, { name: 'one source, every option' }),
    );
  }
  {
    const [upper, camel] = spelled('_SELECTED_LABELS_GROUPBY', 'SelectedLabelsGroupBy');
    mranges.push(
      tsCase(upper, ['-', '+', ['room', 'floor'], 'sensor=t1', GROUP], {
        2: [[blob('room=kitchen'), labels2(['room', 'kitchen'], ['floor', null]), SAMPLES2]],
        3: map([['room=kitchen', [labels3(['room', 'kitchen'], ['floor', null]), REDUCERS('sum'), SOURCES('t:1', 't:2'), SAMPLES3]]]),
      }),
      tsCase(camel, [0, DATE, 'room', ['a=1'], { label: 'room', REDUCE: 'VAR.P' }, MRANGE_FULL], { 2: [], 3: map([]) }, { name: 'every option' }),
    );
  }
  // MULTIAGGR: several values per bucket.
  {
    const [upper, camel] = spelled('_MULTIAGGR', 'MultiAggr');
    mranges.push(
      tsCase(upper, ['-', '+', 'sensor=t1', { AGGREGATION: { types: ['MIN', 'MAX'], timeBucket: 10 } }], {
        2: [[blob('t:1'), [], MULTI2]],
        3: map([['t:1', [map([]), AGGREGATORS('min', 'max'), MULTI3]]]),
      }),
      tsCase(camel, [0, DATE, ['a=1', 'b=2'], MULTI_FULL], { 2: [], 3: map([]) }, { name: 'every option', unitOnly: { reason: NEWER } }),
      tsCase(camel, [0, 10, 'a=1'], undefined, { name: 'no options (both refuse)' }),
    );
  }
  {
    const [upper, camel] = spelled('_WITHLABELS_MULTIAGGR', 'WithLabelsMultiAggr');
    mranges.push(
      tsCase(upper, ['-', '+', 'sensor=t1', { AGGREGATION: { types: ['MIN', 'MAX'], timeBucket: 10 } }], {
        2: [[blob('t:1'), labels2(['sensor', 't1']), MULTI2], [blob('t:2'), labels2(), []]],
        3: map([['t:1', [labels3(['sensor', 't1']), AGGREGATORS('min', 'max'), MULTI3]], ['t:2', [labels3(), AGGREGATORS('min', 'max'), []]]]),
      }),
      tsCase(camel, [0, DATE, 'a=1', MULTI_FULL], { 2: [], 3: map([]) }, { name: 'every option', unitOnly: { reason: NEWER } }),
    );
  }
  {
    const [upper, camel] = spelled('_SELECTED_LABELS_MULTIAGGR', 'SelectedLabelsMultiAggr');
    mranges.push(
      tsCase(upper, ['-', '+', ['room', 'floor'], 'sensor=t1', { AGGREGATION: { types: ['AVG', 'COUNT'], timeBucket: 10 } }], {
        2: [[blob('t:1'), labels2(['room', 'kitchen'], ['floor', null]), MULTI2]],
        3: map([['t:1', [labels3(['room', 'kitchen'], ['floor', null]), AGGREGATORS('avg', 'count'), MULTI3]]]),
      }),
      tsCase(camel, [0, DATE, 'room', ['a=1'], MULTI_FULL], { 2: [], 3: map([]) }, { name: 'every option', unitOnly: { reason: NEWER } }),
    );
  }
}

export const tsCases: TsCase[] = [...singleKey, ...ranges, ...info, ...many, ...mranges];

// ---- the transforms under every mapping, on samples decoded for it ----

function outcome(run: () => unknown): unknown {
  try {
    return canonical(run());
  } catch (error) {
    return { $: 'throws', v: (error as Error).message };
  }
}

/**
 * Each transform, x's and node-redis's, on the case's samples decoded for each protocol and mapping;
 * the mismatches, and the deliberate differences after their checks.
 */
export function compareUnderMappings(c: TsCase, mismatches: string[]): void {
  if (c.wire === undefined) return;
  const name = c.method.slice('ts.'.length);
  const nrDef = oracle.modules.ts![name];
  const xDef = (DEFAULT_MODULES.ts as unknown as Record<string, OracleCommand>)[name];
  const args = typeof c.args === 'function' ? c.args() : c.args;
  const preserveOf = (def: OracleCommand | undefined, parser: { preserve?: unknown }) => {
    def?.parseCommand(parser, ...args);
    return parser.preserve;
  };
  const nrPreserve = preserveOf(nrDef, new oracle.BasicCommandParser());
  const xPreserve = preserveOf(xDef, createCommandParser(3));
  for (const resp of [2, 3] as const) {
    const sample = c.wire[resp];
    if (sample === undefined) continue;
    for (const mappingName of [undefined, ...(Object.keys(MAPPINGS) as MappingName[])]) {
      const mapping = mappingName === undefined ? undefined : (MAPPINGS[mappingName] as Mapping);
      const run = (def: OracleCommand | undefined, preserve: unknown) => {
        const t = transformOf(def, resp);
        const reply = decode(sample, mapping);
        return t === undefined ? reply : t(reply, preserve, mapping);
      };
      if (mappingName !== undefined && c.skipMappings?.mappings.includes(mappingName)) continue;
      if (resp === 3 && mappingName !== undefined && c.xDiffers?.mappings.includes(mappingName)) {
        c.xDiffers.check(run(xDef, xPreserve));
        continue;
      }
      const x = outcome(() => run(xDef, xPreserve));
      const nr = outcome(() => run(nrDef, nrPreserve));
      if (!sameCanonical(x as never, nr as never)) {
        mismatches.push(`transform, RESP${resp}, mapping ${mappingName ?? 'none'} (decoded for it)\n    x:          ${show(x as never)}\n    node-redis: ${show(nr as never)}`);
      }
    }
  }
}
