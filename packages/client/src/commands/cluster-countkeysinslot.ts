import type { Command, CommandParser } from '@x/modules';

/** `CLUSTER COUNTKEYSINSLOT slot`: how many keys of the slot this node holds. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, slot: number) {
    parser.push('CLUSTER', 'COUNTKEYSINSLOT', String(slot));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
