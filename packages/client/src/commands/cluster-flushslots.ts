import type { Command, CommandParser } from '@x/modules';

/** `CLUSTER FLUSHSLOTS`: this node forgets every slot it serves; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLUSTER', 'FLUSHSLOTS');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
