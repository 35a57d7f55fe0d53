import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushGeoRadius, type GeoRadiusArguments } from './helpers/geo-radius';

/**
 * `GEORADIUS_RO key longitude latitude radius unit [ASC | DESC] [COUNT n [ANY]]`: the members within
 * `radius` of a point. node-redis's form `(key, { longitude, latitude }, radius, unit, options?)`, or x's
 * earlier `(key, longitude, latitude, radius, unit, options?)`. Distances, hashes, coordinates:
 * `geoRadiusRoWith`.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, ...args: GeoRadiusArguments) {
    parser.push('GEORADIUS_RO');
    pushGeoRadius(parser, 'GEORADIUS_RO', key, args, { withMethod: 'geoRadiusRoWith', storeMethod: 'geoRadiusStore' });
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
