import type { Command, CommandParser, TypeMapping } from '@x/modules';
import { integerLike } from './helpers/argument-errors';
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
  /** Redis 8.x: at most this many entries in all. */
  MAXCOUNT?: number;
  /** Redis 8.x: at most about this many bytes of entries. */
  MAXSIZE?: number;
  /** Wait up to this many milliseconds for data (0: forever). */
  BLOCK?: number;
}

/** Pushes `[COUNT n] [MAXCOUNT n] [MAXSIZE n] [BLOCK ms]` of `XREAD`/`XREADGROUP`. */
export function pushXReadOptions(parser: CommandParser, command: string, options: XReadOptions | undefined): void {
  if (options === undefined) return;
  if (options.COUNT !== undefined) parser.push('COUNT', integerLike(command, 'options.COUNT', options.COUNT));
  if (options.MAXCOUNT !== undefined) parser.push('MAXCOUNT', integerLike(command, 'options.MAXCOUNT', options.MAXCOUNT));
  if (options.MAXSIZE !== undefined) parser.push('MAXSIZE', integerLike(command, 'options.MAXSIZE', options.MAXSIZE));
  if (options.BLOCK !== undefined) parser.push('BLOCK', integerLike(command, 'options.BLOCK', options.BLOCK));
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
    pushXReadOptions(parser, 'XREAD', options);
    pushStreams(parser, 'XREAD', streams);
  },
  transformReply: {
    2: (reply: unknown, preserve?: unknown, typeMapping?: TypeMapping) =>
      transformStreamsReplyResp2(reply, preserve, typeMapping) as Array<StreamMessages> | null,
    3: (reply: unknown, preserve?: unknown, typeMapping?: TypeMapping) =>
      transformStreamsReplyResp3(reply, preserve, typeMapping) as Array<StreamMessages> | null,
  },
} as const satisfies Command;
