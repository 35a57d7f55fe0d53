import type { Command, CommandParser, RedisArgument, RedisVariadicArgument, TypeMapping } from '@x/modules';
import { transformNullableDoubleReply } from './helpers/double';

/** `ZMSCORE key member [member …]`: each member's score (a number), or null where it is not there. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, members: RedisVariadicArgument) {
    parser.push('ZMSCORE');
    parser.pushKey(key);
    parser.pushVariadic(members);
  },
  transformReply: {
    2: (reply: ReadonlyArray<unknown>, _preserve?: unknown, typeMapping?: TypeMapping) =>
      reply.map((score) => transformNullableDoubleReply(score, typeMapping)),
    3: undefined as unknown as () => Array<number | null>,
  },
} as const satisfies Command;
