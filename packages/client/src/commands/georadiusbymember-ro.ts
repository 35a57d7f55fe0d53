import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushGeoSearchOptions, refuseGeoStoreOptions, type GeoSearchOptions, type GeoUnits } from './helpers/geo';
import { pushGeoRadiusByMemberCenter } from './helpers/geo-radius';

/**
 * `GEORADIUSBYMEMBER_RO key member radius unit [ASC | DESC] [COUNT n [ANY]]`: the members within
 * `radius` of `member`. Distances, hashes, coordinates: `geoRadiusByMemberRoWith`.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, member: RedisArgument, radius: number, unit: GeoUnits, options?: GeoSearchOptions) {
    parser.push('GEORADIUSBYMEMBER_RO');
    pushGeoRadiusByMemberCenter(parser, 'GEORADIUSBYMEMBER_RO', key, member, radius, unit);
    refuseGeoStoreOptions('GEORADIUSBYMEMBER_RO', options, 'geoRadiusByMemberStore');
    pushGeoSearchOptions(parser, 'GEORADIUSBYMEMBER_RO', options, 'geoRadiusByMemberRoWith');
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
