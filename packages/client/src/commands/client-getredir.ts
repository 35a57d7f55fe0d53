import type { Command, CommandParser } from '@x/modules';

/** `CLIENT GETREDIR`: the client id tracking notifications are redirected to (0: none, -1: not tracking). */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLIENT', 'GETREDIR');
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
