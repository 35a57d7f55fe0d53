import type { Command, CommandParser, RedisArgument } from '@x/modules';
import {
  pushStreams,
  transformStreamsReplyResp2,
  transformStreamsReplyResp3,
  type StreamReadTarget,
} from './helpers/streams';

/** Options of `XREADGROUP`. */
export interface XReadGroupOptions {
  /** At most this many entries per stream. */
  COUNT?: number;
  /** Wait up to this many milliseconds for data (0: forever). */
  BLOCK?: number;
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
    if (options?.COUNT !== undefined) parser.push('COUNT', String(options.COUNT));
    if (options?.BLOCK !== undefined) parser.push('BLOCK', String(options.BLOCK));
    if (options?.NOACK) parser.push('NOACK');
    pushStreams(parser, streams);
  },
  transformReply: {
    2: transformStreamsReplyResp2,
    3: transformStreamsReplyResp3,
  },
} as const satisfies Command;
