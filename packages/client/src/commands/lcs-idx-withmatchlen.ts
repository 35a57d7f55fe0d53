import type { Command, CommandParser, RedisArgument } from '@x/modules';
import {
  pushLcsIdxArguments,
  transformLcsIdxResp2,
  type LcsIdxOptions,
  type LcsIdxRange,
  type LcsIdxResp2Reply,
  type LcsIdxResp3Reply,
} from './helpers/lcs-idx';

/** One match of `LCS … IDX WITHMATCHLEN`: its ranges in the two strings and its length. */
export type LcsIdxWithMatchLenMatch = [key1: LcsIdxRange, key2: LcsIdxRange, len: number];

/**
 * `LCS key1 key2 IDX [MINMATCHLEN n] WITHMATCHLEN` (node-redis's `lcsIdxWithMatchLen`): as `lcsIdx`,
 * each match with its length.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key1: RedisArgument, key2: RedisArgument, options?: LcsIdxOptions) {
    pushLcsIdxArguments('LCS IDX WITHMATCHLEN', parser, key1, key2, options);
    parser.push('WITHMATCHLEN');
  },
  transformReply: {
    2: (reply: ReadonlyArray<unknown>): LcsIdxResp2Reply<LcsIdxWithMatchLenMatch> => transformLcsIdxResp2(reply),
    3: undefined as unknown as () => LcsIdxResp3Reply<LcsIdxWithMatchLenMatch>,
  },
} as const satisfies Command;
