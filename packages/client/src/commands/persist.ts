import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `PERSIST key`: 1 if the timeout was removed, 0 if there was none (or no key). */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('PERSIST');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
