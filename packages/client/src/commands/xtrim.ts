import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** Options of `XTRIM`. */
export interface XTrimOptions {
  /** `'~'`: trim approximately (faster); `'='`: exactly. */
  strategyModifier?: '=' | '~';
  /** With `'~'`: the most entries evicted in one call. */
  LIMIT?: number;
}

/**
 * `XTRIM key MAXLEN | MINID [= | ~] threshold [LIMIT count]`: the number of entries deleted.
 * `threshold` is a length for `MAXLEN`, an ID for `MINID`.
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
    parser.push(typeof threshold === 'number' ? String(threshold) : threshold);
    if (options?.LIMIT !== undefined) parser.push('LIMIT', String(options.LIMIT));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
