import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/**
 * `SRANDMEMBER key count`: up to `count` distinct random members (a negative count allows repeats
 * and returns exactly |count|); an empty array for a missing key.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, count: number) {
    parser.push('SRANDMEMBER');
    parser.pushKey(key);
    parser.push(numberArgument(count, 'SRANDMEMBER count'));
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
