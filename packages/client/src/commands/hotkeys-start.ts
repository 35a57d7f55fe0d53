import type { Command, CommandParser } from '@x/modules';

/** What `HOTKEYS` measures (node-redis's `HOTKEYS_METRICS`). */
export const HOTKEYS_METRICS = { CPU: 'CPU', NET: 'NET' } as const;

/** Options of `HOTKEYS START`. */
export interface HotkeysStartOptions {
  /** How many metrics follow, and which: CPU time, network bytes. */
  METRICS: { count: number; CPU?: boolean; NET?: boolean };
  /** How many keys to keep per metric. */
  COUNT?: number;
  /** Stop by itself after this many seconds. */
  DURATION?: number;
  /** Sample one command in this many. */
  SAMPLE?: number;
  /** Only keys of these slots (`count` of them). */
  SLOTS?: { count: number; slots: Array<number> };
}

/** `HOTKEYS START METRICS n [CPU] [NET] [COUNT k] [DURATION s] [SAMPLE r] [SLOTS n slot …]`: starts tracking hot keys; `'OK'`. Redis 8+ (hot-key tracking); not runnable on the 7.0 servers these tests use. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, options: HotkeysStartOptions) {
    if (options?.METRICS === undefined) throw new TypeError('HOTKEYS START: `METRICS` is required');
    parser.push('HOTKEYS', 'START', 'METRICS', String(options.METRICS.count));
    if (options.METRICS.CPU) parser.push('CPU');
    if (options.METRICS.NET) parser.push('NET');
    if (options.COUNT !== undefined) parser.push('COUNT', String(options.COUNT));
    if (options.DURATION !== undefined) parser.push('DURATION', String(options.DURATION));
    if (options.SAMPLE !== undefined) parser.push('SAMPLE', String(options.SAMPLE));
    if (options.SLOTS !== undefined) {
      parser.push('SLOTS', String(options.SLOTS.count));
      for (const slot of options.SLOTS.slots) parser.push(String(slot));
    }
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
