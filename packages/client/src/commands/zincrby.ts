import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import { doubleLike } from './helpers/argument-errors';
import { doubleReply } from './helpers/type-mapped-numbers';

/** `ZINCRBY key increment member`: the new score as a number (as decoded under a `DOUBLE: String` mapping). */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, increment: number, member: RedisArgument) {
    parser.push('ZINCRBY');
    parser.pushKey(key);
    parser.push(doubleLike('ZINCRBY', 'increment', increment), member);
  },
  transformReply: {
    2: (reply: unknown, _preserve?: unknown, typeMapping?: TypeMapping) => doubleReply(reply, typeMapping) as number,
    3: undefined as unknown as () => number,
  },
} as const satisfies Command;
