import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `PUBSUB SHARDCHANNELS [pattern]`: the active shard channels of this node. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, pattern?: RedisArgument) {
    parser.push('PUBSUB', 'SHARDCHANNELS');
    if (pattern !== undefined) parser.push(pattern);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
