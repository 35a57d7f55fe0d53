import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushGeoSearchOptions, type GeoCoordinates, type GeoUnits } from './helpers/geo';
import { pushGeoRadiusCenter } from './helpers/geo-radius';
import { pushGeoStore, type GeoRadiusStoreOptions } from './helpers/geo-store';

/**
 * `GEORADIUS key longitude latitude radius unit [ASC | DESC] [COUNT n [ANY]] STORE | STOREDIST
 * destination`: stores the members found in `destination`; how many.
 */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    from: GeoCoordinates,
    radius: number,
    unit: GeoUnits,
    destination: RedisArgument,
    options?: GeoRadiusStoreOptions,
  ) {
    parser.push('GEORADIUS');
    pushGeoRadiusCenter(parser, 'GEORADIUS', key, from, radius, unit);
    pushGeoSearchOptions(parser, 'GEORADIUS', options, 'geoRadiusWith');
    pushGeoStore(parser, destination, options);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
