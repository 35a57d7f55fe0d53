import type { Command, CommandParser, RedisArgument } from '@x/modules';
import type { BlessFlag } from './bless-get';

/** `BLESS SET key flag`: sets a bless flag on the key; whether it changed (1) or not (0). Redis 8.12+; not runnable on the 7.0 servers these tests use. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, flag: BlessFlag) {
    parser.push('BLESS', 'SET');
    parser.pushKey(key);
    parser.push(flag);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
