import type { Command, CommandParser, RedisArgument } from '@x/modules';
import {
  pushLcsIdxArguments,
  transformLcsIdxResp2,
  type LcsIdxOptions,
  type LcsIdxRange,
  type LcsIdxResp2Reply,
  type LcsIdxResp3Reply,
} from './helpers/lcs-idx';

/** One match of `LCS … IDX`: its range in the first string and in the second. */
export type LcsIdxMatch = [key1: LcsIdxRange, key2: LcsIdxRange];

/**
 * `LCS key1 key2 IDX [MINMATCHLEN n]` (node-redis's `lcsIdx`): `{ matches, len }` — in RESP3 the
 * server's map (a `Map` or flat array under the `MAP` mapping), in RESP2 an object as node-redis
 * builds it.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key1: RedisArgument, key2: RedisArgument, options?: LcsIdxOptions) {
    pushLcsIdxArguments('LCS IDX', parser, key1, key2, options);
  },
  transformReply: {
    2: (reply: ReadonlyArray<unknown>): LcsIdxResp2Reply<LcsIdxMatch> => transformLcsIdxResp2(reply),
    3: undefined as unknown as () => LcsIdxResp3Reply<LcsIdxMatch>,
  },
} as const satisfies Command;
