// Word lists kept beside the indexes: custom dictionaries (FT.DICT*, used by FT.SPELLCHECK's
// INCLUDE/EXCLUDE) and an index's synonym groups (FT.SYN*).
import type { BlobStringReply, Command, CommandParser, MapReply, NumberReply, RedisArgument, RedisVariadicArgument, SetReply, SimpleStringReply } from '@x/modules';

/** `FT.DICTADD dict term…`: how many terms were new. */
export const DICTADD = {
  parseCommand(parser: CommandParser, dictionary: RedisArgument, term: RedisVariadicArgument) {
    parser.push('FT.DICTADD', dictionary);
    parser.pushVariadic(term);
  },
  transformReply: undefined as unknown as () => NumberReply,
} as const satisfies Command;

/** `FT.DICTDEL dict term…`: how many terms were there. */
export const DICTDEL = {
  parseCommand(parser: CommandParser, dictionary: RedisArgument, term: RedisVariadicArgument) {
    parser.push('FT.DICTDEL', dictionary);
    parser.pushVariadic(term);
  },
  transformReply: undefined as unknown as () => NumberReply,
} as const satisfies Command;

/** `FT.DICTDUMP dict`: its terms (a set under RESP3). */
export const DICTDUMP = {
  // Keyless but read-only: node-redis marks it so, which lets a cluster send it to a replica.
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, dictionary: RedisArgument) {
    parser.push('FT.DICTDUMP', dictionary);
  },
  transformReply: {
    2: undefined as unknown as () => Array<BlobStringReply>,
    3: undefined as unknown as () => SetReply<BlobStringReply>,
  },
} as const satisfies Command;

export interface FtSynUpdateOptions {
  /** Don't reindex the documents that exist already. */
  SKIPINITIALSCAN?: boolean;
}

/** `FT.SYNUPDATE index group [SKIPINITIALSCAN] term…`: adds the terms to the synonym group. */
export const SYNUPDATE = {
  parseCommand(parser: CommandParser, index: RedisArgument, groupId: RedisArgument, terms: RedisVariadicArgument, options?: FtSynUpdateOptions) {
    parser.push('FT.SYNUPDATE', index, groupId);
    if (options?.SKIPINITIALSCAN) parser.push('SKIPINITIALSCAN');
    parser.pushVariadic(terms);
  },
  transformReply: undefined as unknown as () => SimpleStringReply<'OK'>,
} as const satisfies Command;

/**
 * RESP2's `[term, [group…], …]` as RESP3's map: term → the groups it belongs to. Always a plain
 * object (node-redis builds one whatever the `MAP` type mapping).
 */
function synonymsOf(reply: ReadonlyArray<unknown>): Record<string, Array<BlobStringReply>> {
  const synonyms: Record<string, Array<BlobStringReply>> = {};
  for (let i = 0; i < reply.length; i += 2) {
    synonyms[(reply[i] as { toString(): string }).toString()] = reply[i + 1] as Array<BlobStringReply>;
  }
  return synonyms;
}

/** `FT.SYNDUMP index`: each term and its synonym groups. */
export const SYNDUMP = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, index: RedisArgument) {
    parser.push('FT.SYNDUMP', index);
  },
  transformReply: {
    2: synonymsOf,
    3: undefined as unknown as () => MapReply<string, Array<BlobStringReply>>,
  },
} as const satisfies Command;
