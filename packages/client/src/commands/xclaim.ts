import type { Command, CommandParser, RedisArgument, RedisVariadicArgument, TypeMapping } from '@x/modules';
import { integerLike, refusedOption } from './helpers/argument-errors';
import { transformNullableStreamMessage, type StreamMessageOrDeleted } from './helpers/streams';

/** Options of `XCLAIM`. */
export interface XClaimOptions {
  /** Set the idle time (ms) of the claimed entries. */
  IDLE?: number;
  /** Set the last delivery time (a Unix time in ms, or a Date). */
  TIME?: number | Date;
  /** Set the delivery counter. */
  RETRYCOUNT?: number;
  /** Claim even IDs that are not pending (they are added to the pending list). */
  FORCE?: boolean;
  /** Set the group's last delivered ID. */
  LASTID?: RedisArgument;
}

/** Pushes `XCLAIM key group consumer min-idle-time id [id …] [IDLE ms] [TIME ms] [RETRYCOUNT n] [FORCE] [LASTID id]`. */
export function pushXClaimArguments(
  parser: CommandParser,
  key: RedisArgument,
  group: RedisArgument,
  consumer: RedisArgument,
  minIdleTime: number | RedisArgument,
  ids: RedisVariadicArgument,
  options: XClaimOptions | undefined,
): void {
  parser.push('XCLAIM');
  parser.pushKey(key);
  parser.push(group, consumer, integerLike('XCLAIM', 'minIdleTime', minIdleTime));
  parser.pushVariadic(ids);
  if (options?.IDLE !== undefined) parser.push('IDLE', integerLike('XCLAIM', 'options.IDLE', options.IDLE));
  if (options?.TIME !== undefined) {
    const time = options.TIME instanceof Date ? options.TIME.getTime() : options.TIME;
    parser.push('TIME', integerLike('XCLAIM', 'options.TIME', time));
  }
  if (options?.RETRYCOUNT !== undefined) parser.push('RETRYCOUNT', integerLike('XCLAIM', 'options.RETRYCOUNT', options.RETRYCOUNT));
  if (options?.FORCE) parser.push('FORCE');
  if (options?.LASTID !== undefined) parser.push('LASTID', options.LASTID);
}

/**
 * `XCLAIM key group consumer min-idle-time id [id …] [options]`: the entries claimed,
 * `[{ id, message }]` (null for one deleted since). IDs only: `xClaimJustId` (x's earlier
 * `{ JUSTID }` option is refused).
 */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    group: RedisArgument,
    consumer: RedisArgument,
    minIdleTime: number | RedisArgument,
    ids: RedisVariadicArgument,
    options?: XClaimOptions,
  ) {
    if ((options as { JUSTID?: unknown } | undefined)?.JUSTID !== undefined) throw refusedOption('XCLAIM', 'JUSTID', 'xClaimJustId');
    pushXClaimArguments(parser, key, group, consumer, minIdleTime, ids, options);
  },
  transformReply: (reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping): Array<StreamMessageOrDeleted | null> =>
    reply.map((entry) => transformNullableStreamMessage(entry, typeMapping)),
} as const satisfies Command;
