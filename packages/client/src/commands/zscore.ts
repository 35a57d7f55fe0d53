import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import { transformNullableDoubleReply } from './helpers/double';

/**
 * `ZSCORE key member`: the score as a number (RESP2's string parsed, `inf` included; kept as decoded
 * under a `DOUBLE: String` mapping), or null.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, member: RedisArgument) {
    parser.push('ZSCORE');
    parser.pushKey(key);
    parser.push(member);
  },
  transformReply: {
    2: (reply: unknown, _preserve?: unknown, typeMapping?: TypeMapping) => transformNullableDoubleReply(reply, typeMapping),
    3: undefined as unknown as () => number | null,
  },
} as const satisfies Command;
