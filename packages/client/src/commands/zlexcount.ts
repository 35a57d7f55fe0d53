import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `ZLEXCOUNT key min max`: the number of members between two lexicographic bounds (`'[a'`, `'(b'`, `'-'`, `'+'`). */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, min: RedisArgument, max: RedisArgument) {
    parser.push('ZLEXCOUNT');
    parser.pushKey(key);
    parser.push(min, max);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
