import type { Command, CommandParser } from '@x/modules';

/** `CLIENT UNPAUSE`: ends a `CLIENT PAUSE`; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLIENT', 'UNPAUSE');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
