import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `PUBSUB CHANNELS [pattern]`: the active channels (with at least one subscriber) on this node. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, pattern?: RedisArgument) {
    parser.push('PUBSUB', 'CHANNELS');
    if (pattern !== undefined) parser.push(pattern);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
