import type { Command, CommandParser, RedisArgument } from '@x/modules';
import type { BlessFlag } from './bless-get';

/**
 * `BLESS SCAN cursor flag [COUNT n]`: one step of a walk over the keys carrying the flag, as
 * `{ cursor, keys }`; the walk ends when the cursor is `'0'` again. Redis 8.12+; not runnable on the 7.0 servers these tests use.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, cursor: RedisArgument, flag: BlessFlag, options?: { COUNT?: number }) {
    parser.push('BLESS', 'SCAN', cursor, flag);
    if (options?.COUNT !== undefined) parser.push('COUNT', String(options.COUNT));
  },
  transformReply: ([cursor, keys]: [string, Array<string>]) => ({ cursor, keys }),
} as const satisfies Command;
