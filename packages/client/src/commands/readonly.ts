import type { Command, CommandParser } from '@x/modules';

/** `READONLY`: this connection may read from a replica's slots; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('READONLY');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
