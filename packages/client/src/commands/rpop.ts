import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `RPOP key`: removes and returns the last element, or null when the list is empty. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('RPOP');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
