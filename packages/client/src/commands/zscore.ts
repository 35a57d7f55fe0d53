import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import { nullableDoubleReply } from './helpers/type-mapped-numbers';

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
    2: (reply: unknown, _preserve?: unknown, typeMapping?: TypeMapping) => nullableDoubleReply(reply, typeMapping) as number | null,
    3: undefined as unknown as () => number | null,
  },
} as const satisfies Command;
