import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushGeoRadius, type GeoRadiusArguments } from './helpers/geo-radius';

/**
 * `GEORADIUS key longitude latitude radius unit [ASC | DESC] [COUNT n [ANY]]`: the members within
 * `radius` of a point. node-redis's form `(key, { longitude, latitude }, radius, unit, options?)`, or x's
 * earlier `(key, longitude, latitude, radius, unit, options?)`. Distances, hashes, coordinates:
 * `geoRadiusWith`; storing the result: `geoRadiusStore`.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, ...args: GeoRadiusArguments) {
    parser.push('GEORADIUS');
    pushGeoRadius(parser, 'GEORADIUS', key, args, { withMethod: 'geoRadiusWith', storeMethod: 'geoRadiusStore' });
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
