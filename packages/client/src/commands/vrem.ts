import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { booleanReply } from './helpers/boolean-reply';

/** `VREM key element`: whether the element was removed. Redis 8.0+ (vector sets); not runnable on the 7.0 servers these tests use. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, element: RedisArgument) {
    parser.push('VREM');
    parser.pushKey(key);
    parser.push(element);
  },
  transformReply: booleanReply,
} as const satisfies Command;
