import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { refusedOption } from './helpers/argument-errors';

/**
 * `ZDIFF numkeys key [key …]`: the members of the first set that are in none of the others. The key
 * count is sent for you. With scores: `zDiffWithScores` (x's earlier `{ WITHSCORES }` is refused).
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument, options?: never) {
    if (options !== undefined) throw refusedOption('ZDIFF', 'WITHSCORES', 'zDiffWithScores');
    parser.push('ZDIFF');
    parser.pushKeysLength(keys);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
