import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import { pushSortedSetMembers } from './helpers/sorted-set';
import { doubleReply } from './helpers/type-mapped-numbers';

/** A member to add and its score. */
export interface ZMember {
  score: number;
  value: RedisArgument;
}

/** Options of `ZADD` (node-redis v5's `condition`/`comparison`, and the flat v4 flags). */
export interface ZAddOptions {
  /** Only add new members (`NX`) / only update existing ones (`XX`). */
  condition?: 'NX' | 'XX';
  /** Only update when the new score is lower (`LT`) / greater (`GT`). */
  comparison?: 'LT' | 'GT';
  /** Prefer `condition: 'NX'`. */
  NX?: boolean;
  /** Prefer `condition: 'XX'`. */
  XX?: boolean;
  /** Prefer `comparison: 'LT'`. */
  LT?: boolean;
  /** Prefer `comparison: 'GT'`. */
  GT?: boolean;
  /** Count changed members too, not only added ones. */
  CH?: boolean;
}

/** Pushes `[NX | XX] [GT | LT] [CH]`. */
export function pushZAddFlags(parser: CommandParser, options: ZAddOptions | undefined): void {
  if (options === undefined) return;
  if (options.condition) parser.push(options.condition);
  else if (options.NX) parser.push('NX');
  else if (options.XX) parser.push('XX');
  if (options.comparison) parser.push(options.comparison);
  else if (options.LT) parser.push('LT');
  else if (options.GT) parser.push('GT');
  if (options.CH) parser.push('CH');
}

/**
 * `ZADD key [NX | XX] [GT | LT] [CH] score member [score member …]`: the number of members added
 * (with `CH`: added or changed). Members are `{ score, value }` objects, one or an array; anything
 * else (a flat `[score, member]` array included) is refused with a TypeError before sending.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, members: ZMember | Array<ZMember>, options?: ZAddOptions) {
    parser.push('ZADD');
    parser.pushKey(key);
    pushZAddFlags(parser, options);
    pushSortedSetMembers(parser, 'ZADD', members);
  },
  // node-redis reads the integer reply through its double transform: a number, or as decoded when
  // the type mapping asks for doubles as strings.
  transformReply: {
    2: (reply: unknown, _preserve?: unknown, typeMapping?: TypeMapping) => doubleReply(reply, typeMapping) as number,
    3: undefined as unknown as () => number,
  },
} as const satisfies Command;
