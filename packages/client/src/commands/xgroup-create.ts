import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** Options of `XGROUP CREATE`. */
export interface XGroupCreateOptions {
  /** Create the stream (empty) if it does not exist. */
  MKSTREAM?: boolean;
  /** The group's `entries-read` counter (for lag tracking). */
  ENTRIESREAD?: number;
}

/** `XGROUP CREATE key group id [MKSTREAM] [ENTRIESREAD n]`: `'OK'` (`id` `'$'`: only new entries). */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, group: RedisArgument, id: RedisArgument, options?: XGroupCreateOptions) {
    parser.push('XGROUP', 'CREATE');
    parser.pushKey(key);
    parser.push(group, id);
    if (options?.MKSTREAM) parser.push('MKSTREAM');
    if (options?.ENTRIESREAD !== undefined) parser.push('ENTRIESREAD', String(options.ENTRIESREAD));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
