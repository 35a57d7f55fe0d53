import type { Command, CommandParser, RedisArgument } from '@x/modules';
import type { BlessFlag } from './bless-get';

/** `BLESS CLEAR key flag`: clears a bless flag from the key; whether it changed (1) or not (0). Redis 8.12+; not runnable on the 7.0 servers these tests use. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, flag: BlessFlag) {
    parser.push('BLESS', 'CLEAR');
    parser.pushKey(key);
    parser.push(flag);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
