import type { Command, CommandParser } from '@x/modules';

/** `CLUSTER GETKEYSINSLOT slot count`: up to `count` keys of the slot held by this node. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, slot: number, count: number) {
    parser.push('CLUSTER', 'GETKEYSINSLOT', String(slot), String(count));
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
