import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `ECHO message`: the message. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, message: RedisArgument) {
    parser.push('ECHO', message);
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
