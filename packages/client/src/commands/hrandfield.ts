import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/**
 * x's earlier options of `hRandField`.
 * @deprecated Use `hRandFieldCount(key, count)` or `hRandFieldCountWithValues(key, count)`, node-redis's methods.
 */
export type HRandFieldOptions = { count: number; WITHVALUES?: boolean } | { count?: never; WITHVALUES?: never };

/**
 * `HRANDFIELD key`: a random field, or null for a missing key.
 *
 * x's earlier form `hRandField(key, { count, WITHVALUES })` still sends `HRANDFIELD key count
 * [WITHVALUES]` and resolves with the reply as decoded (an array; typed here as node-redis's
 * one-field reply) — use `hRandFieldCount`/`hRandFieldCountWithValues` instead.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, options?: HRandFieldOptions) {
    parser.push('HRANDFIELD');
    parser.pushKey(key);
    if (options?.count !== undefined) {
      parser.push(numberArgument(options.count, 'HRANDFIELD count'));
      if (options.WITHVALUES === true) parser.push('WITHVALUES');
    }
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
