import type { Command, CommandParser } from '@x/modules';

/** `CLUSTER SAVECONFIG`: writes the node's cluster configuration to its nodes.conf; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLUSTER', 'SAVECONFIG');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
