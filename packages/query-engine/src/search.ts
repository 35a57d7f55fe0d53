// FT.SEARCH and FT.SEARCH … NOCONTENT: the options (shared with FT.PROFILE … SEARCH) and the reply,
// which is a flat array under RESP2 (`[total, id, [score], [payload], [sortkey], [fields], id, …]`,
// its layout decided by the options sent) and a map under RESP3 (`{ total_results, results: [{ id,
// score, extra_attributes, … }], warning }`).
import type { CommandParser, DoubleReply, RedisArgument, RedisVariadicArgument, TypeMapping } from '@x/modules';
import type { RediSearchLanguage } from './create';
import { isArgument, pushCounted, pushDialect, pushParams, rangeBound, type FtSearchParams } from './query-arguments';
import { documentFields, doubleFromText, lookup, objectOf, searchRow, valuesOf, warningsOf } from './reply-shapes';

export type { FtSearchParams } from './query-arguments';

/** `FILTER field min max`: a numeric range, bounds inclusive; `-Infinity`/`Infinity` open, `'(10'` exclusive. */
export interface SearchNumericFilter {
  field: RedisArgument;
  min: number | RedisArgument;
  max: number | RedisArgument;
}

/** `GEOFILTER field lon lat radius unit`. */
export interface SearchGeoFilter {
  field: RedisArgument;
  lon: number;
  lat: number;
  radius: number;
  unit: 'm' | 'km' | 'mi' | 'ft';
}

/** The options of FT.SEARCH, sent in this order. */
export interface FtSearchOptions {
  VERBATIM?: boolean;
  NOSTOPWORDS?: boolean;
  /** Only these documents (their keys: the client's `keyPrefix` goes before each). */
  INKEYS?: RedisVariadicArgument;
  /** Each document comes with its relevance `score`. */
  WITHSCORES?: boolean;
  /** Each document comes with `score` and `scoreExplain`, how the score was reached. Implies WITHSCORES. */
  EXPLAINSCORE?: boolean;
  /** Each document comes with its `payload` (when it has one). */
  WITHPAYLOADS?: boolean;
  /** Each document comes with its `sortKey` (with SORTBY). */
  WITHSORTKEYS?: boolean;
  FILTER?: SearchNumericFilter | Array<SearchNumericFilter>;
  GEOFILTER?: SearchGeoFilter | Array<SearchGeoFilter>;
  INFIELDS?: RedisVariadicArgument;
  /** Only these fields of each document; `[]` returns none (as NOCONTENT). */
  RETURN?: RedisVariadicArgument;
  SUMMARIZE?:
    | boolean
    | { FIELDS?: RedisArgument | Array<RedisArgument>; FRAGS?: number; LEN?: number; SEPARATOR?: RedisArgument };
  HIGHLIGHT?: boolean | { FIELDS?: RedisArgument | Array<RedisArgument>; TAGS?: { open: RedisArgument; close: RedisArgument } };
  SLOP?: number;
  TIMEOUT?: number;
  INORDER?: boolean;
  LANGUAGE?: RediSearchLanguage;
  EXPANDER?: RedisArgument;
  SCORER?: RedisArgument;
  /** Handed to the scoring function; not returned. */
  PAYLOAD?: RedisArgument;
  SORTBY?: RedisArgument | { BY: RedisArgument; DIRECTION?: 'ASC' | 'DESC' };
  LIMIT?: { from: number | RedisArgument; size: number | RedisArgument };
  PARAMS?: FtSearchParams;
  DIALECT?: number;
}

/** How a score was computed (EXPLAINSCORE): a line, or a line and the explanations it sums. */
export type ScoreExplain = string | Buffer | [string | Buffer, Array<ScoreExplain>];

/** A document's fields (a JSON document's `$` spread into its properties). */
export interface SearchDocumentValue {
  [key: string]: string | number | null | Array<SearchDocumentValue> | SearchDocumentValue;
}

export interface SearchReply {
  total: number;
  documents: Array<{
    id: string;
    /** With WITHSCORES or EXPLAINSCORE; a number, or text under `{ [DOUBLE]: String }`. */
    score?: DoubleReply;
    /** With EXPLAINSCORE. */
    scoreExplain?: ScoreExplain;
    /** With WITHPAYLOADS, when the document has one. */
    payload?: string | Buffer;
    /** With WITHSORTKEYS, when the document has one. */
    sortKey?: string | Buffer;
    value: SearchDocumentValue;
  }>;
  /** Warnings beside partial results (RESP3 only; always `[]` under RESP2). */
  warnings: Array<string>;
}

export interface FtSearchNoContentReply {
  total: number;
  documents: Array<string>;
  /** Warnings beside partial results (RESP3 only; always `[]` under RESP2). */
  warnings: Array<string>;
}

/**
 * What decides the layout of a RESP2 reply, copied when the command is built so that a caller
 * changing its options object before the reply arrives cannot misalign the parse.
 */
export interface SearchLayout {
  WITHSCORES: boolean;
  EXPLAINSCORE: boolean;
  NOCONTENT: boolean;
  WITHPAYLOADS: boolean;
  WITHSORTKEYS: boolean;
  RETURN?: RedisVariadicArgument;
}

export function searchLayout(options: FtSearchOptions | undefined, noContent = false): Readonly<SearchLayout> {
  return Object.freeze({
    WITHSCORES: Boolean(options?.WITHSCORES),
    EXPLAINSCORE: Boolean(options?.EXPLAINSCORE),
    NOCONTENT: noContent,
    WITHPAYLOADS: Boolean(options?.WITHPAYLOADS),
    WITHSORTKEYS: Boolean(options?.WITHSORTKEYS),
    RETURN: Array.isArray(options?.RETURN) ? [...options.RETURN] : options?.RETURN,
  });
}

/** An explanation tree with every line a string (or a Buffer when it came as one). */
export function explanationOf(raw: unknown): ScoreExplain {
  const line = (value: unknown) => (Buffer.isBuffer(value) ? value : String(value));
  if (!Array.isArray(raw)) return line(raw);
  const [summary, children] = raw as [unknown, unknown];
  return [line(summary), Array.isArray(children) ? children.map(explanationOf) : []];
}

/** Everything after `FT.SEARCH index query` (also after `FT.PROFILE index SEARCH … QUERY query`). */
export function pushSearchOptions(parser: CommandParser, options: FtSearchOptions | undefined): void {
  const flags: Array<[boolean | undefined, string]> = [
    [options?.VERBATIM, 'VERBATIM'],
    [options?.NOSTOPWORDS, 'NOSTOPWORDS'],
    // EXPLAINSCORE is only valid with WITHSCORES, so asking for it sends both.
    [options?.WITHSCORES || options?.EXPLAINSCORE, 'WITHSCORES'],
    [options?.EXPLAINSCORE, 'EXPLAINSCORE'],
    [options?.WITHPAYLOADS, 'WITHPAYLOADS'],
    [options?.WITHSORTKEYS, 'WITHSORTKEYS'],
  ];
  for (const [on, flag] of flags) if (on) parser.push(flag);

  for (const filter of listOf(options?.FILTER)) {
    parser.push('FILTER', filter.field, rangeBound(filter.min), rangeBound(filter.max));
  }
  for (const geo of listOf(options?.GEOFILTER)) {
    parser.push('GEOFILTER', geo.field, geo.lon.toString(), geo.lat.toString(), geo.radius.toString(), geo.unit);
  }
  if (options?.INKEYS !== undefined) {
    // Keys of the keyspace, so they take the keyPrefix; but not routing keys: the command is keyless.
    parser.push('INKEYS');
    parser.pushPrefixedVariadicWithLength(options.INKEYS);
  }
  pushCounted(parser, 'INFIELDS', options?.INFIELDS);
  pushCounted(parser, 'RETURN', options?.RETURN);

  const summarize = options?.SUMMARIZE;
  if (summarize) {
    parser.push('SUMMARIZE');
    if (typeof summarize === 'object') {
      pushCounted(parser, 'FIELDS', summarize.FIELDS);
      if (summarize.FRAGS !== undefined) parser.push('FRAGS', summarize.FRAGS.toString());
      if (summarize.LEN !== undefined) parser.push('LEN', summarize.LEN.toString());
      if (summarize.SEPARATOR !== undefined) parser.push('SEPARATOR', summarize.SEPARATOR);
    }
  }
  const highlight = options?.HIGHLIGHT;
  if (highlight) {
    parser.push('HIGHLIGHT');
    if (typeof highlight === 'object') {
      pushCounted(parser, 'FIELDS', highlight.FIELDS);
      if (highlight.TAGS) parser.push('TAGS', highlight.TAGS.open, highlight.TAGS.close);
    }
  }
  if (options?.SLOP !== undefined) parser.push('SLOP', options.SLOP.toString());
  if (options?.TIMEOUT !== undefined) parser.push('TIMEOUT', options.TIMEOUT.toString());
  if (options?.INORDER) parser.push('INORDER');
  if (options?.LANGUAGE) parser.push('LANGUAGE', options.LANGUAGE);
  if (options?.EXPANDER) parser.push('EXPANDER', options.EXPANDER);
  if (options?.SCORER) parser.push('SCORER', options.SCORER);
  // `!= null`: an empty payload is still a payload.
  if (options?.PAYLOAD != null) parser.push('PAYLOAD', options.PAYLOAD);
  const sortBy = options?.SORTBY;
  if (sortBy) {
    parser.push('SORTBY');
    if (isArgument(sortBy)) parser.push(sortBy);
    else {
      parser.push(sortBy.BY);
      if (sortBy.DIRECTION) parser.push(sortBy.DIRECTION);
    }
  }
  if (options?.LIMIT) parser.push('LIMIT', options.LIMIT.from.toString(), options.LIMIT.size.toString());
  pushParams(parser, options?.PARAMS);
  pushDialect(parser, options?.DIALECT);
  parser.preserve = searchLayout(options);
}

function listOf<T>(value: T | Array<T> | undefined): Array<T> {
  if (!value) return [];
  return Array.isArray(value) ? value : [value];
}

const present = (value: unknown): boolean => value !== null && value !== undefined;

/** RESP2: `[total, id, …]`, each document's parts in the order the layout says they were asked for. */
export function searchReplyFromArray(reply: Array<unknown>, preserve: unknown, typeMapping?: TypeMapping): SearchReply {
  const layout = preserve as Partial<SearchLayout> | undefined;
  const withScores = Boolean(layout?.WITHSCORES) || Boolean(layout?.EXPLAINSCORE);
  const withExplain = Boolean(layout?.EXPLAINSCORE);
  const noContent = Boolean(layout?.NOCONTENT) || (Array.isArray(layout?.RETURN) && layout.RETURN.length === 0);
  const documents: SearchReply['documents'] = [];
  let i = 1;
  while (i < reply.length) {
    const document: Record<string, unknown> = { id: reply[i++] };
    if (withScores) {
      const raw = reply[i++];
      // EXPLAINSCORE sends `[score, explanation]` where the score would be.
      const explained = withExplain && Array.isArray(raw);
      const score = doubleFromText(explained ? raw[0] : raw, typeMapping);
      if (score !== undefined) document.score = score;
      if (explained && raw[1] !== undefined) document.scoreExplain = explanationOf(raw[1]);
    }
    if (layout?.WITHPAYLOADS) {
      const payload = reply[i++];
      if (present(payload)) document.payload = payload;
    }
    if (layout?.WITHSORTKEYS) {
      const sortKey = reply[i++];
      if (present(sortKey)) document.sortKey = sortKey;
    }
    document.value = noContent ? {} : documentFields(reply[i++]);
    documents.push(document as SearchReply['documents'][number]);
  }
  return { total: reply[0] as number, documents, warnings: [] };
}

/** RESP3: a map; an array (a server answering in RESP2's layout) is read as RESP2's. */
export function searchReplyFromMap(reply: unknown, preserve: unknown, typeMapping?: TypeMapping): SearchReply {
  if (Array.isArray(reply)) return searchReplyFromArray(reply, preserve, typeMapping);
  const map = objectOf(reply);
  const documents = valuesOf(lookup(map, ['results', 'documents']) ?? []).map((raw) => {
    const row = objectOf(raw);
    const { id, value } = searchRow(raw);
    const document: Record<string, unknown> = {
      id: String((id as { toString?: () => unknown } | null | undefined)?.toString?.() ?? id ?? ''),
    };
    // RESP3 scores come decoded per the DOUBLE mapping already: kept as they are.
    const score = lookup(row, ['score']);
    if (Array.isArray(score)) {
      if (present(score[0])) document.score = score[0];
      if (score[1] !== undefined) document.scoreExplain = explanationOf(score[1]);
    } else if (present(score)) {
      document.score = score;
    }
    const payload = lookup(row, ['payload']);
    if (present(payload)) document.payload = payload;
    const sortKey = lookup(row, ['sortkey']);
    if (present(sortKey)) document.sortKey = sortKey;
    document.value = value;
    return document as SearchReply['documents'][number];
  });
  return { total: Number(lookup(map, ['total_results', 'total']) ?? 0), documents, warnings: warningsOf(map) };
}

export const SEARCH = {
  // Keyless and read-only: a cluster may send it to a replica.
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, index: RedisArgument, query: RedisArgument, options?: FtSearchOptions) {
    parser.push('FT.SEARCH', index, query);
    pushSearchOptions(parser, options);
  },
  transformReply: {
    2: (reply: Array<unknown>, preserve?: unknown, typeMapping?: TypeMapping): SearchReply =>
      searchReplyFromArray(reply, preserve, typeMapping),
    3: (reply: unknown, preserve?: unknown, typeMapping?: TypeMapping): SearchReply => searchReplyFromMap(reply, preserve, typeMapping),
  },
} as const;

/** FT.SEARCH's options that NOCONTENT leaves without effect (nothing but ids comes back). */
export type FtSearchNoContentOptions = Omit<FtSearchOptions, 'WITHSCORES' | 'EXPLAINSCORE' | 'WITHPAYLOADS' | 'WITHSORTKEYS'>;

export const SEARCH_NOCONTENT = {
  parseCommand(parser: CommandParser, index: RedisArgument, query: RedisArgument, options?: FtSearchNoContentOptions) {
    SEARCH.parseCommand(parser, index, query, options);
    parser.push('NOCONTENT');
    parser.preserve = searchLayout(options, true);
  },
  transformReply: {
    // RESP2: `[total, id, id, …]`.
    2: (reply: Array<unknown>): FtSearchNoContentReply => ({ total: reply[0] as number, documents: reply.slice(1) as Array<string>, warnings: [] }),
    3: (reply: unknown, preserve?: unknown, typeMapping?: TypeMapping): FtSearchNoContentReply => {
      const { total, documents, warnings } = searchReplyFromMap(reply, preserve, typeMapping);
      return { total, documents: documents.map((document) => document.id), warnings };
    },
  },
} as const;
