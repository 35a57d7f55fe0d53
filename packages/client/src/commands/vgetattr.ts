import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `VGETATTR key element`: the element's JSON attributes, parsed, or null. Redis 8.0+ (vector sets); not runnable on the 7.0 servers these tests use. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, element: RedisArgument) {
    parser.push('VGETATTR');
    parser.pushKey(key);
    parser.push(element);
  },
  transformReply: (reply: string | Buffer | null): unknown => (reply === null ? null : JSON.parse(String(reply))),
} as const satisfies Command;
