import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { integerLike } from './helpers/argument-errors';

/** How `XNACK` reports the entries back. */
export type XNackMode = 'SILENT' | 'FAIL' | 'FATAL';

/** Options of `XNACK`. */
export interface XNackOptions {
  /** Set the delivery counter. */
  RETRYCOUNT?: number;
  /** Also for IDs that are not pending. */
  FORCE?: boolean;
}

/**
 * `XNACK key group SILENT | FAIL | FATAL IDS numids id [id …] [RETRYCOUNT n] [FORCE]`: gives pending
 * entries back to the group; how many. Redis 8.x; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, group: RedisArgument, mode: XNackMode, ids: RedisVariadicArgument, options?: XNackOptions) {
    parser.push('XNACK');
    parser.pushKey(key);
    parser.push(group, mode, 'IDS');
    parser.pushVariadicWithLength(ids);
    if (options?.RETRYCOUNT !== undefined) parser.push('RETRYCOUNT', integerLike('XNACK', 'options.RETRYCOUNT', options.RETRYCOUNT));
    if (options?.FORCE) parser.push('FORCE');
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
