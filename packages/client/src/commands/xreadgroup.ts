import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { integerLike } from './helpers/argument-errors';
import {
  pushStreams,
  transformStreamsReplyResp2,
  transformStreamsReplyResp3,
  type StreamReadTarget,
} from './helpers/streams';
import { pushXReadOptions, type XReadOptions } from './xread';

/** Options of `XREADGROUP`. */
export interface XReadGroupOptions extends XReadOptions {
  /** Redis 8.4+: also claim entries pending for at least this many milliseconds. */
  CLAIM?: number;
  /** Do not add the entries to the pending list (no `XACK` needed). */
  NOACK?: boolean;
}

/**
 * `XREADGROUP GROUP group consumer [COUNT n] [BLOCK ms] [NOACK] STREAMS key [key …] id [id …]`:
 * `[{ name, messages: [{ id, message }] }]`, or null. Reading history (an ID other than `'>'`) can
 * return an entry deleted since delivery: its `message` is null. Same shape in RESP2 and RESP3.
 */
export default {
  parseCommand(
    parser: CommandParser,
    group: RedisArgument,
    consumer: RedisArgument,
    streams: StreamReadTarget | Array<StreamReadTarget>,
    options?: XReadGroupOptions,
  ) {
    parser.push('XREADGROUP', 'GROUP', group, consumer);
    pushXReadOptions(parser, 'XREADGROUP', options);
    if (options?.CLAIM !== undefined) parser.push('CLAIM', integerLike('XREADGROUP', 'options.CLAIM', options.CLAIM));
    if (options?.NOACK) parser.push('NOACK');
    pushStreams(parser, 'XREADGROUP', streams);
  },
  transformReply: {
    2: transformStreamsReplyResp2,
    3: transformStreamsReplyResp3,
  },
} as const satisfies Command;
