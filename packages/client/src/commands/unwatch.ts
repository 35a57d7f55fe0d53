import type { Command, CommandParser } from '@x/modules';

/** `UNWATCH`: forgets every watched key; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('UNWATCH');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
