import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `LPOP key`: removes and returns the first element, or null when the list is empty. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('LPOP');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
