import type { Command, CommandParser } from '@x/modules';

/** `SWAPDB index1 index2`: swaps two databases (every client sees the swap at once); `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, index1: number, index2: number) {
    parser.push('SWAPDB', String(index1), String(index2));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
