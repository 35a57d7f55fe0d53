import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { invalidArgument } from './helpers/argument-errors';
import { zPopReply } from './helpers/sorted-set-pop';

/**
 * `ZPOPMAX key`: the member with the highest score as `{ value, score }`, or null when the set is
 * empty or missing. For several members use `zPopMaxCount` (x's earlier `count` argument is
 * refused: it changes the reply).
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, count?: never) {
    // x's earlier generated signature took a count here; it is refused rather than ignored.
    if (count !== undefined) throw invalidArgument('ZPOPMAX', 'count', 'absent (use zPopMaxCount)', count);
    parser.push('ZPOPMAX');
    parser.pushKey(key);
  },
  transformReply: zPopReply,
} as const satisfies Command;
