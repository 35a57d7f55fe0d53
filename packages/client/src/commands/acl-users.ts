import type { Command, CommandParser } from '@x/modules';

/** `ACL USERS`: every user name. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('ACL', 'USERS');
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
