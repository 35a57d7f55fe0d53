import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import { transformStreamMessages, type StreamMessage } from './helpers/streams';

/** Options of `XRANGE`. */
export interface XRangeOptions {
  /** At most this many entries. */
  COUNT?: number;
}

/** `XRANGE key start end [COUNT n]`: `[{ id, message }]` (`'-'` and `'+'` are the extremes). */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, start: RedisArgument, end: RedisArgument, options?: XRangeOptions) {
    parser.push('XRANGE');
    parser.pushKey(key);
    parser.push(start, end);
    if (options?.COUNT !== undefined) parser.push('COUNT', String(options.COUNT));
  },
  transformReply: (reply: unknown, _preserve?: unknown, typeMapping?: TypeMapping) =>
    transformStreamMessages(reply, typeMapping) as Array<StreamMessage>,
} as const satisfies Command;
