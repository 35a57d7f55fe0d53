// The auto-complete dictionaries (FT.SUG*): a suggestion dictionary is an ordinary key, so these are
// the only FT commands of this half that push a key (a cluster routes them by it).
import type { BlobStringReply, Command, CommandParser, DoubleReply, NumberReply, RedisArgument, TypeMapping } from '@x/modules';
import { resp2Double } from './index-reply-helpers';

export interface FtSugAddOptions {
  /** Add `score` to the suggestion's current score instead of replacing it. */
  INCR?: boolean;
  PAYLOAD?: RedisArgument;
}

/** `FT.SUGADD key string score [INCR] [PAYLOAD payload]`: resolves with the dictionary's size. */
export const SUGADD = {
  parseCommand(parser: CommandParser, key: RedisArgument, string: RedisArgument, score: number, options?: FtSugAddOptions) {
    parser.push('FT.SUGADD');
    parser.pushKey(key);
    parser.push(string, score.toString());
    if (options?.INCR) parser.push('INCR');
    if (options?.PAYLOAD) parser.push('PAYLOAD', options.PAYLOAD);
  },
  transformReply: undefined as unknown as () => NumberReply,
} as const satisfies Command;

/** `FT.SUGDEL key string`: 1 when it was there. */
export const SUGDEL = {
  parseCommand(parser: CommandParser, key: RedisArgument, string: RedisArgument) {
    parser.push('FT.SUGDEL');
    parser.pushKey(key);
    parser.push(string);
  },
  transformReply: undefined as unknown as () => NumberReply<0 | 1>,
} as const satisfies Command;

/** `FT.SUGLEN key` */
export const SUGLEN = {
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('FT.SUGLEN');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => NumberReply,
} as const satisfies Command;

export interface FtSugGetOptions {
  /** Also match prefixes one edit (Levenshtein distance 1) away. */
  FUZZY?: boolean;
  /** At most this many suggestions (the server's default: 5). */
  MAX?: number;
}

function pushSugGet(parser: CommandParser, key: RedisArgument, prefix: RedisArgument, options: FtSugGetOptions | undefined, extra: ReadonlyArray<string>): void {
  parser.push('FT.SUGGET');
  parser.pushKey(key);
  parser.push(prefix);
  if (options?.FUZZY) parser.push('FUZZY');
  if (options?.MAX !== undefined) parser.push('MAX', options.MAX.toString());
  parser.push(...extra);
}

/** `FT.SUGGET key prefix [FUZZY] [MAX n]`: the suggestions, or null when the dictionary is empty or missing. */
export const SUGGET = {
  parseCommand(parser: CommandParser, key: RedisArgument, prefix: RedisArgument, options?: FtSugGetOptions) {
    pushSugGet(parser, key, prefix, options, []);
  },
  transformReply: undefined as unknown as () => null | Array<BlobStringReply>,
} as const satisfies Command;

/** A suggestion and its score. */
export interface FtSuggestionWithScore {
  suggestion: BlobStringReply;
  score: DoubleReply;
}

/** A suggestion and its payload. */
export interface FtSuggestionWithPayload {
  suggestion: BlobStringReply;
  /** The server sends null for a suggestion added without one (typed as node-redis types it). */
  payload: BlobStringReply;
}

export type FtSuggestionWithScoreAndPayload = FtSuggestionWithScore & FtSuggestionWithPayload;

/**
 * The WITHSCORES/WITHPAYLOADS forms answer one flat array, each suggestion followed by what was asked
 * for; this cuts it into objects naming each part. A score is a bulk string under RESP2 (parsed as
 * the type mapping says) and a double under RESP3 (kept as decoded).
 */
function suggestionsOf<T>(parts: ReadonlyArray<'suggestion' | 'score' | 'payload'>, parseScore: (value: unknown) => unknown, reply: unknown): Array<T> | null {
  if (reply === null) return null;
  const flat = reply as ReadonlyArray<unknown>;
  const suggestions: Array<T> = [];
  for (let i = 0; i < flat.length; ) {
    const suggestion: Record<string, unknown> = {};
    for (const part of parts) {
      const value = flat[i++];
      suggestion[part] = part === 'score' ? parseScore(value) : value;
    }
    suggestions.push(suggestion as T);
  }
  return suggestions;
}

const asDecoded = (value: unknown): unknown => value;

/** Per protocol: RESP2 scores parsed, RESP3 scores as decoded. */
function withScores<T>(parts: ReadonlyArray<'suggestion' | 'score' | 'payload'>) {
  return {
    2: (reply: unknown, _preserve?: unknown, typeMapping?: TypeMapping): Array<T> | null =>
      suggestionsOf<T>(parts, (value) => resp2Double(value, typeMapping), reply),
    3: (reply: unknown): Array<T> | null => suggestionsOf<T>(parts, asDecoded, reply),
  };
}

/** `FT.SUGGET … WITHPAYLOADS`: `[{ suggestion, payload }]`, or null. */
export const SUGGET_WITHPAYLOADS = {
  parseCommand(parser: CommandParser, key: RedisArgument, prefix: RedisArgument, options?: FtSugGetOptions) {
    pushSugGet(parser, key, prefix, options, ['WITHPAYLOADS']);
  },
  // No score, so the same in both protocols.
  transformReply: (reply: unknown): Array<FtSuggestionWithPayload> | null => suggestionsOf<FtSuggestionWithPayload>(['suggestion', 'payload'], asDecoded, reply),
} as const satisfies Command;

/** `FT.SUGGET … WITHSCORES`: `[{ suggestion, score }]`, or null. */
export const SUGGET_WITHSCORES = {
  parseCommand(parser: CommandParser, key: RedisArgument, prefix: RedisArgument, options?: FtSugGetOptions) {
    pushSugGet(parser, key, prefix, options, ['WITHSCORES']);
  },
  transformReply: withScores<FtSuggestionWithScore>(['suggestion', 'score']),
} as const satisfies Command;

/** `FT.SUGGET … WITHSCORES WITHPAYLOADS`: `[{ suggestion, score, payload }]`, or null. */
export const SUGGET_WITHSCORES_WITHPAYLOADS = {
  parseCommand(parser: CommandParser, key: RedisArgument, prefix: RedisArgument, options?: FtSugGetOptions) {
    pushSugGet(parser, key, prefix, options, ['WITHSCORES', 'WITHPAYLOADS']);
  },
  transformReply: withScores<FtSuggestionWithScoreAndPayload>(['suggestion', 'score', 'payload']),
} as const satisfies Command;
