import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { pushListPopArguments, type LMPopOptions, type LMPopReply } from './helpers/list-pop';
import type { ListSide } from './helpers/list-side';

/**
 * `LMPOP numkeys key [key …] LEFT|RIGHT [COUNT count]`: pops up to `COUNT` elements from the first
 * non-empty list: `[key, elements]`, or null when every list is empty. `numkeys` is counted for you.
 */
export default {
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument, side: ListSide, options?: LMPopOptions) {
    parser.push('LMPOP');
    pushListPopArguments(parser, 'LMPOP', keys, side, options);
  },
  transformReply: undefined as unknown as () => LMPopReply,
} as const satisfies Command;
