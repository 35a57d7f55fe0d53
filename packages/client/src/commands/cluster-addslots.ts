import type { Command, CommandParser } from '@x/modules';

/** `CLUSTER ADDSLOTS slot [slot …]`: this node serves these slots; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, slots: number | Array<number>) {
    parser.push('CLUSTER', 'ADDSLOTS');
    parser.pushVariadicNumber(slots);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
