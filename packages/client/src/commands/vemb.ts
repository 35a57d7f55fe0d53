import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import { doubleReply } from './helpers/double-reply';

/**
 * `VEMB key element`: the element's vector, or null. RESP3 sends doubles; RESP2's strings are read as
 * numbers (kept as sent under a `DOUBLE: String` mapping). Redis 8.0+ (vector sets); not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, element: RedisArgument) {
    parser.push('VEMB');
    parser.pushKey(key);
    parser.push(element);
  },
  transformReply: {
    2: (reply: Array<unknown> | null, _preserve?: unknown, typeMapping?: TypeMapping): Array<number> | null =>
      reply === null ? null : (reply.map((value) => doubleReply(value, typeMapping)) as Array<number>),
    3: undefined as unknown as () => Array<number> | null,
  },
} as const satisfies Command;
