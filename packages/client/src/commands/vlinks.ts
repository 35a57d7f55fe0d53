import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `VLINKS key element`: the element's neighbours in each layer of the graph, or null. Redis 8.0+ (vector sets); not runnable on the 7.0 servers these tests use. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, element: RedisArgument) {
    parser.push('VLINKS');
    parser.pushKey(key);
    parser.push(element);
  },
  transformReply: undefined as unknown as () => Array<Array<string>> | null,
} as const satisfies Command;
