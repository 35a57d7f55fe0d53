import type { Command, CommandParser, RedisArgument, RedisVariadicArgument, TypeMapping } from '@x/modules';
import { nullableDoubleReply } from './helpers/type-mapped-numbers';

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
      reply.map((score) => (nullableDoubleReply(score, typeMapping) as number | null)),
    3: undefined as unknown as () => Array<number | null>,
  },
} as const satisfies Command;
