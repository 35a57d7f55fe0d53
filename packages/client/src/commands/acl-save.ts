import type { Command, CommandParser } from '@x/modules';

/** `ACL SAVE`: writes the users to the configured ACL file; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('ACL', 'SAVE');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
