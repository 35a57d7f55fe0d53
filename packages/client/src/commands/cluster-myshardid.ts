import type { Command, CommandParser } from '@x/modules';

/** `CLUSTER MYSHARDID`: the id of this node's shard. Redis 7.2+; not runnable on the 7.0 servers these tests use. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLUSTER', 'MYSHARDID');
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
