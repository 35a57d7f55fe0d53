import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `DUMP key`: the value serialized as Redis stores it (what `RESTORE` takes), or null. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('DUMP');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
