import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushGeoSearchOptions, type GeoUnits } from './helpers/geo';
import { pushGeoRadiusByMemberCenter } from './helpers/geo-radius';
import { pushGeoStore, type GeoRadiusStoreOptions } from './helpers/geo-store';

/**
 * `GEORADIUSBYMEMBER key member radius unit [ASC | DESC] [COUNT n [ANY]] STORE | STOREDIST
 * destination`: stores the members found in `destination`; how many.
 */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    member: RedisArgument,
    radius: number,
    unit: GeoUnits,
    destination: RedisArgument,
    options?: GeoRadiusStoreOptions,
  ) {
    parser.push('GEORADIUSBYMEMBER');
    pushGeoRadiusByMemberCenter(parser, 'GEORADIUSBYMEMBER', key, member, radius, unit);
    pushGeoSearchOptions(parser, 'GEORADIUSBYMEMBER', options, 'geoRadiusByMemberWith');
    pushGeoStore(parser, destination, options);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
