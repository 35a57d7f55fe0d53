import type { Command, CommandParser } from '@x/modules';

/** `COMMAND COUNT`: how many commands the server knows. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('COMMAND', 'COUNT');
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
