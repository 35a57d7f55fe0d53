import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { integerLike } from './helpers/argument-errors';

/** Options of `XSETID`. */
export interface XSetIdOptions {
  /** The stream's `entries-added` counter. */
  ENTRIESADDED?: number;
  /** The stream's `max-deleted-entry-id`. */
  MAXDELETEDID?: RedisArgument;
}

/** `XSETID key last-id [ENTRIESADDED n] [MAXDELETEDID id]`: `'OK'`. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, lastId: RedisArgument, options?: XSetIdOptions) {
    parser.push('XSETID');
    parser.pushKey(key);
    parser.push(lastId);
    if (options?.ENTRIESADDED !== undefined) parser.push('ENTRIESADDED', integerLike('XSETID', 'options.ENTRIESADDED', options.ENTRIESADDED));
    if (options?.MAXDELETEDID) parser.push('MAXDELETEDID', options.MAXDELETEDID);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
