import type { Command, CommandParser } from '@x/modules';
import { pushSlotRanges, type SlotRange } from './helpers/slot-ranges';

/**
 * `CLUSTER DELSLOTSRANGE start end [start end …]`: this node forgets these slot ranges; `'OK'`. Ranges as
 * node-redis gives them (`{ start, end }`) or as x's earlier form (`{ startSlot, endSlot }`).
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, ranges: SlotRange | Array<SlotRange>) {
    parser.push('CLUSTER', 'DELSLOTSRANGE');
    pushSlotRanges(parser, ranges, 'CLUSTER DELSLOTSRANGE');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
