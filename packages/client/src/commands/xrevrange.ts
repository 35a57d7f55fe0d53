import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushXRangeArguments, transformXRangeReply, type XRangeOptions } from './xrange';

/** `XREVRANGE key end start [COUNT n]`: `[{ id, message }]`, newest first (`'+'` and `'-'` are the extremes). */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, end: RedisArgument, start: RedisArgument, options?: XRangeOptions) {
    pushXRangeArguments(parser, 'XREVRANGE', key, end, start, options);
  },
  transformReply: transformXRangeReply,
} as const satisfies Command;
