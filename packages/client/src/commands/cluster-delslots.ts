import type { Command, CommandParser } from '@x/modules';

/** `CLUSTER DELSLOTS slot [slot …]`: this node forgets these slots; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, slots: number | Array<number>) {
    parser.push('CLUSTER', 'DELSLOTS');
    parser.pushVariadicNumber(slots);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
