import type { Command, CommandParser } from '@x/modules';

/** `TIME`: the server's clock as `[unixSeconds, microseconds]` (decimal strings, as sent). */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('TIME');
  },
  transformReply: undefined as unknown as () => [unixTimestamp: string, microseconds: string],
} as const satisfies Command;
