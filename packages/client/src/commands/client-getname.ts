import type { Command, CommandParser } from '@x/modules';

/** `CLIENT GETNAME`: this connection's name, or null. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLIENT', 'GETNAME');
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
