import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { integerLike } from './helpers/argument-errors';

/** Options of `XCFGSET`. */
export interface XCfgSetOptions {
  /** How long (seconds) idempotency IDs are kept (`IDMP-DURATION`). */
  IDMP_DURATION?: number;
  /** How many idempotency IDs are kept per producer (`IDMP-MAXSIZE`). */
  IDMP_MAXSIZE?: number;
}

/**
 * `XCFGSET key [IDMP-DURATION seconds] [IDMP-MAXSIZE n]`: sets a stream's idempotency settings; `'OK'`.
 * Redis 8.6+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, options?: XCfgSetOptions) {
    parser.push('XCFGSET');
    parser.pushKey(key);
    if (options?.IDMP_DURATION !== undefined) parser.push('IDMP-DURATION', integerLike('XCFGSET', 'options.IDMP_DURATION', options.IDMP_DURATION));
    if (options?.IDMP_MAXSIZE !== undefined) parser.push('IDMP-MAXSIZE', integerLike('XCFGSET', 'options.IDMP_MAXSIZE', options.IDMP_MAXSIZE));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
