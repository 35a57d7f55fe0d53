// The Redis Query Engine's (RediSearch 2+) index half of node-redis's `ft` namespace: FT.CREATE with
// every schema field type and option, FT.ALTER, FT.INFO, aliases, suggestions, synonyms, dictionaries
// and the rest. No server here runs RediSearch 2, so every case compares the definitions only: the
// wire arguments and keys, and each transform on the raw reply the server sends for that call in
// each protocol (RESP2 flat arrays and bulk-string doubles, RESP3 maps and doubles).
//
// The harness runs every sample under each of node-redis's type mappings too. Where a RESP3 reply is
// a map (FT.INFO, FT.SYNDUMP) both libraries resolve it as decoded (no RESP3 transform), so the
// sample's shape under a mapping cannot tell them apart; the RESP2 transforms, which build maps and
// doubles themselves, are where the mappings matter, and samples with Buffer strings (as RESP2
// decodes under the Buffer mapping) check that they read names from Buffers as node-redis does.
import type { Case } from '../support/cases';

/** node-redis's `ft` commands of this half (upper-case spelling); each must have a case under both names. */
export const FT_INDEX_COMMANDS = [
  'CREATE', 'ALTER', 'INFO', 'DROPINDEX', '_LIST', 'TAGVALS',
  'ALIASADD', 'ALIASDEL', 'ALIASUPDATE', 'ALIASLIST',
  'SUGADD', 'SUGDEL', 'SUGGET', 'SUGGET_WITHPAYLOADS', 'SUGGET_WITHSCORES', 'SUGGET_WITHSCORES_WITHPAYLOADS', 'SUGLEN',
  'SYNUPDATE', 'SYNDUMP', 'DICTADD', 'DICTDEL', 'DICTDUMP',
  'EXPLAINCLI', 'CONFIG_SET', 'CURSOR_DEL',
] as const;

const REASON = 'RediSearch 2+ (the Redis Query Engine); the servers here run Redis 7.0 without it';

type Replies = { 2?: () => unknown; 3?: () => unknown };

/** One case: `ft.<method>`, definitions only. */
function ft(method: string, args: ReadonlyArray<unknown> | (() => ReadonlyArray<unknown>), replies?: Replies, name?: string): Case {
  return { method: `ft.${method}`, args, name, unitOnly: { reason: REASON, replies } };
}

/** The same case under both of node-redis's spellings. */
function both(upper: string, camel: string, args: ReadonlyArray<unknown> | (() => ReadonlyArray<unknown>), replies?: Replies, name?: string): Case[] {
  return [ft(upper, args, replies, name), ft(camel, args, replies, name)];
}

const same = (value: () => unknown): Replies => ({ 2: value, 3: value });
const OK = same(() => 'OK');

// FT.INFO as RediSearch 2.8+ answers for an index with a TEXT, a TAG (JSON) and a vector field.
const infoResp2 = (): unknown[] => [
  'index_name', 'idx',
  'index_options', [],
  'index_definition', ['key_type', 'HASH', 'prefixes', ['doc:'], 'default_score', '1'],
  'attributes', [
    ['identifier', 'title', 'attribute', 'title', 'type', 'TEXT', 'WEIGHT', '1', 'SORTABLE', 'UNF'],
    ['identifier', '$.tags', 'attribute', 'tags', 'type', 'TAG', 'SEPARATOR', ',', 'CASESENSITIVE', 'INDEXMISSING'],
    ['identifier', 'vec', 'attribute', 'vec', 'type', 'VECTOR', 'algorithm', 'FLAT', 'data_type', 'FLOAT32', 'dim', 4, 'distance_metric', 'L2'],
  ],
  'num_docs', '2',
  'max_doc_id', '2',
  'num_terms', '5',
  'num_records', '10',
  'inverted_sz_mb', '3.0517578125e-4',
  'vector_index_sz_mb', '0.0123',
  'total_inverted_index_blocks', '7',
  'offset_vectors_sz_mb', '1.1e-5',
  'doc_table_size_mb', '1.5e-4',
  'sortable_values_size_mb', '0',
  'key_table_size_mb', '2.7e-05',
  'tag_overhead_sz_mb', '0',
  'text_overhead_sz_mb', '1.9e-4',
  'total_index_memory_sz_mb', '0.0131',
  'geoshapes_sz_mb', '0',
  'records_per_doc_avg', '5',
  'bytes_per_record_avg', '32',
  'offsets_per_term_avg', 'nan',
  'offset_bits_per_record_avg', 'inf',
  'hash_indexing_failures', '0',
  'total_indexing_time', '0.123',
  'indexing', '0',
  'percent_indexed', '1',
  'number_of_uses', 3,
  'cleaning', 0,
  'gc_stats', [
    'bytes_collected', '0', 'total_ms_run', '0', 'total_cycles', '0', 'average_cycle_time_ms', 'nan', 'last_run_time_ms', '0',
    'gc_numeric_trees_missed', '0', 'gc_blocks_denied', '0',
  ],
  'cursor_stats', ['global_idle', 0, 'global_total', 0, 'index_capacity', 128, 'index_total', 0],
  'dialect_stats', ['dialect_1', 0, 'dialect_2', 3, 'dialect_3', 0, 'dialect_4', 0],
  'Index Errors', ['indexing failures', 0, 'last indexing error', 'N/A', 'last indexing error key', 'N/A', 'background indexing status', 'OK'],
  'field statistics', [
    ['identifier', 'title', 'attribute', 'title', 'Index Errors', ['indexing failures', 0, 'last indexing error', 'N/A', 'last indexing error key', 'N/A']],
  ],
];

// The same index under RESP3: a map, doubles as doubles.
const infoResp3 = (): unknown => ({
  index_name: 'idx',
  index_options: [],
  index_definition: { key_type: 'HASH', prefixes: ['doc:'], default_score: 1 },
  attributes: [
    { identifier: 'title', attribute: 'title', type: 'TEXT', WEIGHT: 1, flags: ['SORTABLE', 'UNF'] },
    { identifier: '$.tags', attribute: 'tags', type: 'TAG', SEPARATOR: ',', flags: ['CASESENSITIVE', 'INDEXMISSING'] },
  ],
  num_docs: 2,
  max_doc_id: 2,
  num_terms: 5,
  num_records: 10,
  inverted_sz_mb: 0.000305,
  vector_index_sz_mb: 0.0123,
  total_inverted_index_blocks: 7,
  records_per_doc_avg: 5,
  offsets_per_term_avg: NaN,
  hash_indexing_failures: 0,
  indexing: 0,
  percent_indexed: 1,
  number_of_uses: 3,
  cleaning: 0,
  gc_stats: { bytes_collected: 0, total_ms_run: 0, total_cycles: 0, average_cycle_time_ms: NaN, last_run_time_ms: 0 },
  cursor_stats: { global_idle: 0, global_total: 0, index_capacity: 128, index_total: 0 },
  dialect_stats: { dialect_1: 0, dialect_2: 3 },
  'Index Errors': { 'indexing failures': 0, 'last indexing error': 'N/A', 'last indexing error key': 'N/A' },
});

/** A decoded RESP2 reply as the Buffer mapping decodes it: every bulk string a Buffer. */
function buffers(value: unknown): unknown {
  if (typeof value === 'string') return Buffer.from(value);
  if (Array.isArray(value)) return value.map(buffers);
  return value;
}

const createCases: Case[] = [
  ...both('CREATE', 'create', ['idx', { title: 'TEXT', price: 'NUMERIC', place: 'GEO', tags: 'TAG', area: 'GEOSHAPE' }], OK, 'every type by its name'),
  ft('CREATE', ['idx', { v: 'VECTOR' }], undefined, 'VECTOR by its name alone'),
  ft('create', () => [Buffer.from('idx'), { title: 'TEXT' }], undefined, 'a Buffer index name'),
  ft('create', ['idx', {}], undefined, 'an empty schema'),
  // TEXT
  ft('create', ['idx', {
    title: {
      type: 'TEXT', AS: 't', INDEXMISSING: true, NOSTEM: true, WEIGHT: 2.5, PHONETIC: 'dm:en', WITHSUFFIXTRIE: true, INDEXEMPTY: true,
      SORTABLE: true, NOINDEX: true,
    },
  }], OK, 'TEXT with every attribute'),
  ft('create', ['idx', { title: { type: 'TEXT', SORTABLE: 'UNF', WEIGHT: 0 } }], undefined, 'TEXT SORTABLE UNF, WEIGHT 0'),
  ft('create', ['idx', { title: { type: 'TEXT', NOSTEM: false, SORTABLE: false, NOINDEX: false, INDEXMISSING: false, WITHSUFFIXTRIE: false } }], undefined, 'TEXT with every flag false'),
  ft('create', ['idx', { title: { type: 'TEXT', PHONETIC: 'dm:fr' } }], undefined, 'TEXT PHONETIC dm:fr'),
  ft('create', () => ['idx', { '$.title': { type: 'TEXT', AS: Buffer.from('title') } }], undefined, 'a JSONPath field with a Buffer alias'),
  ft('create', ['idx', { title: { type: 'TEXT', AS: '' } }], undefined, 'an empty alias (not sent)'),
  // NUMERIC, GEO
  ft('create', ['idx', { price: { type: 'NUMERIC', INDEXMISSING: true, SORTABLE: true, NOINDEX: true } }], undefined, 'NUMERIC with every attribute'),
  ft('create', ['idx', { price: { type: 'NUMERIC', SORTABLE: 'UNF' } }], undefined, 'NUMERIC SORTABLE UNF'),
  ft('create', ['idx', { place: { type: 'GEO', AS: 'where', INDEXMISSING: true, SORTABLE: 'UNF', NOINDEX: true } }], undefined, 'GEO with every attribute'),
  // TAG
  ft('create', ['idx', {
    tags: { type: 'TAG', AS: 'tg', INDEXMISSING: true, SEPARATOR: ';', CASESENSITIVE: true, WITHSUFFIXTRIE: true, INDEXEMPTY: true, SORTABLE: true, NOINDEX: true },
  }], undefined, 'TAG with every attribute'),
  ft('create', () => ['idx', { tags: { type: 'TAG', SEPARATOR: Buffer.from('|'), SORTABLE: 'UNF' } }], undefined, 'TAG with a Buffer SEPARATOR, SORTABLE UNF'),
  ft('create', ['idx', { tags: { type: 'TAG', SEPARATOR: '' } }], undefined, 'TAG with an empty SEPARATOR (not sent)'),
  // VECTOR
  ft('create', ['idx', { v: { type: 'VECTOR', ALGORITHM: 'FLAT', TYPE: 'FLOAT32', DIM: 4, DISTANCE_METRIC: 'L2' } }], undefined, 'VECTOR FLAT, required parameters only'),
  ft('create', ['idx', {
    v: { type: 'VECTOR', AS: 'vec', ALGORITHM: 'FLAT', TYPE: 'FLOAT64', DIM: 128, DISTANCE_METRIC: 'COSINE', INITIAL_CAP: 1000, BLOCK_SIZE: 512, INDEXMISSING: true },
  }], undefined, 'VECTOR FLAT with every parameter'),
  ft('create', ['idx', { v: { type: 'VECTOR', ALGORITHM: 'HNSW', TYPE: 'BFLOAT16', DIM: 3, DISTANCE_METRIC: 'IP' } }], undefined, 'VECTOR HNSW, required parameters only'),
  ft('create', ['idx', {
    v: {
      type: 'VECTOR', ALGORITHM: 'HNSW', TYPE: 'FLOAT16', DIM: 3, DISTANCE_METRIC: 'IP', INITIAL_CAP: 0, M: 16, EF_CONSTRUCTION: 200, EF_RUNTIME: 10,
      RERANK: true, COMPRESSION: 'SQ8', TRAINING_THRESHOLD: 1024, INDEXMISSING: true,
    },
  }], undefined, 'VECTOR HNSW with every parameter'),
  ft('create', ['idx', { v: { type: 'VECTOR', ALGORITHM: 'HNSW', TYPE: 'INT8', DIM: 2, DISTANCE_METRIC: 'L2', RERANK: false, M: 0, TRAINING_THRESHOLD: 0 } }], undefined, 'VECTOR HNSW RERANK false, zeros'),
  ft('create', ['idx', { v: { type: 'VECTOR', ALGORITHM: 'SVS-VAMANA', TYPE: 'FLOAT32', DIM: 8, DISTANCE_METRIC: 'L2' } }], undefined, 'VECTOR SVS-VAMANA, required parameters only'),
  ft('create', ['idx', {
    v: {
      type: 'VECTOR', ALGORITHM: 'SVS-VAMANA', TYPE: 'FLOAT16', DIM: 8, DISTANCE_METRIC: 'COSINE', INITIAL_CAP: 10, COMPRESSION: 'LeanVec4x8',
      CONSTRUCTION_WINDOW_SIZE: 200, GRAPH_MAX_DEGREE: 32, SEARCH_WINDOW_SIZE: 10, EPSILON: 0.01, TRAINING_THRESHOLD: 10240, REDUCE: 4, INDEXMISSING: true,
    },
  }], undefined, 'VECTOR SVS-VAMANA with every parameter'),
  ft('create', ['idx', { v: { type: 'VECTOR', ALGORITHM: 'FLAT', TYPE: 'UINT8', DIM: 2, DISTANCE_METRIC: 'L2', M: 16, COMPRESSION: 'SQ8' } }], undefined, "another algorithm's parameters (not sent)"),
  ft('create', ['idx', { v: { type: 'VECTOR', ALGORITHM: 'FLAT', TYPE: 'FLOAT32', DISTANCE_METRIC: 'L2' } }], undefined, 'VECTOR without DIM (refused)'),
  ft('create', ['idx', { v: { type: 'VECTOR', ALGORITHM: 'FLAT', DIM: 2 } }], undefined, 'VECTOR without TYPE and DISTANCE_METRIC'),
  // GEOSHAPE
  ft('create', ['idx', { area: { type: 'GEOSHAPE', AS: 'a', COORD_SYSTEM: 'FLAT', INDEXMISSING: true } }], undefined, 'GEOSHAPE with every attribute'),
  ft('create', ['idx', { area: { type: 'GEOSHAPE', COORD_SYSTEM: 'SPHERICAL' } }], undefined, 'GEOSHAPE SPHERICAL'),
  // Several definitions of one field, unknown types, bad values.
  ft('create', ['idx', {
    sku: [{ type: 'TEXT', AS: 'sku_text' }, { type: 'TAG', AS: 'sku_tag', SORTABLE: true }, 'NUMERIC'],
    name: 'TEXT',
  }], undefined, 'one field indexed several times'),
  ft('create', ['idx', { f: [] }], undefined, 'a field with no definitions'),
  ft('create', ['idx', { f: { type: 'FOO', SORTABLE: true } }], undefined, 'an unknown type (sent bare)'),
  ft('create', ['idx', { f: { type: 'TEXT', WEIGHT: null } }], undefined, 'a null WEIGHT (refused)'),
  ft('create', ['idx', { f: { type: 'TEXT', WEIGHT: '3' } }], undefined, 'a WEIGHT given as text'),
  // Index options
  ft('create', ['idx', { title: 'TEXT' }, {
    ON: 'JSON', PREFIX: ['doc:', 'item:'], FILTER: '@price > 10', LANGUAGE: 'German', LANGUAGE_FIELD: '@lang', SCORE: 0.5, SCORE_FIELD: '@score',
    MAXTEXTFIELDS: true, TEMPORARY: 300, NOOFFSETS: true, NOHL: true, NOFIELDS: true, NOFREQS: true, SKIPINITIALSCAN: true, STOPWORDS: ['a', 'the'],
  }], OK, 'every index option'),
  ft('create', ['idx', { title: 'TEXT' }, { ON: 'HASH', PREFIX: 'doc:', STOPWORDS: 'foo', LANGUAGE_FIELD: '__lang', SCORE_FIELD: '$.score' }], undefined, 'one PREFIX, one STOPWORD'),
  ft('create', ['idx', { title: 'TEXT' }, { STOPWORDS: [], PREFIX: [], SCORE: 0, TEMPORARY: 0 }], undefined, 'no stop-words, no prefixes, SCORE 0, TEMPORARY 0'),
  ft('create', ['idx', { title: 'TEXT' }, {
    MAXTEXTFIELDS: false, NOOFFSETS: false, NOHL: false, NOFIELDS: false, NOFREQS: false, SKIPINITIALSCAN: false, FILTER: '', LANGUAGE: undefined,
  }], undefined, 'every option false or empty'),
  ft('create', () => ['idx', { title: 'TEXT' }, { PREFIX: [Buffer.from('p:')], FILTER: Buffer.from('@x==1'), STOPWORDS: [Buffer.from('w')] }], undefined, 'Buffer options'),
  ft('create', ['idx', { title: 'TEXT' }, {}], undefined, 'empty options'),
  ft('create', ['idx', { title: 'TEXT' }, { SCORE: null }], undefined, 'a null SCORE (refused)'),
  ft('create', ['idx', { title: 'TEXT' }, null], undefined, 'null options'),
  ft('create', ['idx', null], undefined, 'a null schema (refused)'),
  ft('create', ['idx', { title: null }], undefined, 'a null field definition (refused)'),
  ...both('ALTER', 'alter', ['idx', { added: { type: 'TAG', SEPARATOR: ',' }, more: 'NUMERIC' }], OK),
  ft('alter', ['idx', {
    v: { type: 'VECTOR', ALGORITHM: 'HNSW', TYPE: 'FLOAT32', DIM: 2, DISTANCE_METRIC: 'L2', M: 8 },
    t: [{ type: 'TEXT', AS: 't1', NOSTEM: true }, { type: 'TEXT', AS: 't2', PHONETIC: 'dm:es' }],
  }], undefined, 'vector and repeated fields'),
  ft('alter', ['idx', {}], undefined, 'an empty schema'),
];

const infoCases: Case[] = [
  ...both('INFO', 'info', ['idx'], { 2: infoResp2, 3: infoResp3 }),
  ft('info', ['idx'], {
    2: () => [
      'index_name', 'idx', 'index_options', ['NOOFFSETS', 'NOFIELDS'],
      'index_definition', ['key_type', 'JSON', 'prefixes', ['a:', 'b:'], 'default_score', '1', 'filter', '@x>1'],
      'attributes', [],
      'num_docs', 0, 'max_doc_id', 0, 'num_terms', 0, 'num_records', 0, 'inverted_sz_mb', '0', 'percent_indexed', '1',
      'stopwords_list', ['foo', 'bar'],
      'gc_stats', [], 'cursor_stats', ['global_idle', 0, 'unknown_stat', 1],
    ],
    3: () => ({ index_name: 'idx', index_options: ['NOOFFSETS'], attributes: [], stopwords_list: ['foo', 'bar'] }),
  }, 'options, stop-words, no attributes (RediSearch 2.6, integers)'),
  ft('info', ['idx'], { 2: () => ['index_name', 'idx', 'stopwords_list', [null], 'attributes', [['identifier', 'a', 'attribute', 'a', 'type', 'TAG', 'SORTABLE']]] }, 'a null stop-word list, a trailing flag'),
  ft('info', ['idx'], { 2: () => buffers(infoResp2()) }, 'RESP2 as decoded under the Buffer mapping'),
  ft('info', ['idx'], { 2: () => [], 3: () => ({}) }, 'an empty reply'),
  ft('info', () => [Buffer.from('idx')], undefined, 'a Buffer index name'),
];

const number = (n: number): Replies => same(() => n);
const list = (...values: string[]): Replies => same(() => values);

const adminCases: Case[] = [
  ...both('DROPINDEX', 'dropIndex', ['idx'], OK),
  ft('dropIndex', ['idx', { DD: true }], OK, 'DD'),
  ft('dropIndex', ['idx', {}], undefined, 'empty options'),
  ft('dropIndex', ['idx', null], undefined, 'null options'),
  ft('dropIndex', () => [Buffer.from('idx'), { DD: false }], undefined, 'a Buffer name, DD false'),
  ...both('_LIST', '_list', [], { 2: () => ['idx', 'books'], 3: () => ['idx', 'books'] }),
  ft('_list', [], { 2: () => [], 3: () => [] }, 'no indexes'),
  ...both('TAGVALS', 'tagVals', ['idx', 'tags'], list('blue', 'red')),
  ft('tagVals', () => [Buffer.from('idx'), Buffer.from('tags')], { 2: () => [], 3: () => [] }, 'Buffers, no values'),
  ...both('EXPLAINCLI', 'explainCli', ['idx', '@title:(hello world)'], list('INTERSECT {', '  @title:hello', '  @title:world', '}', '')),
  ft('explainCli', ['idx', '*', { DIALECT: 3 }], undefined, 'DIALECT 3'),
  ft('explainCli', ['idx', 'hello', { DIALECT: 0 }], undefined, 'DIALECT 0 (the default sent)'),
  ft('explainCli', ['idx', 'hello', {}], undefined, 'empty options'),
  ft('explainCli', () => [Buffer.from('idx'), Buffer.from('q')], undefined, 'Buffers'),
  ...both('CONFIG_SET', 'configSet', ['TIMEOUT', '500'], OK),
  ft('configSet', () => [Buffer.from('MINPREFIX'), Buffer.from('2')], undefined, 'Buffers'),
  ...both('CURSOR_DEL', 'cursorDel', ['idx', 1234567], OK),
  ft('cursorDel', ['idx', 0], undefined, 'cursor 0'),
];

const aliasCases: Case[] = [
  ...both('ALIASADD', 'aliasAdd', ['books', 'idx'], OK),
  ...both('ALIASDEL', 'aliasDel', ['books'], OK),
  ...both('ALIASUPDATE', 'aliasUpdate', ['books', 'idx2'], OK),
  ft('aliasUpdate', () => [Buffer.from('books'), Buffer.from('idx2')], undefined, 'Buffers'),
  ...both('ALIASLIST', 'aliasList', ['idx'], list('books', 'library')),
  ft('aliasList', ['idx'], { 2: () => [], 3: () => [] }, 'no aliases'),
];

const suggestionCases: Case[] = [
  ...both('SUGADD', 'sugAdd', ['{s}ac', 'hello world', 1], number(1)),
  ft('sugAdd', ['{s}ac', 'hello', 0.5, { INCR: true, PAYLOAD: 'p' }], number(2), 'INCR and PAYLOAD'),
  ft('sugAdd', () => ['{s}ac', Buffer.from('hé'), 2, { PAYLOAD: Buffer.from([0xff]) }], undefined, 'a Buffer string and payload'),
  ft('sugAdd', ['{s}ac', 'x', 0, { INCR: false, PAYLOAD: '' }], undefined, 'INCR false, empty PAYLOAD (not sent)'),
  ft('sugAdd', ['{s}ac', 'x', null], undefined, 'a null score (refused)'),
  ...both('SUGDEL', 'sugDel', ['{s}ac', 'hello'], number(1)),
  ft('sugDel', ['{s}ac', 'missing'], number(0), 'a missing suggestion'),
  ...both('SUGLEN', 'sugLen', ['{s}ac'], number(3)),
  ...both('SUGGET', 'sugGet', ['{s}ac', 'hel'], list('hello', 'help')),
  ft('sugGet', ['{s}ac', 'hel', { FUZZY: true, MAX: 10 }], { 2: () => null, 3: () => null }, 'FUZZY and MAX; no dictionary'),
  ft('sugGet', ['{s}ac', 'hel', { FUZZY: false, MAX: 0 }], { 2: () => [], 3: () => [] }, 'FUZZY false, MAX 0'),
  ft('sugGet', ['{s}ac', 'hel', null], undefined, 'null options'),
  ...both('SUGGET_WITHPAYLOADS', 'sugGetWithPayloads', ['{s}ac', 'hel'], same(() => ['hello', 'p1', 'help', null])),
  ft('sugGetWithPayloads', ['{s}ac', 'hel', { FUZZY: true, MAX: 2 }], { 2: () => null, 3: () => null }, 'FUZZY and MAX; no dictionary'),
  ft('sugGetWithPayloads', ['{s}ac', 'x'], { 2: () => [], 3: () => [] }, 'no match'),
  ft('sugGetWithPayloads', ['{s}ac', 'x'], { 2: () => buffers(['hello', 'p1']) }, 'RESP2 as decoded under the Buffer mapping'),
  ...both('SUGGET_WITHSCORES', 'sugGetWithScores', ['{s}ac', 'hel'], { 2: () => ['hello', '2147483648', 'help', '0.5'], 3: () => ['hello', 2147483648, 'help', 0.5] }),
  ft('sugGetWithScores', ['{s}ac', 'hel', { FUZZY: true, MAX: 3 }], { 2: () => null, 3: () => null }, 'FUZZY and MAX; no dictionary'),
  ft('sugGetWithScores', ['{s}ac', 'hel'], { 2: () => ['a', 'inf', 'b', '-inf', 'c', 'nan', 'd', '1e-3'], 3: () => ['a', Infinity, 'b', -Infinity] }, 'infinite, NaN and exponent scores'),
  ft('sugGetWithScores', ['{s}ac', 'x'], { 2: () => [], 3: () => [] }, 'no match'),
  ft('sugGetWithScores', ['{s}ac', 'x'], { 2: () => buffers(['hello', '0.25']) }, 'RESP2 as decoded under the Buffer mapping'),
  ...both(
    'SUGGET_WITHSCORES_WITHPAYLOADS',
    'sugGetWithScoresWithPayloads',
    ['{s}ac', 'str'],
    { 2: () => ['string', '2147483648', 'payload', 'strong', '0.5', null], 3: () => ['string', 2147483648, 'payload', 'strong', 0.5, null] },
  ),
  ft('sugGetWithScoresWithPayloads', ['{s}ac', 'str', { FUZZY: true, MAX: 1 }], { 2: () => null, 3: () => null }, 'FUZZY and MAX; no dictionary'),
  ft('sugGetWithScoresWithPayloads', ['{s}ac', 'x'], { 2: () => [], 3: () => [] }, 'no match'),
  ft('sugGetWithScoresWithPayloads', ['{s}ac', 'x'], { 2: () => buffers(['hello', '3', 'p']) }, 'RESP2 as decoded under the Buffer mapping'),
];

const dictionaryCases: Case[] = [
  ...both('DICTADD', 'dictAdd', ['dict', ['foo', 'bar']], number(2)),
  ft('dictAdd', ['dict', 'foo'], number(0), 'one term'),
  ft('dictAdd', () => [Buffer.from('dict'), [Buffer.from('a'), 'b']], undefined, 'Buffers'),
  ...both('DICTDEL', 'dictDel', ['dict', ['foo', 'baz']], number(1)),
  ft('dictDel', ['dict', 'foo'], number(1), 'one term'),
  ...both('DICTDUMP', 'dictDump', ['dict'], list('bar', 'foo')),
  ft('dictDump', ['dict'], { 2: () => [], 3: () => [] }, 'an empty dictionary'),
  ...both('SYNUPDATE', 'synUpdate', ['idx', 'group1', ['hello', 'hi']], OK),
  ft('synUpdate', ['idx', 'group1', 'hey', { SKIPINITIALSCAN: true }], OK, 'one term, SKIPINITIALSCAN'),
  ft('synUpdate', ['idx', 'g', ['a'], { SKIPINITIALSCAN: false }], undefined, 'SKIPINITIALSCAN false'),
  ft('synUpdate', () => [Buffer.from('idx'), Buffer.from('g'), [Buffer.from('a')], {}], undefined, 'Buffers, empty options'),
  ...both('SYNDUMP', 'synDump', ['idx'], {
    2: () => ['hello', ['group1'], 'hi', ['group1', 'group2']],
    3: () => ({ hello: ['group1'], hi: ['group1', 'group2'] }),
  }),
  ft('synDump', ['idx'], { 2: () => [], 3: () => ({}) }, 'no synonyms'),
  ft('synDump', ['idx'], { 2: () => buffers(['hello', ['group1']]) }, 'RESP2 as decoded under the Buffer mapping'),
];

export const ftIndexCases: Case[] = [...createCases, ...infoCases, ...adminCases, ...aliasCases, ...suggestionCases, ...dictionaryCases];

/**
 * One step of the live script run against RediSearch 1.2 (Debian's): a call of the `ft` namespace, or
 * a raw command (`FT.ADD`: 1.2 indexes only what is added through it).
 */
export type LiveStep = { method: string; args: ReadonlyArray<unknown> } | { raw: ReadonlyArray<string> };

/**
 * The forms of this half that RediSearch 1.2 also accepts, in one script: a plain FT.CREATE schema
 * with 1.2's attributes and options, FT.ALTER, FT.INFO (1.2's reply through the RESP2 transform),
 * FT.TAGVALS, every FT.SUG* form, FT.SYNDUMP, and FT.CURSOR DEL's error. Each step's reply (or
 * error) is compared between node-redis and x.
 */
export const FT_INDEX_LIVE_SCRIPT: ReadonlyArray<LiveStep> = [
  {
    method: 'create',
    args: ['idx', {
      t: { type: 'TEXT', WEIGHT: 2, NOSTEM: true, SORTABLE: true },
      n: { type: 'NUMERIC', SORTABLE: true },
      g: 'GEO',
      tags: { type: 'TAG', SEPARATOR: ';' },
    }, { NOOFFSETS: true, NOFREQS: true, STOPWORDS: ['foo', 'bar'] }],
  },
  { raw: ['FT.ADD', 'idx', 'd1', '1', 'FIELDS', 't', 'hello world', 'n', '5', 'tags', 'a;b', 'g', '-122.41,37.77'] },
  { raw: ['FT.ADD', 'idx', 'd2', '0.5', 'FIELDS', 't', 'help me', 'n', '7', 'tags', 'b;c'] },
  { method: 'tagVals', args: ['idx', 'tags'] },
  { method: 'alter', args: ['idx', { extra: 'NUMERIC', more: { type: 'TEXT', WEIGHT: 0.5 } }] },
  { method: 'info', args: ['idx'] },
  { method: 'sugAdd', args: ['ac', 'hello', 1, { PAYLOAD: 'p1' }] },
  { method: 'sugAdd', args: ['ac', 'help', 2] },
  { method: 'sugAdd', args: ['ac', 'help', 1, { INCR: true }] },
  { method: 'sugLen', args: ['ac'] },
  { method: 'sugGet', args: ['ac', 'hel'] },
  { method: 'sugGet', args: ['ac', 'hwl', { FUZZY: true, MAX: 1 }] },
  { method: 'sugGet', args: ['missing', 'hel'] },
  { method: 'sugGetWithPayloads', args: ['ac', 'hel'] },
  { method: 'sugGetWithScores', args: ['ac', 'hel'] },
  { method: 'sugGetWithScoresWithPayloads', args: ['ac', 'hel', { MAX: 5 }] },
  { method: 'sugGetWithScores', args: ['missing', 'hel'] },
  { method: 'sugDel', args: ['ac', 'help'] },
  { method: 'sugDel', args: ['ac', 'help'] },
  { method: 'synDump', args: ['idx'] },
  { method: 'cursorDel', args: ['idx', 1] },
];

/**
 * RediSearch 1.2's FT.INFO reports the GC's current frequency, which moves between two calls: blank
 * it out wherever it appears (RESP3 passes 1.2's flat array through untransformed).
 */
export function blankGcFrequency(reply: unknown): unknown {
  if (!Array.isArray(reply)) return reply;
  const out: unknown[] = [];
  for (let i = 0; i < reply.length; i++) {
    const item: unknown = reply[i];
    out.push(Array.isArray(item) ? blankGcFrequency(item) : item);
    if (String(item) === 'current_hz' && i + 1 < reply.length) {
      out.push('*');
      i++;
    }
  }
  return out;
}
