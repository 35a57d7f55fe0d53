import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { fieldsToRecord, toNumber } from './reply-helpers';

/** `FT.DROP index [KEEPDOCS]`: deletes the index and, unless `KEEPDOCS`, its documents' hashes. */
export const DROP = {
  parseCommand(parser: CommandParser, index: RedisArgument, options?: { KEEPDOCS?: boolean }) {
    parser.push('FT.DROP');
    parser.pushKey(index);
    if (options?.KEEPDOCS) parser.push('KEEPDOCS');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;

/** One field of an index as `FT.INFO` describes it. */
export interface InfoField {
  type: string;
  /**
   * What follows the type: `['WEIGHT', '5', 'SORTABLE']`, `['SEPARATOR', ',']`… Over RESP3 the
   * weight is a number (RediSearch replies with a double there), over RESP2 a string.
   */
  attributes: Array<string | number>;
}

/** The parts of `FT.INFO` an application uses; the sizes and GC statistics are left out. */
export interface InfoReply {
  indexName: string;
  /** `NOOFFSETS`, `NOFIELDS`, `NOFREQS` as given to `FT.CREATE`. */
  indexOptions: Array<string>;
  fields: Record<string, InfoField>;
  numDocs: number;
  maxDocId: number;
  numTerms: number;
  numRecords: number;
}

function toField(raw: unknown): [string, InfoField] {
  const parts = Array.isArray(raw) ? raw : [];
  // [name, 'type', TYPE, attribute…]
  return [String(parts[0]), { type: parts[2] as string, attributes: parts.slice(3) as Array<string | number> }];
}

/**
 * `[name, value, …]` → {@link InfoReply}. RediSearch 1.2 sends it as a flat array under RESP2 and
 * RESP3 alike. Strings stay as decoded (Buffers under a Buffer type mapping, as the reply type says).
 */
export function transformInfoReply(reply: Array<unknown>): InfoReply {
  const info = fieldsToRecord(reply) as Record<string, unknown>;
  const fields = Array.isArray(info['fields']) ? (info['fields'] as Array<unknown>) : [];
  const options = Array.isArray(info['index_options']) ? (info['index_options'] as Array<unknown>) : [];
  return {
    indexName: info['index_name'] as string,
    indexOptions: options as Array<string>,
    fields: Object.fromEntries(fields.map(toField)),
    numDocs: toNumber(info['num_docs']),
    maxDocId: toNumber(info['max_doc_id']),
    numTerms: toNumber(info['num_terms']),
    numRecords: toNumber(info['num_records']),
  };
}

/** `FT.INFO index`: the index's schema and document counts. Rejects with `Unknown Index name`. */
export const INFO = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, index: RedisArgument) {
    parser.push('FT.INFO');
    parser.pushKey(index);
  },
  transformReply: transformInfoReply,
} as const satisfies Command;
