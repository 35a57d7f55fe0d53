import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import {
  pushGeoSearchOptions,
  replyWithArgument,
  transformGeoReplyWith,
  type GeoReplyWith,
  type GeoSearchOptions,
  type GeoUnits,
} from './helpers/geo';
import { pushGeoRadiusByMemberCenter } from './helpers/geo-radius';

/**
 * `GEORADIUSBYMEMBER_RO key member radius unit [ASC | DESC] [COUNT n [ANY]] [WITHDIST] [WITHHASH]
 * [WITHCOORD]`: `[{ member, distance?, hash?, coordinates? }]` with the fields asked for in `replyWith`.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    member: RedisArgument,
    radius: number,
    unit: GeoUnits,
    replyWith: Array<GeoReplyWith>,
    options?: GeoSearchOptions,
  ) {
    const withFields = replyWithArgument('GEORADIUSBYMEMBER_RO', replyWith);
    parser.push('GEORADIUSBYMEMBER_RO');
    pushGeoRadiusByMemberCenter(parser, 'GEORADIUSBYMEMBER_RO', key, member, radius, unit);
    pushGeoSearchOptions(parser, 'GEORADIUSBYMEMBER_RO', options, 'geoRadiusByMemberRoWith');
    parser.pushVariadic(withFields);
    parser.preserve = withFields;
  },
  transformReply: (reply: ReadonlyArray<unknown>, replyWith?: unknown, typeMapping?: TypeMapping) =>
    transformGeoReplyWith(reply, replyWith, typeMapping),
} as const satisfies Command;
