import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { rangeArgument } from './helpers/double';

/** `ZREMRANGEBYSCORE key min max`: removes the members with a score in the range; how many. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number) {
    parser.push('ZREMRANGEBYSCORE');
    parser.pushKey(key);
    parser.push(rangeArgument(min), rangeArgument(max));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
