// The index housekeeping commands: listing and dropping indexes, a TAG field's values, a query's
// parse tree, the module's settings, and dropping a cursor. None takes a key.
import type { BlobStringReply, Command, CommandParser, NumberReply, RedisArgument, SetReply, SimpleStringReply } from '@x/modules';

/** `FT._LIST`: every index's name (a set under RESP3). */
export const _LIST = {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('FT._LIST');
  },
  transformReply: {
    2: undefined as unknown as () => Array<BlobStringReply>,
    3: undefined as unknown as () => SetReply<BlobStringReply>,
  },
} as const satisfies Command;

export interface FtDropIndexOptions {
  /** Delete the indexed documents too. */
  DD?: true;
}

/** `FT.DROPINDEX index [DD]`: `'OK'` under RESP2, an integer under RESP3 (as the server answers). */
export const DROPINDEX = {
  parseCommand(parser: CommandParser, index: RedisArgument, options?: FtDropIndexOptions) {
    parser.push('FT.DROPINDEX', index);
    if (options?.DD) parser.push('DD');
  },
  transformReply: {
    2: undefined as unknown as () => SimpleStringReply<'OK'>,
    3: undefined as unknown as () => NumberReply,
  },
} as const satisfies Command;

/** `FT.TAGVALS index field`: the distinct values of a TAG field (a set under RESP3). */
export const TAGVALS = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, index: RedisArgument, fieldName: RedisArgument) {
    parser.push('FT.TAGVALS', index, fieldName);
  },
  transformReply: {
    2: undefined as unknown as () => Array<BlobStringReply>,
    3: undefined as unknown as () => SetReply<BlobStringReply>,
  },
} as const satisfies Command;

export interface FtExplainCLIOptions {
  DIALECT?: number;
}

/** node-redis's query dialect when none is given (the server's own default is 1). */
const DEFAULT_DIALECT = '2';

/** `FT.EXPLAINCLI index query DIALECT n`: the query's execution plan, one line per element. */
export const EXPLAINCLI = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, index: RedisArgument, query: RedisArgument, options?: FtExplainCLIOptions) {
    parser.push('FT.EXPLAINCLI', index, query, 'DIALECT', options?.DIALECT ? options.DIALECT.toString() : DEFAULT_DIALECT);
  },
  transformReply: undefined as unknown as () => Array<BlobStringReply>,
} as const satisfies Command;

/** `FT.CONFIG SET option value` */
export const CONFIG_SET = {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, property: RedisArgument, value: RedisArgument) {
    parser.push('FT.CONFIG', 'SET', property, value);
  },
  transformReply: undefined as unknown as () => SimpleStringReply<'OK'>,
} as const satisfies Command;

/** `FT.CURSOR DEL index cursorId`: drops a cursor FT.AGGREGATE … WITHCURSOR left open. */
export const CURSOR_DEL = {
  parseCommand(parser: CommandParser, index: RedisArgument, cursorId: number) {
    parser.push('FT.CURSOR', 'DEL', index, cursorId.toString());
  },
  transformReply: undefined as unknown as () => SimpleStringReply<'OK'>,
} as const satisfies Command;
