import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import {
  replyWithArgument,
  transformGeoReplyWith,
  type GeoReplyWith,
  type GeoSearchBy,
  type GeoSearchFrom,
  type GeoSearchOptions,
} from './helpers/geo';
import { pushGeoSearchArguments } from './geosearch';

/**
 * `GEOSEARCH … [WITHDIST] [WITHHASH] [WITHCOORD]`: `[{ member, distance?, hash?, coordinates? }]`,
 * with the fields asked for in `replyWith` (`['WITHDIST', 'WITHCOORD']`).
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    from: GeoSearchFrom,
    by: GeoSearchBy,
    replyWith: Array<GeoReplyWith>,
    options?: GeoSearchOptions,
  ) {
    const withFields = replyWithArgument('GEOSEARCH', replyWith);
    parser.push('GEOSEARCH');
    pushGeoSearchArguments(parser, 'GEOSEARCH', key, from, by, options);
    parser.pushVariadic(withFields);
    parser.preserve = withFields;
  },
  transformReply: (reply: ReadonlyArray<unknown>, replyWith?: unknown, typeMapping?: TypeMapping) =>
    transformGeoReplyWith(reply, replyWith, typeMapping),
} as const satisfies Command;
