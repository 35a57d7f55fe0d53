import type { Command, CommandParser } from '@x/modules';

/** `LASTSAVE`: the Unix time (seconds) of the last successful save to disk. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('LASTSAVE');
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
