import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { setOfStringsReply } from './helpers/set-transform';

/**
 * `SINTER key [key …]`: the members of the intersection — an array by default, a `Set` under the `SET`
 * type mapping. Every key is recorded.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument) {
    parser.push('SINTER');
    parser.pushKeys(keys);
  },
  transformReply: setOfStringsReply,
} as const satisfies Command;
