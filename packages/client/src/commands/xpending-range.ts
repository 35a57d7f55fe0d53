import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { integerLike } from './helpers/argument-errors';

/** Options of `XPENDING … start end count`. */
export interface XPendingRangeOptions {
  /** Only entries idle for at least this many milliseconds. */
  IDLE?: number;
  /** Only this consumer's entries. */
  consumer?: RedisArgument;
}

/** One pending entry. */
export interface XPendingRangeEntry {
  id: string;
  consumer: string;
  millisecondsSinceLastDelivery: number;
  deliveriesCounter: number;
}

/**
 * `XPENDING key group [IDLE ms] start end count [consumer]`: the pending entries in the range,
 * `[{ id, consumer, millisecondsSinceLastDelivery, deliveriesCounter }]`.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    group: RedisArgument,
    start: RedisArgument,
    end: RedisArgument,
    count: number,
    options?: XPendingRangeOptions,
  ) {
    parser.push('XPENDING');
    parser.pushKey(key);
    parser.push(group);
    if (options?.IDLE !== undefined) parser.push('IDLE', integerLike('XPENDING', 'options.IDLE', options.IDLE));
    parser.push(start, end, integerLike('XPENDING', 'count', count));
    if (options?.consumer !== undefined) parser.push(options.consumer);
  },
  transformReply: (reply: Array<[string, string, number, number]>): Array<XPendingRangeEntry> =>
    reply.map(([id, consumer, millisecondsSinceLastDelivery, deliveriesCounter]) => ({
      id,
      consumer,
      millisecondsSinceLastDelivery,
      deliveriesCounter,
    })),
} as const satisfies Command;
