import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import { integerLike } from './helpers/argument-errors';
import { transformStreamMessages, type StreamMessage } from './helpers/streams';

/** Options of `XRANGE`/`XREVRANGE`. */
export interface XRangeOptions {
  /** At most this many entries. */
  COUNT?: number;
}

/** Pushes `key first second [COUNT n]` of `XRANGE`/`XREVRANGE`. */
export function pushXRangeArguments(
  parser: CommandParser,
  command: string,
  key: RedisArgument,
  first: RedisArgument,
  second: RedisArgument,
  options: XRangeOptions | undefined,
): void {
  parser.push(command);
  parser.pushKey(key);
  parser.push(first, second);
  if (options?.COUNT !== undefined) parser.push('COUNT', integerLike(command, 'options.COUNT', options.COUNT));
}

/** `[[id, fields], …]` → `[{ id, message }]` (null stays null, as node-redis's). */
export function transformXRangeReply(reply: unknown, _preserve?: unknown, typeMapping?: TypeMapping): Array<StreamMessage> {
  return (reply === null ? null : transformStreamMessages(reply, typeMapping)) as Array<StreamMessage>;
}

/** `XRANGE key start end [COUNT n]`: `[{ id, message }]` (`'-'` and `'+'` are the extremes). */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, start: RedisArgument, end: RedisArgument, options?: XRangeOptions) {
    pushXRangeArguments(parser, 'XRANGE', key, start, end, options);
  },
  transformReply: transformXRangeReply,
} as const satisfies Command;
