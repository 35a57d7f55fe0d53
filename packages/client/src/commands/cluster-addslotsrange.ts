import type { Command, CommandParser } from '@x/modules';
import { pushSlotRanges, type SlotRange } from './helpers/slot-ranges';

/**
 * `CLUSTER ADDSLOTSRANGE start end [start end …]`: this node serves these slot ranges; `'OK'`. Ranges as
 * node-redis gives them (`{ start, end }`) or as x's earlier form (`{ startSlot, endSlot }`).
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, ranges: SlotRange | Array<SlotRange>) {
    parser.push('CLUSTER', 'ADDSLOTSRANGE');
    pushSlotRanges(parser, ranges, 'CLUSTER ADDSLOTSRANGE');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
