import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { refusedOption } from './helpers/argument-errors';

/**
 * `ZRANDMEMBER key`: one random member, or null when the set is empty or missing. For several use
 * `zRandMemberCount` / `zRandMemberCountWithScores` (x's earlier `{ count, WITHSCORES }` options
 * are refused: they change the reply).
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, options?: never) {
    if (options !== undefined) throw refusedOption('ZRANDMEMBER', '{ count, WITHSCORES }', 'zRandMemberCount or zRandMemberCountWithScores');
    parser.push('ZRANDMEMBER');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
