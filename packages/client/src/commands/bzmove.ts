import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { doubleLike, integerLike } from './helpers/argument-errors';
import { movedMembersReply, type ZMoveOptions } from './helpers/sorted-set-move';

/**
 * `BZMOVE source destination MIN | MAX timeout [COUNT count]`: waits up to `timeout` seconds for
 * members to move; `[{ value, score }]`, or null on timeout. Redis 8.x; not runnable on the 7.0
 * servers these tests use.
 */
export default {
  parseCommand(parser: CommandParser, source: RedisArgument, destination: RedisArgument, side: 'MIN' | 'MAX', timeout: number, options?: ZMoveOptions) {
    parser.push('BZMOVE');
    parser.pushKey(source);
    parser.pushKey(destination);
    parser.push(side, doubleLike('BZMOVE', 'timeout', timeout));
    if (options?.COUNT !== undefined) parser.push('COUNT', integerLike('BZMOVE', 'options.COUNT', options.COUNT));
  },
  transformReply: movedMembersReply,
} as const satisfies Command;
