import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushGeoSearchOptions, refuseGeoStoreOptions, type GeoSearchOptions, type GeoUnits } from './helpers/geo';
import { pushGeoRadiusByMemberCenter } from './helpers/geo-radius';

/**
 * `GEORADIUSBYMEMBER key member radius unit [ASC | DESC] [COUNT n [ANY]]`: the members within
 * `radius` of `member`. Distances, hashes, coordinates: `geoRadiusByMemberWith`; storing the result:
 * `geoRadiusByMemberStore`.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, member: RedisArgument, radius: number, unit: GeoUnits, options?: GeoSearchOptions) {
    parser.push('GEORADIUSBYMEMBER');
    pushGeoRadiusByMemberCenter(parser, 'GEORADIUSBYMEMBER', key, member, radius, unit);
    refuseGeoStoreOptions('GEORADIUSBYMEMBER', options, 'geoRadiusByMemberStore');
    pushGeoSearchOptions(parser, 'GEORADIUSBYMEMBER', options, 'geoRadiusByMemberWith');
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
