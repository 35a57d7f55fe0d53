import type { Command, CommandParser } from '@x/modules';
import { isPlainObject, mapLikeEntries, mapLikeValues } from './helpers/map-like';

/** A hot key and its measure. */
export interface HotkeyEntry {
  key: string;
  value: number;
}

/** A range of slots, inclusive. */
export interface HotkeysSlotRange {
  start: number;
  end: number;
}

/** What `HOTKEYS GET` reports, with node-redis's camel-case field names. */
export interface HotkeysGetReply {
  trackingActive: number;
  sampleRatio: number;
  selectedSlots: Array<HotkeysSlotRange>;
  sampledCommandsSelectedSlotsUs?: number;
  allCommandsSelectedSlotsUs?: number;
  allCommandsAllSlotsUs: number;
  netBytesSampledCommandsSelectedSlots?: number;
  netBytesAllCommandsSelectedSlots?: number;
  netBytesAllCommandsAllSlots: number;
  collectionStartTimeUnixMs: number;
  collectionDurationMs: number;
  totalCpuTimeSysMs: number;
  totalCpuTimeUserMs: number;
  totalNetBytes: number;
  byCpuTimeUs?: Array<HotkeyEntry>;
  byNetBytes?: Array<HotkeyEntry>;
}

// The numeric fields: the server's name → node-redis's name.
const NUMBERS: Record<string, keyof HotkeysGetReply> = {
  'tracking-active': 'trackingActive',
  'sample-ratio': 'sampleRatio',
  'sampled-commands-selected-slots-us': 'sampledCommandsSelectedSlotsUs',
  'all-commands-selected-slots-us': 'allCommandsSelectedSlotsUs',
  'all-commands-all-slots-us': 'allCommandsAllSlotsUs',
  'net-bytes-sampled-commands-selected-slots': 'netBytesSampledCommandsSelectedSlots',
  'net-bytes-all-commands-selected-slots': 'netBytesAllCommandsSelectedSlots',
  'net-bytes-all-commands-all-slots': 'netBytesAllCommandsAllSlots',
  'collection-start-time-unix-ms': 'collectionStartTimeUnixMs',
  'collection-duration-ms': 'collectionDurationMs',
  'total-cpu-time-sys-ms': 'totalCpuTimeSysMs',
  'total-cpu-time-user-ms': 'totalCpuTimeUserMs',
  'total-net-bytes': 'totalNetBytes',
};

function slot(value: unknown): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new TypeError(`HOTKEYS GET: expected a slot number, got ${JSON.stringify(value)}`);
  return n;
}

/** A slot range sent as `[start, end]`, `[slot]`, a map with start/end, or one slot. */
function slotRange(range: unknown): HotkeysSlotRange {
  let bounds: Array<unknown>;
  if (Array.isArray(range)) bounds = range;
  else if (range instanceof Map) bounds = [...range.values()];
  else if (isPlainObject(range)) {
    const start = range.start ?? range[0];
    bounds = [start, range.end ?? range[1] ?? start];
  } else {
    const s = slot(range);
    return { start: s, end: s };
  }
  if (bounds.length === 1) {
    const s = slot(bounds[0]);
    return { start: s, end: s };
  }
  return { start: slot(bounds[0]), end: slot(bounds[1]) };
}

function hotkeys(value: unknown): Array<HotkeyEntry> {
  return mapLikeEntries(value).map(([key, measure]) => ({ key, value: Number(measure) }));
}

/**
 * `HOTKEYS GET`: the tracking results, or null when nothing was tracked — the same object whether
 * the server sent a map (RESP3, under any `MAP` mapping) or a flat array (RESP2), numbers as
 * numbers. Redis 8+ (hot-key tracking); not runnable on the 7.0 servers these tests use.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('HOTKEYS', 'GET');
  },
  transformReply: (reply: unknown): HotkeysGetReply | null => {
    if (reply === null) return null;
    const result: Partial<Record<keyof HotkeysGetReply, unknown>> = {};
    for (const [name, value] of mapLikeEntries(reply)) {
      const numeric = NUMBERS[name];
      if (numeric !== undefined) result[numeric] = Number(value);
      else if (name === 'selected-slots') result.selectedSlots = mapLikeValues(value).map(slotRange);
      else if (name === 'by-cpu-time-us') result.byCpuTimeUs = hotkeys(value);
      else if (name === 'by-net-bytes') result.byNetBytes = hotkeys(value);
    }
    return result as HotkeysGetReply;
  },
} as const satisfies Command;
