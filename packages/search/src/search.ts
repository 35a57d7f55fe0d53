import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { fieldsToRecord, toNumber } from './reply-helpers';
import { pushSearchOptions, refuseNoContentExtras, searchShape, type SearchOptions, type SearchShape } from './search-options';

/** One document found. `score` and `payload` are there when asked for (`WITHSCORES`, `WITHPAYLOADS`). */
export interface SearchDocument {
  id: string;
  score?: number;
  payload?: string | null;
  /** The document's fields (`{}` for a document indexed with `NOSAVE`, or with `RETURN: []`). */
  value: Record<string, string>;
}

/** `total` counts every match; `documents` is the page `LIMIT` asked for (10 by default). */
export interface SearchReply {
  total: number;
  documents: Array<SearchDocument>;
}

/** `FT.SEARCH … NOCONTENT`: the ids only. */
export interface SearchNoContentReply {
  total: number;
  documents: Array<string>;
}

const DEFAULT_SHAPE: SearchShape = { withScores: false, withPayloads: false, withFields: true };

function isShape(value: unknown): value is SearchShape {
  return typeof value === 'object' && value !== null && 'withScores' in value;
}

/**
 * `[total, id, (score), (payload), [field, value, …], id, …]` → `{ total, documents }`. Which extras
 * follow each id is what the request asked for (kept by `parseCommand` as `preserve`).
 */
export function transformSearchReply(reply: Array<unknown>, preserve?: unknown): SearchReply {
  const shape = isShape(preserve) ? preserve : DEFAULT_SHAPE;
  const documents: Array<SearchDocument> = [];
  let i = 1;
  while (i < reply.length) {
    const document: SearchDocument = { id: reply[i++] as string, value: {} };
    if (shape.withScores) document.score = toNumber(reply[i++]);
    if (shape.withPayloads) document.payload = (reply[i++] ?? null) as string | null;
    if (shape.withFields !== false) document.value = fieldsToRecord(reply[i++]) as Record<string, string>;
    documents.push(document);
  }
  return { total: toNumber(reply[0]), documents };
}

/**
 * `FT.SEARCH index query [options]`: `ft.search('idx', '@title:hello', { LIMIT: { from: 0, size: 20 } })`.
 * Resolves with the total and the documents with their fields (strings, or Buffers under a Buffer
 * type mapping).
 *
 * Not marked read-only, although Redis flags it so: on a cluster replica RediSearch 1.2 finds the
 * ids but returns every document without its fields (measured on Redis 7.0.15), so a cluster with
 * `useReplicas` must keep it on the index's master. `searchNoContent`, `get` and `info` are right
 * on a replica and are read-only.
 */
export const SEARCH = {
  parseCommand(parser: CommandParser, index: RedisArgument, query: RedisArgument, options?: SearchOptions) {
    parser.push('FT.SEARCH');
    parser.pushKey(index);
    parser.push(query);
    pushSearchOptions(parser, options);
    parser.setPreserve(searchShape(options));
  },
  transformReply: transformSearchReply,
} as const satisfies Command;

/** `FT.SEARCH index query NOCONTENT [options]`: the ids of the matching documents, without fields. */
export const SEARCH_NOCONTENT = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, index: RedisArgument, query: RedisArgument, options?: Omit<SearchOptions, 'WITHSCORES' | 'WITHPAYLOADS' | 'RETURN'>) {
    refuseNoContentExtras(options);
    parser.push('FT.SEARCH');
    parser.pushKey(index);
    parser.push(query, 'NOCONTENT');
    pushSearchOptions(parser, options);
  },
  transformReply: (reply: Array<unknown>): SearchNoContentReply => ({
    total: toNumber(reply[0]),
    documents: reply.slice(1) as Array<string>,
  }),
} as const satisfies Command;
