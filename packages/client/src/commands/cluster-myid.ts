import type { Command, CommandParser } from '@x/modules';

/** `CLUSTER MYID`: this node's id. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLUSTER', 'MYID');
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
