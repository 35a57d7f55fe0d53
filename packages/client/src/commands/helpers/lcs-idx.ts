import type { CommandParser, RedisArgument } from '@x/modules';
import type { StructReply } from './struct-reply';
import { numberArgument, optionsArgument } from './arguments';

/** Options of `LCS … IDX`. */
export interface LcsIdxOptions {
  /** Only matches at least this long. */
  MINMATCHLEN?: number;
}

/** A range `[start, end]` of one string. */
export type LcsIdxRange = [start: number, end: number];

/** `{ matches, len }`: each match's ranges in the two strings (and with `WITHMATCHLEN` its length). */
export interface LcsIdxFields<M> {
  matches: Array<M>;
  len: number;
}

/** The reply of `LCS … IDX`: RESP2's flat array as node-redis shapes it (an object, whatever the mapping). */
export type LcsIdxResp2Reply<M> = LcsIdxFields<M>;

/** The reply of `LCS … IDX` in RESP3: the server's map (an object, or a `Map`/flat array under `MAP`). */
export type LcsIdxResp3Reply<M> = StructReply<LcsIdxFields<M>>;

/** Pushes `LCS key1 key2 IDX [MINMATCHLEN n]` (shared by `lcsIdx` and `lcsIdxWithMatchLen`). */
export function pushLcsIdxArguments(command: string, parser: CommandParser, key1: RedisArgument, key2: RedisArgument, options?: LcsIdxOptions): void {
  parser.push('LCS');
  parser.pushKeys([key1, key2]);
  parser.push('IDX');
  const o = optionsArgument<LcsIdxOptions>(options, `${command} options`);
  // Like node-redis: MINMATCHLEN 0 is the server's default, so it is not sent.
  if (o?.MINMATCHLEN) parser.push('MINMATCHLEN', numberArgument(o.MINMATCHLEN, `${command} MINMATCHLEN`));
}

/** RESP2's `['matches', [...], 'len', n]` as `{ matches, len }`, as node-redis returns it under any mapping. */
export function transformLcsIdxResp2<M>(reply: ReadonlyArray<unknown>): LcsIdxResp2Reply<M> {
  return { matches: reply[1] as Array<M>, len: reply[3] as number };
}
