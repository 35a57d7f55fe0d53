// TDIGEST.* (RedisBloom's t-digest): node-redis's `tDigest` namespace. Most commands are `key` plus a
// list of numbers; the estimates come back as doubles, which RESP2 sends as bulk strings
// (`"0.5"`, `"inf"`, `"nan"`) and these definitions turn into numbers as RESP3 would decode them.
// Option and reply types are written inline rather than named: the package root exports only the
// namespaces, and a named type it can't reach would leave the records' types unprintable in the
// declarations of @x/bloom and @x/cluster.
import type { Command, CommandParser, DoubleReply, MapReply, RedisArgument, RedisCommands, RedisVariadicArgument, TypeMapping } from '@x/modules';
import { decimal, doubleArrayReply, doubleReply, flatInfoReply } from '../top-k/replies';

/** `TDIGEST.<CMD> key n [n …]`: each number as its decimal text. */
function keyAndNumbers(command: string, what: string) {
  return (parser: CommandParser, key: RedisArgument, values: Array<number>): void => {
    parser.push(command);
    parser.pushKey(key);
    for (const value of values) parser.push(decimal(value, what));
  };
}

/** `TDIGEST.<CMD> key`. */
function keyOnly(command: string) {
  return (parser: CommandParser, key: RedisArgument): void => {
    parser.push(command);
    parser.pushKey(key);
  };
}

/** One estimate: a RESP2 bulk string made a number (kept as sent under `DOUBLE: String`). */
const DOUBLE_REPLY = {
  2: (reply: string | Buffer, _preserve?: unknown, typeMapping?: TypeMapping): DoubleReply => doubleReply(reply, typeMapping),
  3: undefined as unknown as () => DoubleReply,
} as const;

/** One estimate per argument, each as {@link DOUBLE_REPLY}. */
const DOUBLE_ARRAY_REPLY = {
  2: (reply: Array<string | Buffer>, _preserve?: unknown, typeMapping?: TypeMapping): Array<DoubleReply> => doubleArrayReply(reply, typeMapping),
  3: undefined as unknown as () => Array<DoubleReply>,
} as const;

/** TDIGEST.ADD key value [value …]. */
const ADD = {
  parseCommand: keyAndNumbers('TDIGEST.ADD', 'value'),
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;

/** TDIGEST.RESET key: empties the sketch. */
const RESET = {
  parseCommand: keyOnly('TDIGEST.RESET'),
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;

/** TDIGEST.CREATE key [COMPRESSION c]. */
const CREATE = {
  parseCommand(parser: CommandParser, key: RedisArgument, options?: { COMPRESSION?: number }): void {
    parser.push('TDIGEST.CREATE');
    parser.pushKey(key);
    if (options?.COMPRESSION !== undefined) parser.push('COMPRESSION', decimal(options.COMPRESSION, 'COMPRESSION'));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;

/**
 * TDIGEST.MERGE destination numkeys source [source …] [COMPRESSION c] [OVERRIDE]: the destination and
 * every source are keys (a cluster needs them in one slot). OVERRIDE replaces the destination instead
 * of merging into it.
 */
const MERGE = {
  parseCommand(parser: CommandParser, destination: RedisArgument, source: RedisVariadicArgument, options?: { COMPRESSION?: number; OVERRIDE?: boolean }): void {
    parser.push('TDIGEST.MERGE');
    parser.pushKey(destination);
    parser.pushKeysLength(source);
    if (options?.COMPRESSION !== undefined) parser.push('COMPRESSION', decimal(options.COMPRESSION, 'COMPRESSION'));
    if (options?.OVERRIDE) parser.push('OVERRIDE');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;

/** TDIGEST.MIN / MAX key: the smallest / largest value seen (NaN when empty). */
const MIN = { parseCommand: keyOnly('TDIGEST.MIN'), transformReply: DOUBLE_REPLY } as const satisfies Command;
const MAX = { parseCommand: keyOnly('TDIGEST.MAX'), transformReply: DOUBLE_REPLY } as const satisfies Command;

/** TDIGEST.TRIMMED_MEAN key low high: the mean of the values between two quantiles. */
const TRIMMED_MEAN = {
  parseCommand(parser: CommandParser, key: RedisArgument, lowCutPercentile: number, highCutPercentile: number): void {
    parser.push('TDIGEST.TRIMMED_MEAN');
    parser.pushKey(key);
    parser.push(decimal(lowCutPercentile, 'lowCutPercentile'), decimal(highCutPercentile, 'highCutPercentile'));
  },
  transformReply: DOUBLE_REPLY,
} as const satisfies Command;

/** TDIGEST.CDF key value [value …]: the fraction of observations at or below each value. */
const CDF = { parseCommand: keyAndNumbers('TDIGEST.CDF', 'value'), transformReply: DOUBLE_ARRAY_REPLY } as const satisfies Command;
/** TDIGEST.QUANTILE key q [q …]: the value at each quantile. */
const QUANTILE = { parseCommand: keyAndNumbers('TDIGEST.QUANTILE', 'quantile'), transformReply: DOUBLE_ARRAY_REPLY } as const satisfies Command;
/** TDIGEST.BYRANK / BYREVRANK key rank [rank …]: the value at each (reverse) rank (±inf past the ends). */
const BYRANK = { parseCommand: keyAndNumbers('TDIGEST.BYRANK', 'rank'), transformReply: DOUBLE_ARRAY_REPLY } as const satisfies Command;
const BYREVRANK = { parseCommand: keyAndNumbers('TDIGEST.BYREVRANK', 'rank'), transformReply: DOUBLE_ARRAY_REPLY } as const satisfies Command;

/** TDIGEST.RANK / REVRANK key value [value …]: each value's (reverse) rank: -1 past the end, -2 on an empty sketch. */
const RANK = { parseCommand: keyAndNumbers('TDIGEST.RANK', 'value'), transformReply: undefined as unknown as () => Array<number> } as const satisfies Command;
const REVRANK = { parseCommand: keyAndNumbers('TDIGEST.REVRANK', 'value'), transformReply: undefined as unknown as () => Array<number> } as const satisfies Command;

/**
 * TDIGEST.INFO's RESP2 reply, a flat `[name, integer, …]` array, as RESP3's map: an object (or a `Map`
 * or flat array under the `MAP` type mapping). The reply type is written out, not named (see topK's INFO).
 */
function tDigestInfoResp2(reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping) {
  return flatInfoReply<
    MapReply<
      | 'Compression'
      | 'Capacity'
      | 'Merged nodes'
      | 'Unmerged nodes'
      | 'Merged weight'
      | 'Unmerged weight'
      | 'Observations'
      | 'Total compressions'
      | 'Memory usage',
      number
    >
  >(reply, typeMapping);
}

/** TDIGEST.INFO key: the sketch's parameters and sizes. */
const INFO = {
  parseCommand: keyOnly('TDIGEST.INFO'),
  transformReply: {
    2: (reply: Array<unknown>, preserve?: unknown, typeMapping?: TypeMapping) => tDigestInfoResp2(reply, preserve, typeMapping),
    3: undefined as unknown as () => ReturnType<typeof tDigestInfoResp2>,
  },
} as const satisfies Command;

/** TDIGEST.* (t-digest): node-redis's `tDigest` namespace, both spellings of every command. */
export const tDigest = {
  ADD,
  add: ADD,
  BYRANK,
  byRank: BYRANK,
  BYREVRANK,
  byRevRank: BYREVRANK,
  CDF,
  cdf: CDF,
  CREATE,
  create: CREATE,
  INFO,
  info: INFO,
  MAX,
  max: MAX,
  MERGE,
  merge: MERGE,
  MIN,
  min: MIN,
  QUANTILE,
  quantile: QUANTILE,
  RANK,
  rank: RANK,
  RESET,
  reset: RESET,
  REVRANK,
  revRank: REVRANK,
  TRIMMED_MEAN,
  trimmedMean: TRIMMED_MEAN,
} as const satisfies RedisCommands;
