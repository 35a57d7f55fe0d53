import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `SMISMEMBER key member [member …]`: for each member, 1 if it is in the set, else 0. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, members: RedisVariadicArgument) {
    parser.push('SMISMEMBER');
    parser.pushKey(key);
    parser.pushVariadic(members);
  },
  transformReply: undefined as unknown as () => Array<0 | 1>,
} as const satisfies Command;
