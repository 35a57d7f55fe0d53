import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** A document's fields: name → value (numbers are sent as decimal strings). */
export type DocumentFields = Record<string, RedisArgument | number>;

export interface AddOptions {
  /** The document's rank among others, 0 to 1 (default 1). */
  SCORE?: number;
  /** Index the fields without storing the document (it is then returned without fields). */
  NOSAVE?: boolean;
  /** Replace a document of the same id; `'PARTIAL'` updates only the fields given. */
  REPLACE?: boolean | 'PARTIAL';
  /** The stemming language (`'english'` by default). */
  LANGUAGE?: string;
  /** A payload returned with `WITHPAYLOADS` (and handed to custom scorers). */
  PAYLOAD?: RedisArgument;
}

/**
 * `FT.ADD index docId score [options] FIELDS field value …`: `ft.add('idx', '{idx}doc:1', { title: 'hi' })`.
 * RediSearch 1.2 stores the document as a hash named `docId` on the node that holds the index, so
 * the id is a key too: in a cluster, give it the index's hash tag (see the README).
 */
export const ADD = {
  parseCommand(parser: CommandParser, index: RedisArgument, docId: RedisArgument, fields: DocumentFields, options?: AddOptions) {
    parser.push('FT.ADD');
    parser.pushKey(index);
    parser.pushKey(docId);
    parser.push(String(options?.SCORE ?? 1));
    if (options?.NOSAVE) parser.push('NOSAVE');
    if (options?.REPLACE) {
      parser.push('REPLACE');
      if (options.REPLACE === 'PARTIAL') parser.push('PARTIAL');
    }
    if (options?.LANGUAGE !== undefined) parser.push('LANGUAGE', options.LANGUAGE);
    if (options?.PAYLOAD !== undefined) parser.push('PAYLOAD', options.PAYLOAD);
    parser.push('FIELDS');
    for (const [name, value] of Object.entries(fields)) parser.push(name, typeof value === 'number' ? String(value) : value);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
