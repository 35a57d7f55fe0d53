import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { doubleArgument } from './helpers/double';

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

/**
 * `ZADD key [NX | XX] [GT | LT] [CH] score member [score member …]`: the number of members added
 * (with `CH`: added or changed).
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, members: ZMember | Array<ZMember>, options?: ZAddOptions) {
    parser.push('ZADD');
    parser.pushKey(key);
    if (options?.condition !== undefined) parser.push(options.condition);
    else if (options?.NX) parser.push('NX');
    else if (options?.XX) parser.push('XX');
    if (options?.comparison !== undefined) parser.push(options.comparison);
    else if (options?.LT) parser.push('LT');
    else if (options?.GT) parser.push('GT');
    if (options?.CH) parser.push('CH');
    if (Array.isArray(members)) {
      for (const member of members) parser.push(doubleArgument(member.score), member.value);
    } else {
      parser.push(doubleArgument(members.score), members.value);
    }
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
