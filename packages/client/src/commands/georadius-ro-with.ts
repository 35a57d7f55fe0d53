import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import {
  pushGeoSearchOptions,
  replyWithArgument,
  transformGeoReplyWith,
  type GeoCoordinates,
  type GeoReplyWith,
  type GeoSearchOptions,
  type GeoUnits,
} from './helpers/geo';
import { pushGeoRadiusCenter } from './helpers/geo-radius';

/**
 * `GEORADIUS_RO key longitude latitude radius unit [ASC | DESC] [COUNT n [ANY]] [WITHDIST] [WITHHASH]
 * [WITHCOORD]`: `[{ member, distance?, hash?, coordinates? }]` with the fields asked for in `replyWith`.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    from: GeoCoordinates,
    radius: number,
    unit: GeoUnits,
    replyWith: Array<GeoReplyWith>,
    options?: GeoSearchOptions,
  ) {
    const withFields = replyWithArgument('GEORADIUS_RO', replyWith);
    parser.push('GEORADIUS_RO');
    pushGeoRadiusCenter(parser, 'GEORADIUS_RO', key, from, radius, unit);
    pushGeoSearchOptions(parser, 'GEORADIUS_RO', options, 'geoRadiusRoWith');
    parser.pushVariadic(withFields);
    parser.preserve = withFields;
  },
  transformReply: (reply: ReadonlyArray<unknown>, replyWith?: unknown, typeMapping?: TypeMapping) =>
    transformGeoReplyWith(reply, replyWith, typeMapping),
} as const satisfies Command;
