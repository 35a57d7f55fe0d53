// The `topK` and `tDigest` namespaces (RedisBloom), compared as the `json` cases are (see
// module-json.ts): wire arguments and keys through the shared harness, and both transforms on sample
// replies written as typed RESP values, decoded for every type mapping — RESP2 doubles sent as bulk
// strings, INFO's flat `[name, value, …]` arrays whose names are simple strings, RESP3 maps, doubles
// and booleans.
import { array, bool, bulk, double, int, map, nil, OK, simple, type ModuleCase, type Resp } from './module-json';

export const BLOOM_REASON = 'RedisBloom is not loaded on the servers here';

const both = (namespace: string, upper: string, camel: string, args: ModuleCase['args'], replies?: ModuleCase['replies'], name?: string): ModuleCase[] => [
  { method: `${namespace}.${upper}`, args, replies, name },
  { method: `${namespace}.${camel}`, args, replies, name },
];
const same = (value: Resp) => ({ 2: value, 3: value }); // (a typed RESP value here, unlike module-json's)

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

export const topKCases: ModuleCase[] = [
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

export const tDigestCases: ModuleCase[] = [
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

