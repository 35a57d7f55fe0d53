import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `CLUSTER REPLICATE node-id`: this node becomes a replica of that master; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, nodeId: RedisArgument) {
    parser.push('CLUSTER', 'REPLICATE', nodeId);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
