import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import { pushSortedSetMembers } from './helpers/sorted-set';
import type { ZMember } from './zadd';
import { nullableDoubleReply } from './helpers/type-mapped-numbers';

/** Options of `ZADD … INCR`. */
export interface ZAddIncrOptions {
  /** Only add new members (`NX`) / only update existing ones (`XX`). */
  condition?: 'NX' | 'XX';
  /** Only update when the new score is lower (`LT`) / greater (`GT`). */
  comparison?: 'LT' | 'GT';
  /** Count changed members too. */
  CH?: boolean;
}

/**
 * `ZADD key [NX | XX] [GT | LT] [CH] INCR increment member`: the member's new score, or null when a
 * condition stopped the update. `members` is the one `{ score: increment, value }` to increment.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, members: ZMember | Array<ZMember>, options?: ZAddIncrOptions) {
    parser.push('ZADD');
    parser.pushKey(key);
    if (options?.condition) parser.push(options.condition);
    if (options?.comparison) parser.push(options.comparison);
    if (options?.CH) parser.push('CH');
    parser.push('INCR');
    pushSortedSetMembers(parser, 'ZADD INCR', members);
  },
  transformReply: {
    2: (reply: unknown, _preserve?: unknown, typeMapping?: TypeMapping) => nullableDoubleReply(reply, typeMapping) as number | null,
    3: undefined as unknown as () => number | null,
  },
} as const satisfies Command;
