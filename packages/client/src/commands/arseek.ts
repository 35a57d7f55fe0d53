import type { Command, CommandParser, RedisArgument } from '@x/modules';
import type { ArIndex } from './helpers/array-type';

/** `ARSEEK key index`: moves the insertion point of `ARINSERT`; the new position. Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, index: ArIndex) {
    parser.push('ARSEEK');
    parser.pushKey(key);
    parser.push(String(index));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
