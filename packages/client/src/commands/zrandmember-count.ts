import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { integerLike } from './helpers/argument-errors';

/**
 * `ZRANDMEMBER key count`: up to `count` distinct random members (a negative count: exactly
 * `-count`, repeats allowed).
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, count: number) {
    parser.push('ZRANDMEMBER');
    parser.pushKey(key);
    parser.push(integerLike('ZRANDMEMBER', 'count', count));
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
