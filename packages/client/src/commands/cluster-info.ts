import type { Command, CommandParser } from '@x/modules';

/** `CLUSTER INFO`: the cluster's state as `field:value` lines of text. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLUSTER', 'INFO');
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
