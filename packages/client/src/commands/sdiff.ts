import type { Command, CommandParser, RedisVariadicArgument, SetReply } from '@x/modules';

/**
 * `SDIFF key [key …]`: the members of the first set that are in none of the others — an array
 * (RESP2 always; RESP3 sends a set, an array by default, a `Set` under the `SET` type mapping), as
 * node-redis returns them.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument) {
    parser.push('SDIFF');
    parser.pushKeys(keys);
  },
  transformReply: {
    2: undefined as unknown as () => Array<string>,
    3: undefined as unknown as () => SetReply<string>,
  },
} as const satisfies Command;
