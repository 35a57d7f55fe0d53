import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { parseNullableDouble } from './helpers/double';

/** `ZSCORE key member`: the score as a number (RESP2's string parsed, `inf` included), or null. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, member: RedisArgument) {
    parser.push('ZSCORE');
    parser.pushKey(key);
    parser.push(member);
  },
  transformReply: {
    2: parseNullableDouble,
    3: undefined as unknown as () => number | null,
  },
} as const satisfies Command;
