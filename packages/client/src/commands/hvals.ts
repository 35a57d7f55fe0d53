import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `HVALS key`: the values. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('HVALS');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
