import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { doubleArgument, parseDouble } from './helpers/double';

/** `ZINCRBY key increment member`: the new score as a number. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, increment: number, member: RedisArgument) {
    parser.push('ZINCRBY');
    parser.pushKey(key);
    parser.push(doubleArgument(increment), member);
  },
  transformReply: {
    2: parseDouble,
    3: undefined as unknown as () => number,
  },
} as const satisfies Command;
