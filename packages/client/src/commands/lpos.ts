import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';
import { pushListPosition, type LPosOptions } from './helpers/list-position';

export type { LPosOptions } from './helpers/list-position';

/**
 * `LPOS key element [RANK rank] [MAXLEN len]`: the index of the first match (of the `RANK`th, from
 * the tail when negative), or null.
 *
 * x's earlier `COUNT` option still sends `COUNT n` (after the others) and resolves with the array
 * of indexes as decoded (typed here as node-redis's one-index reply) — use `lPosCount` instead.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    element: RedisArgument,
    options?: LPosOptions & {
      /** @deprecated x's earlier form: use `lPosCount(key, element, count, options)`, node-redis's method. */
      COUNT?: number;
    },
  ) {
    pushListPosition(parser, key, element, options);
    if (options?.COUNT !== undefined) parser.push('COUNT', numberArgument(options.COUNT, 'LPOS COUNT'));
  },
  transformReply: undefined as unknown as () => number | null,
} as const satisfies Command;
