import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `GETDEL key`: the value (or null), deleting the key. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('GETDEL');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
