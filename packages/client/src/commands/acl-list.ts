import type { Command, CommandParser } from '@x/modules';

/** `ACL LIST`: every user's rules, one line each (as in an ACL file). */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('ACL', 'LIST');
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
