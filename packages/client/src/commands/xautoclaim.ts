import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import { integerLike, refusedOption } from './helpers/argument-errors';
import { transformNullableStreamMessage, type StreamMessageOrDeleted } from './helpers/streams';

/** Options of `XAUTOCLAIM`. */
export interface XAutoClaimOptions {
  /** Claim at most this many entries (default 100). */
  COUNT?: number;
}

/** What `XAUTOCLAIM` returns. */
export interface XAutoClaimReply {
  /** Where the next call starts (`'0-0'` when the scan is done). */
  nextId: string;
  /** The entries claimed (null for one deleted since; Redis 7 lists those in `deletedMessages` instead). */
  messages: Array<StreamMessageOrDeleted | null>;
  /** IDs of pending entries that no longer exist (removed from the pending list). */
  deletedMessages: Array<string>;
}

/** Pushes `XAUTOCLAIM key group consumer min-idle-time start [COUNT count]`. */
export function pushXAutoClaimArguments(
  parser: CommandParser,
  key: RedisArgument,
  group: RedisArgument,
  consumer: RedisArgument,
  minIdleTime: number | RedisArgument,
  start: RedisArgument,
  options: XAutoClaimOptions | undefined,
): void {
  parser.push('XAUTOCLAIM');
  parser.pushKey(key);
  parser.push(group, consumer, integerLike('XAUTOCLAIM', 'minIdleTime', minIdleTime), start);
  // node-redis leaves out a COUNT of 0 (falsy); so does x, to send the same command.
  if (options?.COUNT) parser.push('COUNT', integerLike('XAUTOCLAIM', 'options.COUNT', options.COUNT));
}

/**
 * `XAUTOCLAIM key group consumer min-idle-time start [COUNT count]`: claims pending entries idle for
 * at least `minIdleTime` ms: `{ nextId, messages: [{ id, message }], deletedMessages }`. IDs only:
 * `xAutoClaimJustId` (x's earlier `{ JUSTID }` option is refused).
 */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    group: RedisArgument,
    consumer: RedisArgument,
    minIdleTime: number | RedisArgument,
    start: RedisArgument,
    options?: XAutoClaimOptions,
  ) {
    if ((options as { JUSTID?: unknown } | undefined)?.JUSTID !== undefined) throw refusedOption('XAUTOCLAIM', 'JUSTID', 'xAutoClaimJustId');
    pushXAutoClaimArguments(parser, key, group, consumer, minIdleTime, start, options);
  },
  transformReply: (reply: [string, Array<unknown>, Array<string>], _preserve?: unknown, typeMapping?: TypeMapping): XAutoClaimReply => ({
    nextId: reply[0],
    messages: reply[1].map((entry) => transformNullableStreamMessage(entry, typeMapping)),
    deletedMessages: reply[2],
  }),
} as const satisfies Command;
