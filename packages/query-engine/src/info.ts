// FT.INFO: an index's definition, its attributes and its statistics. RESP3 sends a map, resolved as
// decoded; RESP2 a flat array that the transform turns into the same object: the statistics the
// server sends as text become doubles, the nested lists become maps, and each attribute's bare
// flags (SORTABLE, NOSTEM, …) are gathered under `flags`. Entries not listed below (newer servers
// add some, e.g. `field statistics`) are left out, as node-redis leaves them out.
import type {
  BlobStringReply,
  Command,
  CommandParser,
  DoubleReply,
  MapReply,
  NumberReply,
  RedisArgument,
  SimpleStringReply,
  TypeMapping,
} from '@x/modules';
import { resp2Double, resp2Map } from './index-reply-helpers';

/** One attribute of the index: its properties by name, and its bare flags under `flags`. */
export type FtInfoAttributeReply = MapReply<string, SimpleStringReply | Array<SimpleStringReply>> & {
  flags: Array<SimpleStringReply>;
};

export interface FtInfoReply {
  index_name: SimpleStringReply;
  index_options: Array<SimpleStringReply>;
  index_definition: MapReply<string, SimpleStringReply>;
  attributes: Array<FtInfoAttributeReply>;
  num_docs: NumberReply;
  max_doc_id: NumberReply;
  num_terms: NumberReply;
  num_records: NumberReply;
  inverted_sz_mb: DoubleReply;
  vector_index_sz_mb: DoubleReply;
  total_inverted_index_blocks: NumberReply;
  offset_vectors_sz_mb: DoubleReply;
  doc_table_size_mb: DoubleReply;
  sortable_values_size_mb: DoubleReply;
  key_table_size_mb: DoubleReply;
  tag_overhead_sz_mb: DoubleReply;
  text_overhead_sz_mb: DoubleReply;
  total_index_memory_sz_mb: DoubleReply;
  geoshapes_sz_mb: DoubleReply;
  records_per_doc_avg: DoubleReply;
  bytes_per_record_avg: DoubleReply;
  offsets_per_term_avg: DoubleReply;
  offset_bits_per_record_avg: DoubleReply;
  hash_indexing_failures: NumberReply;
  total_indexing_time: DoubleReply;
  indexing: NumberReply;
  percent_indexed: DoubleReply;
  number_of_uses: NumberReply;
  cleaning: NumberReply;
  gc_stats: {
    bytes_collected: DoubleReply;
    total_ms_run: DoubleReply;
    total_cycles: DoubleReply;
    average_cycle_time_ms: DoubleReply;
    last_run_time_ms: DoubleReply;
    gc_numeric_trees_missed: DoubleReply;
    gc_blocks_denied: DoubleReply;
  };
  cursor_stats: {
    global_idle: NumberReply;
    global_total: NumberReply;
    index_capacity: NumberReply;
    index_total: NumberReply;
  };
  /** Queries run per dialect, by `dialect_N`. */
  dialect_stats?: { [dialect: string]: NumberReply };
  /** The index's indexing errors. */
  'Index Errors'?: {
    'indexing failures': NumberReply;
    'last indexing error': BlobStringReply;
    'last indexing error key': BlobStringReply;
    'background indexing status': BlobStringReply;
  };
  /** The index's own stop-words, when it was created with STOPWORDS. */
  stopwords_list?: Array<BlobStringReply> | [null];
}

/**
 * How each top-level entry of the RESP2 reply is shaped: `raw` as sent, `double` parsed, `map` from
 * its flat list, `attributes` per attribute, or one of the two nested statistics blocks.
 */
type EntryShape = 'raw' | 'double' | 'map' | 'attributes' | 'gc_stats' | 'cursor_stats';

const ENTRY_SHAPES = new Map<string, EntryShape>([
  ...(['index_name', 'index_options', 'num_docs', 'max_doc_id', 'num_terms', 'num_records', 'total_inverted_index_blocks',
    'hash_indexing_failures', 'indexing', 'number_of_uses', 'cleaning', 'stopwords_list'] as const).map((k) => [k, 'raw'] as const),
  ...(['inverted_sz_mb', 'vector_index_sz_mb', 'offset_vectors_sz_mb', 'doc_table_size_mb', 'sortable_values_size_mb',
    'key_table_size_mb', 'text_overhead_sz_mb', 'tag_overhead_sz_mb', 'total_index_memory_sz_mb', 'geoshapes_sz_mb',
    'records_per_doc_avg', 'bytes_per_record_avg', 'offsets_per_term_avg', 'offset_bits_per_record_avg', 'total_indexing_time',
    'percent_indexed'] as const).map((k) => [k, 'double'] as const),
  ...(['index_definition', 'dialect_stats', 'Index Errors'] as const).map((k) => [k, 'map'] as const),
  ['attributes', 'attributes'],
  ['gc_stats', 'gc_stats'],
  ['cursor_stats', 'cursor_stats'],
]);

// The nested blocks keep only these entries: GC figures as doubles, cursor counts as sent.
const GC_STATS = new Set(['bytes_collected', 'total_ms_run', 'total_cycles', 'average_cycle_time_ms', 'last_run_time_ms',
  'gc_numeric_trees_missed', 'gc_blocks_denied']);
const CURSOR_STATS = new Set(['global_idle', 'global_total', 'index_capacity', 'index_total']);

/** The words of an attribute that stand alone (no value after them). */
const ATTRIBUTE_FLAGS = new Set(['SORTABLE', 'UNF', 'NOSTEM', 'NOINDEX', 'CASESENSITIVE', 'WITHSUFFIXTRIE', 'INDEXEMPTY', 'INDEXMISSING']);

const text = (value: unknown): string => (value as { toString(): string }).toString();

/** `[name, value, …]` → `{ name: shape(value) }` for the names in `keep` (a plain object whatever the mapping). */
function pickStats(flat: ReadonlyArray<unknown>, keep: ReadonlySet<string>, shape: (value: unknown) => unknown): Record<string, unknown> {
  const stats: Record<string, unknown> = {};
  for (let i = 0; i < flat.length; i += 2) {
    const name = text(flat[i]);
    if (keep.has(name)) stats[name] = shape(flat[i + 1]);
  }
  return stats;
}

/** `identifier x attribute x type TEXT WEIGHT 1 SORTABLE` → `{ identifier, attribute, type, WEIGHT, flags: ['SORTABLE'] }`. */
function attributeOf(words: ReadonlyArray<unknown>, typeMapping: TypeMapping | undefined): unknown {
  const pairs: Array<unknown> = [];
  const flags: Array<unknown> = [];
  for (let i = 0; i < words.length; i++) {
    if (ATTRIBUTE_FLAGS.has(text(words[i]))) flags.push(words[i]);
    else pairs.push(words[i], words[++i]);
  }
  pairs.push('flags', flags);
  return resp2Map(pairs, typeMapping);
}

function transformInfoResp2(reply: ReadonlyArray<unknown>, _preserve?: unknown, typeMapping?: TypeMapping): FtInfoReply {
  const info: Record<string, unknown> = {};
  for (let i = 0; i < reply.length; i += 2) {
    const name = text(reply[i]);
    const value = reply[i + 1];
    switch (ENTRY_SHAPES.get(name)) {
      case 'raw':
        info[name] = value;
        break;
      case 'double':
        info[name] = resp2Double(value, typeMapping);
        break;
      case 'map':
        info[name] = resp2Map(value as ReadonlyArray<unknown>, typeMapping);
        break;
      case 'attributes':
        info[name] = (value as ReadonlyArray<ReadonlyArray<unknown>>).map((words) => attributeOf(words, typeMapping));
        break;
      case 'gc_stats':
        info[name] = pickStats(value as ReadonlyArray<unknown>, GC_STATS, (v) => resp2Double(v, typeMapping));
        break;
      case 'cursor_stats':
        info[name] = pickStats(value as ReadonlyArray<unknown>, CURSOR_STATS, (v) => v);
        break;
      case undefined:
        break;
    }
  }
  return info as unknown as FtInfoReply;
}

/** `FT.INFO index` */
export const INFO = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, index: RedisArgument) {
    parser.push('FT.INFO', index);
  },
  transformReply: {
    2: transformInfoResp2,
    3: undefined as unknown as () => FtInfoReply,
  },
} as const satisfies Command;
