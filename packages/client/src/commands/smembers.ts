import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { setOfStringsReply } from './helpers/set-transform';

/** `SMEMBERS key`: the members — an array by default, a `Set` under the `SET` type mapping. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('SMEMBERS');
    parser.pushKey(key);
  },
  transformReply: setOfStringsReply,
} as const satisfies Command;
