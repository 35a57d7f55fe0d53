import type { Command, CommandParser, RedisArgument } from '@x/modules';

/**
 * `PUBLISH channel message`: the number of clients that received it (on this node). A cluster
 * forwards it to every node itself, so it may be sent to any node.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  IS_FORWARD_COMMAND: true,
  parseCommand(parser: CommandParser, channel: RedisArgument, message: RedisArgument) {
    parser.push('PUBLISH', channel, message);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
