import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { rangeArgument } from './helpers/double';

/** `ZCOUNT key min max`: the number of members with a score in the range (`'(1'` is exclusive). */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number) {
    parser.push('ZCOUNT');
    parser.pushKey(key);
    parser.push(rangeArgument(min), rangeArgument(max));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
