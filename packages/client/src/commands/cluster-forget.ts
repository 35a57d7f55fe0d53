import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `CLUSTER FORGET node-id`: this node removes another from its view (for a minute); `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, nodeId: RedisArgument) {
    parser.push('CLUSTER', 'FORGET', nodeId);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
