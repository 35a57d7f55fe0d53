import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `ARLASTITEMS key count [REV]`: the last `count` elements written (newest last; first with REV). Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, count: number, options?: { REV?: boolean }) {
    parser.push('ARLASTITEMS');
    parser.pushKey(key);
    parser.push(String(count));
    if (options?.REV) parser.push('REV');
  },
  transformReply: undefined as unknown as () => Array<string | null>,
} as const satisfies Command;
