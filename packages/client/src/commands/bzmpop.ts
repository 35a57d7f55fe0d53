import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { doubleLike } from './helpers/argument-errors';
import { pushZMPopArguments, zmPopReply, type SortedSetSide, type ZMPopOptions } from './helpers/sorted-set-pop';

/**
 * `BZMPOP timeout numkeys key [key …] MIN | MAX [COUNT count]`: waits up to `timeout` seconds (0:
 * forever) for a non-empty set and pops from it: `{ key, members: [{ value, score }] }`, or null on timeout.
 */
export default {
  parseCommand(parser: CommandParser, timeout: number, keys: RedisVariadicArgument, side: SortedSetSide, options?: ZMPopOptions) {
    parser.push('BZMPOP', doubleLike('BZMPOP', 'timeout', timeout));
    pushZMPopArguments(parser, 'BZMPOP', keys, side, options);
  },
  transformReply: zmPopReply,
} as const satisfies Command;
