import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** Trimming applied while adding (`MAXLEN`/`MINID`), node-redis's shape. */
export interface XAddTrimOptions {
  /** Trim by length (`MAXLEN`, default) or by smallest ID kept (`MINID`). */
  strategy?: 'MAXLEN' | 'MINID';
  /** `'~'`: trim approximately (faster); `'='`: exactly. */
  strategyModifier?: '=' | '~';
  /** The length, or the smallest ID kept. */
  threshold: number | RedisArgument;
  /** With `'~'`: the most entries evicted in one call. */
  limit?: number;
}

/** Options of `XADD`. */
export interface XAddOptions {
  TRIM?: XAddTrimOptions;
}

/**
 * `XADD key [MAXLEN | MINID [= | ~] threshold [LIMIT count]] id field value [field value …]`:
 * the ID of the new entry. `id` is usually `'*'` (let the server choose).
 */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    id: RedisArgument,
    message: Record<string, RedisArgument>,
    options?: XAddOptions,
  ) {
    parser.push('XADD');
    parser.pushKey(key);
    const trim = options?.TRIM;
    if (trim !== undefined) {
      parser.push(trim.strategy ?? 'MAXLEN');
      if (trim.strategyModifier !== undefined) parser.push(trim.strategyModifier);
      parser.push(typeof trim.threshold === 'number' ? String(trim.threshold) : trim.threshold);
      if (trim.limit !== undefined) parser.push('LIMIT', String(trim.limit));
    }
    parser.push(id);
    for (const field of Object.keys(message)) parser.push(field, message[field]!);
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
