import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `XGROUP DESTROY key group`: 1 when the group was destroyed, 0 when there was none. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, group: RedisArgument) {
    parser.push('XGROUP', 'DESTROY');
    parser.pushKey(key);
    parser.push(group);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
