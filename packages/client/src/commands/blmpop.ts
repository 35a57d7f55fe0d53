import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';
import { pushListPopArguments, type LMPopOptions, type LMPopReply } from './helpers/list-pop';
import type { ListSide } from './helpers/list-side';

/**
 * `BLMPOP timeout numkeys key [key …] LEFT|RIGHT [COUNT count]`: waits up to `timeout` seconds (0:
 * forever) for an element, then pops up to `COUNT` from the first non-empty list: `[key, elements]`,
 * or null on timeout.
 */
export default {
  parseCommand(parser: CommandParser, timeout: number, keys: RedisVariadicArgument, side: ListSide, options?: LMPopOptions) {
    parser.push('BLMPOP', numberArgument(timeout, 'BLMPOP timeout'));
    pushListPopArguments(parser, 'BLMPOP', keys, side, options);
  },
  transformReply: undefined as unknown as () => LMPopReply,
} as const satisfies Command;
