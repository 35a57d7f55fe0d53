import type { Command, CommandParser } from '@x/modules';

/** `CLIENT ID`: this connection's ID. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLIENT', 'ID');
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
