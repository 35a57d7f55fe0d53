import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `VRANGE key start end [count]`: elements in lexicographic order between two bounds (`[a`, `(a`, `-`, `+`). Redis 8.0+ (vector sets); not runnable on the 7.0 servers these tests use. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, start: RedisArgument, end: RedisArgument, count?: number) {
    parser.push('VRANGE');
    parser.pushKey(key);
    parser.push(start, end);
    if (count !== undefined) parser.push(String(count));
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
