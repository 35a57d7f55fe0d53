import type { CommandParser, RedisArgument } from '@x/modules';

/** `FILTER field min max`: numeric range, inclusive; `'-inf'`/`'+inf'` or `'(5'` (exclusive) as strings. */
export interface NumericFilter {
  field: string;
  min: number | string;
  max: number | string;
}

/** `GEOFILTER field lon lat radius unit`. */
export interface GeoFilter {
  field: string;
  longitude: number;
  latitude: number;
  radius: number;
  unit: 'm' | 'km' | 'mi' | 'ft';
}

/** The options of `FT.SEARCH` that RediSearch 1.2 has, in its argument order. */
export interface SearchOptions {
  /** Search the query terms as given, without stemming. */
  VERBATIM?: boolean;
  /** Do not drop stop-words from the query. */
  NOSTOPWORDS?: boolean;
  /** Each document comes with its `score`. */
  WITHSCORES?: boolean;
  /** Each document comes with its `payload` (`null` when it has none). */
  WITHPAYLOADS?: boolean;
  FILTER?: NumericFilter | Array<NumericFilter>;
  GEOFILTER?: GeoFilter | Array<GeoFilter>;
  /** Only these documents (ids: keys, like `FT.ADD`'s). */
  INKEYS?: RedisArgument | Array<RedisArgument>;
  /** Match the text only in these fields. */
  INFIELDS?: string | Array<string>;
  /**
   * Return only these fields of each document. `[]` (`RETURN 0`) returns none: RediSearch answers as
   * for `NOCONTENT` (ids, and scores or payloads when asked for), and each document's `value` is `{}`.
   */
  RETURN?: string | Array<string>;
  /** How many words may separate the query terms. */
  SLOP?: number;
  /** The terms must appear in the query's order (with `SLOP`). */
  INORDER?: boolean;
  LANGUAGE?: string;
  EXPANDER?: string;
  SCORER?: string;
  /** A payload handed to the scorer. */
  PAYLOAD?: RedisArgument;
  /** Sort by a `SORTABLE` field. */
  SORTBY?: string | { BY: string; DIRECTION?: 'ASC' | 'DESC' };
  /** Page: skip `from`, return at most `size` (RediSearch's default is 0, 10). */
  LIMIT?: { from: number; size: number };
}

function each<T>(value: T | Array<T>): Array<T> {
  return Array.isArray(value) ? value : [value];
}

/** Pushes `options` after `FT.SEARCH index query [NOCONTENT]`. */
export function pushSearchOptions(parser: CommandParser, options: SearchOptions | undefined): void {
  if (options === undefined) return;
  if (options.VERBATIM) parser.push('VERBATIM');
  if (options.NOSTOPWORDS) parser.push('NOSTOPWORDS');
  if (options.WITHSCORES) parser.push('WITHSCORES');
  if (options.WITHPAYLOADS) parser.push('WITHPAYLOADS');
  if (options.FILTER !== undefined) {
    for (const f of each(options.FILTER)) parser.push('FILTER', f.field, String(f.min), String(f.max));
  }
  if (options.GEOFILTER !== undefined) {
    for (const g of each(options.GEOFILTER)) {
      parser.push('GEOFILTER', g.field, String(g.longitude), String(g.latitude), String(g.radius), g.unit);
    }
  }
  if (options.INKEYS !== undefined) {
    const keys = each(options.INKEYS);
    parser.push('INKEYS', String(keys.length));
    parser.pushKeys(keys);
  }
  if (options.INFIELDS !== undefined) {
    parser.push('INFIELDS');
    parser.pushVariadicWithLength(options.INFIELDS);
  }
  if (options.RETURN !== undefined) {
    parser.push('RETURN');
    parser.pushVariadicWithLength(options.RETURN);
  }
  if (options.SLOP !== undefined) parser.push('SLOP', String(options.SLOP));
  if (options.INORDER) parser.push('INORDER');
  if (options.LANGUAGE !== undefined) parser.push('LANGUAGE', options.LANGUAGE);
  if (options.EXPANDER !== undefined) parser.push('EXPANDER', options.EXPANDER);
  if (options.SCORER !== undefined) parser.push('SCORER', options.SCORER);
  if (options.PAYLOAD !== undefined) parser.push('PAYLOAD', options.PAYLOAD);
  if (options.SORTBY !== undefined) {
    const sort = typeof options.SORTBY === 'string' ? { BY: options.SORTBY } : options.SORTBY;
    parser.push('SORTBY', sort.BY);
    if (sort.DIRECTION !== undefined) parser.push(sort.DIRECTION);
  }
  if (options.LIMIT !== undefined) parser.push('LIMIT', String(options.LIMIT.from), String(options.LIMIT.size));
}

/** What the reply transform needs to know about the request: which extras follow each id. */
export interface SearchShape {
  withScores: boolean;
  withPayloads: boolean;
  /**
   * False for `RETURN 0` (`RETURN: []`): RediSearch 1.2 then answers as for `NOCONTENT`, with no
   * field list after each id (checked on RediSearch 1.2), so the transform must not read one.
   * Absent: true.
   */
  withFields?: boolean;
}

export function searchShape(options: SearchOptions | undefined): SearchShape {
  return {
    // Truthy, as pushSearchOptions decides: what was sent and how the reply is read must agree.
    withScores: Boolean(options?.WITHSCORES),
    withPayloads: Boolean(options?.WITHPAYLOADS),
    withFields: options?.RETURN === undefined || each(options.RETURN).length > 0,
  };
}

/**
 * `NOCONTENT` with `WITHSCORES` or `WITHPAYLOADS` puts a score or payload after each id, which the
 * ids-only reply would take for more ids. The type leaves these options out; a JavaScript caller
 * (or a cast) gets this TypeError, before anything is sent.
 */
export function refuseNoContentExtras(options: object | undefined): void {
  for (const option of ['WITHSCORES', 'WITHPAYLOADS'] as const) {
    if (options !== undefined && Boolean((options as SearchOptions)[option])) {
      throw new TypeError(
        `searchNoContent does not take the ${option} option (what follows each id would be read as another id); use search(index, query, { ${option}: true, RETURN: [] })`,
      );
    }
  }
}
