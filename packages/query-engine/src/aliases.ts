// Index aliases: another name a query can use for an index (so an index can be rebuilt under a new
// name and swapped in with FT.ALIASUPDATE).
import type { BlobStringReply, Command, CommandParser, RedisArgument, SetReply, SimpleStringReply } from '@x/modules';

type Ok = () => SimpleStringReply<'OK'>;

/** `FT.ALIASADD alias index` */
export const ALIASADD = {
  parseCommand(parser: CommandParser, alias: RedisArgument, index: RedisArgument) {
    parser.push('FT.ALIASADD', alias, index);
  },
  transformReply: undefined as unknown as Ok,
} as const satisfies Command;

/** `FT.ALIASDEL alias` */
export const ALIASDEL = {
  parseCommand(parser: CommandParser, alias: RedisArgument) {
    parser.push('FT.ALIASDEL', alias);
  },
  transformReply: undefined as unknown as Ok,
} as const satisfies Command;

/** `FT.ALIASUPDATE alias index`: points the alias at `index` (adding it if it doesn't exist). */
export const ALIASUPDATE = {
  parseCommand(parser: CommandParser, alias: RedisArgument, index: RedisArgument) {
    parser.push('FT.ALIASUPDATE', alias, index);
  },
  transformReply: undefined as unknown as Ok,
} as const satisfies Command;

/** `FT.ALIASLIST index`: the index's aliases (a set under RESP3). */
export const ALIASLIST = {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, index: RedisArgument) {
    parser.push('FT.ALIASLIST', index);
  },
  transformReply: {
    2: undefined as unknown as () => Array<BlobStringReply>,
    3: undefined as unknown as () => SetReply<BlobStringReply>,
  },
} as const satisfies Command;
