import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `XGROUP CREATECONSUMER key group consumer`: 1 when the consumer was created, 0 when it existed. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, group: RedisArgument, consumer: RedisArgument) {
    parser.push('XGROUP', 'CREATECONSUMER');
    parser.pushKey(key);
    parser.push(group, consumer);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
