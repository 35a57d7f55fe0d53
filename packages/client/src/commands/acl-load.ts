import type { Command, CommandParser } from '@x/modules';

/** `ACL LOAD`: reloads the users from the configured ACL file; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('ACL', 'LOAD');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
