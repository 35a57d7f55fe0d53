import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { integerLike } from './helpers/argument-errors';
import type { StreamDeletionPolicy } from './helpers/stream-deletion';

/** Options of `XTRIM`. */
export interface XTrimOptions {
  /** `'~'`: trim approximately (faster); `'='`: exactly. */
  strategyModifier?: '=' | '~';
  /** With `'~'`: the most entries evicted in one call (Redis refuses it without `'~'`). */
  LIMIT?: number;
  /** Redis 8.2+: what happens to the groups' references to trimmed entries. */
  policy?: StreamDeletionPolicy;
}

/**
 * `XTRIM key MAXLEN | MINID [= | ~] threshold [LIMIT count] [KEEPREF | DELREF | ACKED]`: the number of
 * entries deleted. `threshold` is a length for `MAXLEN`, an ID for `MINID`.
 */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    strategy: 'MAXLEN' | 'MINID',
    threshold: number | RedisArgument,
    options?: XTrimOptions,
  ) {
    parser.push('XTRIM');
    parser.pushKey(key);
    parser.push(strategy);
    if (options?.strategyModifier !== undefined) parser.push(options.strategyModifier);
    parser.push(integerLike('XTRIM', 'threshold', threshold));
    // node-redis drops a LIMIT given without '~'; x sends it and the server says why it refuses it.
    if (options?.LIMIT !== undefined) parser.push('LIMIT', integerLike('XTRIM', 'options.LIMIT', options.LIMIT));
    if (options?.policy) parser.push(options.policy);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
