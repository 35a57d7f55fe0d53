import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { rangeArgument } from './helpers/double';

/** `ZREMRANGEBYLEX key min max`: removes the members between two lexicographic bounds; how many. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number) {
    parser.push('ZREMRANGEBYLEX');
    parser.pushKey(key);
    parser.push(rangeArgument(min), rangeArgument(max));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
