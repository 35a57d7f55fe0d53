import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { integerLike } from './helpers/argument-errors';

/** Options of `XGROUP SETID`. */
export interface XGroupSetIdOptions {
  /** The group's `entries-read` counter (for lag tracking). */
  ENTRIESREAD?: number;
}

/** `XGROUP SETID key group id [ENTRIESREAD n]`: `'OK'` (`id` `'$'`: the last entry). */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, group: RedisArgument, id: RedisArgument, options?: XGroupSetIdOptions) {
    parser.push('XGROUP', 'SETID');
    parser.pushKey(key);
    parser.push(group, id);
    if (options?.ENTRIESREAD !== undefined) parser.push('ENTRIESREAD', integerLike('XGROUP SETID', 'options.ENTRIESREAD', options.ENTRIESREAD));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
