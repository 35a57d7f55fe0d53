import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { refusedOption } from './helpers/argument-errors';

/** What `XPENDING key group` returns. */
export interface XPendingReply {
  /** How many entries are pending. */
  pending: number;
  /** The smallest and greatest pending IDs (null when none). */
  firstId: string | null;
  lastId: string | null;
  /** Each consumer with pending entries and how many (null when none). */
  consumers: Array<{ name: string; deliveriesCounter: number }> | null;
}

/**
 * `XPENDING key group`: the summary of the group's pending entries, `{ pending, firstId, lastId,
 * consumers: [{ name, deliveriesCounter }] }`. The entries themselves: `xPendingRange` (x's earlier
 * range options are refused: they change the reply).
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, group: RedisArgument, options?: never) {
    if (options !== undefined) throw refusedOption('XPENDING', '{ start, end, count }', 'xPendingRange');
    parser.push('XPENDING');
    parser.pushKey(key);
    parser.push(group);
  },
  transformReply: (reply: [number, string | null, string | null, Array<[string, unknown]> | null]): XPendingReply => {
    const consumers = reply[3];
    return {
      pending: reply[0],
      firstId: reply[1],
      lastId: reply[2],
      consumers: consumers === null ? null : consumers.map(([name, count]) => ({ name, deliveriesCounter: Number(count) })),
    };
  },
} as const satisfies Command;
