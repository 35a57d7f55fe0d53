import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `CLUSTER REPLICAS node-id`: the master's replicas, each as a `CLUSTER NODES` line. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, nodeId: RedisArgument) {
    parser.push('CLUSTER', 'REPLICAS', nodeId);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
