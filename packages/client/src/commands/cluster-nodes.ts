import type { Command, CommandParser } from '@x/modules';

/** `CLUSTER NODES`: the cluster's configuration as this node sees it, one line per node. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLUSTER', 'NODES');
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
