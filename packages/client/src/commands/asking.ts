import type { Command, CommandParser } from '@x/modules';

/** `ASKING`: the next command may be served for a slot this node is importing; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('ASKING');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
