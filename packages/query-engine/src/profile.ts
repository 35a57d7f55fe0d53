// FT.PROFILE … SEARCH and FT.PROFILE … AGGREGATE: the query's own reply plus how long each part of
// its execution took. RESP2 sends `[results, profile]`. RESP3's map has changed across RediSearch
// versions (results at the top level on 7.4, under `Results` from 8; the profile a map of timings on
// 7.2–7.4, a nested structure later): each is found wherever the server put it, and the profile is
// handed back in RESP2's flat `[key, value, …]` layout so callers read one shape.
import type { CommandParser, RedisArgument, ReplyUnion, TypeMapping } from '@x/modules';
import { aggregateReplyFromArray, aggregateReplyFromMap, pushAggregateOptions, type FtAggregateReply, type FtAggregateOptions } from './aggregate';
import { entriesOf, flattenProfile, lookup, objectOf } from './reply-shapes';
import { pushSearchOptions, searchReplyFromArray, searchReplyFromMap, type FtSearchOptions, type SearchReply } from './search';

export interface FtProfileOptions {
  /** Collapse the profile of large iterator trees. */
  LIMITED?: true;
}

export interface FtProfileReply {
  results: SearchReply | FtAggregateReply;
  profile: ReplyUnion;
}

/** Where the query's results are in a RESP3 profile reply. */
function resultsPart(reply: unknown): unknown {
  const map = objectOf(reply);
  if (Object.hasOwn(map, 'Results')) return map['Results'];
  // 7.4: the search/aggregate reply itself, with the profile beside it.
  if ((Object.hasOwn(map, 'total_results') || Object.hasOwn(map, 'total')) && Object.hasOwn(map, 'results')) return reply;
  if (Object.hasOwn(map, 'results')) return map['results'];
  return lookup(map, ['results']) ?? reply;
}

/** The profile of a RESP3 reply in RESP2's flat layout. */
function profilePart(reply: unknown): ReplyUnion {
  const map = objectOf(reply);
  const profile = Object.hasOwn(map, 'Profile')
    ? map['Profile']
    : Object.hasOwn(map, 'profile')
      ? map['profile']
      : lookup(map, ['Profile', 'profile']);
  if (!Object.hasOwn(objectOf(profile), 'Total profile time')) return flattenProfile(profile) as ReplyUnion;
  // 7.2–7.4: `{ label: timing }`, an iterator's profile often wrapped in a one-element array;
  // given back as `[label, value]` pairs with the wrapper removed.
  return entriesOf(profile).map(([label, value]) => {
    const unwrapped = Array.isArray(value) && value.length === 1 && Object.keys(objectOf(value[0])).length > 0 ? value[0] : value;
    return [label, flattenProfile(unwrapped)];
  }) as ReplyUnion;
}

export const PROFILE_SEARCH = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, index: RedisArgument, query: RedisArgument, options?: FtProfileOptions & FtSearchOptions) {
    parser.push('FT.PROFILE', index, 'SEARCH');
    if (options?.LIMITED) parser.push('LIMITED');
    parser.push('QUERY', query);
    pushSearchOptions(parser, options);
  },
  transformReply: {
    2: (reply: [Array<unknown>, ReplyUnion], preserve?: unknown, typeMapping?: TypeMapping): FtProfileReply => ({
      results: searchReplyFromArray(reply[0], preserve, typeMapping),
      profile: reply[1],
    }),
    3: (reply: unknown, preserve?: unknown, typeMapping?: TypeMapping): FtProfileReply => ({
      results: searchReplyFromMap(resultsPart(reply), preserve, typeMapping),
      profile: profilePart(reply),
    }),
  },
} as const;

export const PROFILE_AGGREGATE = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, index: string, query: string, options?: FtProfileOptions & FtAggregateOptions) {
    parser.push('FT.PROFILE', index, 'AGGREGATE');
    if (options?.LIMITED) parser.push('LIMITED');
    parser.push('QUERY', query);
    pushAggregateOptions(parser, options);
  },
  transformReply: {
    2: (reply: [Array<unknown>, ReplyUnion], preserve?: unknown, typeMapping?: TypeMapping): FtProfileReply => ({
      results: aggregateReplyFromArray(reply[0], preserve, typeMapping),
      profile: reply[1],
    }),
    3: (reply: unknown, preserve?: unknown, typeMapping?: TypeMapping): FtProfileReply => ({
      results: aggregateReplyFromMap(resultsPart(reply), preserve, typeMapping),
      profile: profilePart(reply),
    }),
  },
} as const;
