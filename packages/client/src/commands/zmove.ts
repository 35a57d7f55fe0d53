import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { integerLike } from './helpers/argument-errors';
import { rangeArgument } from './helpers/double';
import { movedMembersReply, type ZMoveOptions } from './helpers/sorted-set-move';

/** Which members `ZMOVE` moves: the lowest or highest scores, or those with a score in a range. */
export type ZMoveSelection = 'MIN' | 'MAX' | { min: RedisArgument | number; max: RedisArgument | number };

/**
 * `ZMOVE source destination MIN | MAX | BYSCORE min max [COUNT count]`: the members moved with
 * their scores, `[{ value, score }]`, or null. Redis 8.x; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(parser: CommandParser, source: RedisArgument, destination: RedisArgument, selection: ZMoveSelection, options?: ZMoveOptions) {
    parser.push('ZMOVE');
    parser.pushKey(source);
    parser.pushKey(destination);
    if (typeof selection === 'string') parser.push(selection);
    else parser.push('BYSCORE', rangeArgument(selection.min), rangeArgument(selection.max));
    if (options?.COUNT !== undefined) parser.push('COUNT', integerLike('ZMOVE', 'options.COUNT', options.COUNT));
  },
  transformReply: movedMembersReply,
} as const satisfies Command;
