import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `CLUSTER COUNT-FAILURE-REPORTS node-id`: how many nodes currently report that node as failing. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, nodeId: RedisArgument) {
    parser.push('CLUSTER', 'COUNT-FAILURE-REPORTS', nodeId);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
