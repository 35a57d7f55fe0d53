import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { pushZMPopArguments, zmPopReply, type SortedSetSide, type ZMPopOptions } from './helpers/sorted-set-pop';

/**
 * `ZMPOP numkeys key [key …] MIN | MAX [COUNT count]`: pops from the first non-empty set:
 * `{ key, members: [{ value, score }] }`, or null when every set is empty. The key count is sent for you.
 */
export default {
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument, side: SortedSetSide, options?: ZMPopOptions) {
    parser.push('ZMPOP');
    pushZMPopArguments(parser, 'ZMPOP', keys, side, options);
  },
  transformReply: zmPopReply,
} as const satisfies Command;
