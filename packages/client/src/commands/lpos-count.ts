import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';
import { pushListPosition, type LPosOptions } from './helpers/list-position';

/**
 * `LPOS key element [RANK rank] [MAXLEN len] COUNT count`: the indexes of up to `count` matches (0:
 * all); an empty array when there is none.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, element: RedisArgument, count: number, options?: LPosOptions) {
    pushListPosition(parser, key, element, options);
    parser.push('COUNT', numberArgument(count, 'LPOS COUNT'));
  },
  transformReply: undefined as unknown as () => Array<number>,
} as const satisfies Command;
