import type { Command, CommandParser } from '@x/modules';

/** `ACL WHOAMI`: the user this connection is authenticated as. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('ACL', 'WHOAMI');
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
