import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { booleanReply } from './helpers/boolean-reply';

/** `VSETATTR key element json`: sets the element's JSON attributes (an object is sent as its JSON text); whether the element exists. Redis 8.0+ (vector sets); not runnable on the 7.0 servers these tests use. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, element: RedisArgument, attributes: RedisArgument | Record<string, unknown>) {
    parser.push('VSETATTR');
    parser.pushKey(key);
    parser.push(element);
    parser.push(typeof attributes === 'object' && attributes !== null && !Buffer.isBuffer(attributes) ? JSON.stringify(attributes) : attributes);
  },
  transformReply: booleanReply,
} as const satisfies Command;
