import type { Command, CommandParser, TypeMapping } from '@x/modules';
import {
  pushStreams,
  transformStreamsReplyResp2,
  transformStreamsReplyResp3,
  type StreamMessages,
  type StreamReadTarget,
} from './helpers/streams';

/** Options of `XREAD`. */
export interface XReadOptions {
  /** At most this many entries per stream. */
  COUNT?: number;
  /** Wait up to this many milliseconds for data (0: forever). */
  BLOCK?: number;
}

/**
 * `XREAD [COUNT n] [BLOCK ms] STREAMS key [key …] id [id …]`: `[{ name, messages: [{ id, message }] }]`,
 * or null when nothing arrived. RESP2 sends nested arrays, RESP3 a map keyed by stream; both become
 * the same array (in the server's order). Every stream key is recorded.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, streams: StreamReadTarget | Array<StreamReadTarget>, options?: XReadOptions) {
    parser.push('XREAD');
    if (options?.COUNT !== undefined) parser.push('COUNT', String(options.COUNT));
    if (options?.BLOCK !== undefined) parser.push('BLOCK', String(options.BLOCK));
    pushStreams(parser, streams);
  },
  transformReply: {
    2: (reply: unknown, preserve?: unknown, typeMapping?: TypeMapping) =>
      transformStreamsReplyResp2(reply, preserve, typeMapping) as Array<StreamMessages> | null,
    3: (reply: unknown, preserve?: unknown, typeMapping?: TypeMapping) =>
      transformStreamsReplyResp3(reply, preserve, typeMapping) as Array<StreamMessages> | null,
  },
} as const satisfies Command;
