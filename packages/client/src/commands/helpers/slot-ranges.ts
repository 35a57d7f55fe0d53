import type { CommandParser } from '@x/modules';

/** A range of slots, inclusive: node-redis's `{ start, end }`, or x's earlier `{ startSlot, endSlot }`. */
export type SlotRange = { start: number; end: number } | { startSlot: number; endSlot: number };

function pushRange(parser: CommandParser, range: SlotRange, command: string): void {
  const start = 'start' in range ? range.start : range?.startSlot;
  const end = 'end' in range ? range.end : range?.endSlot;
  if (typeof start !== 'number' || typeof end !== 'number') {
    throw new TypeError(`${command}: each range needs numbers \`start\` and \`end\``);
  }
  parser.push(String(start), String(end));
}

/** Pushes `start end` for one range or each of several. */
export function pushSlotRanges(parser: CommandParser, ranges: SlotRange | Array<SlotRange>, command: string): void {
  if (Array.isArray(ranges)) {
    for (const range of ranges) pushRange(parser, range, command);
  } else {
    pushRange(parser, ranges, command);
  }
}
