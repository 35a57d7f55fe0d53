import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { setOfStringsReply } from './helpers/set-transform';

/**
 * `SUNION key [key …]`: the members of the union — an array by default, a `Set` under the `SET`
 * type mapping. Every key is recorded.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument) {
    parser.push('SUNION');
    parser.pushKeys(keys);
  },
  transformReply: setOfStringsReply,
} as const satisfies Command;
