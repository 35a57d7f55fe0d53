import type { Command, CommandParser } from '@x/modules';

/** `PUBSUB NUMPAT`: how many patterns clients of this node are subscribed to. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('PUBSUB', 'NUMPAT');
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
