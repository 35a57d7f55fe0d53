import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `XGROUP DELCONSUMER key group consumer`: the number of entries the consumer still had pending. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, group: RedisArgument, consumer: RedisArgument) {
    parser.push('XGROUP', 'DELCONSUMER');
    parser.pushKey(key);
    parser.push(group, consumer);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
