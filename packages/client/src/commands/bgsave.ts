import type { Command, CommandParser } from '@x/modules';

/** Options of `BGSAVE`. */
export interface BgSaveOptions {
  /** Schedule the save for when a running AOF rewrite ends, instead of failing. */
  SCHEDULE?: boolean;
}

/** `BGSAVE [SCHEDULE]`: starts saving the dataset in the background; the server's status text. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, options?: BgSaveOptions) {
    parser.push('BGSAVE');
    if (options?.SCHEDULE) parser.push('SCHEDULE');
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
