import type { Command, CommandParser } from '@x/modules';

/** `BGREWRITEAOF`: starts rewriting the append-only file in the background; the server's status text. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('BGREWRITEAOF');
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
