import type { Command, CommandParser, RedisArgument } from '@x/modules';
import type { GeoSearchBy, GeoSearchFrom, GeoSearchOptions } from './helpers/geo';
import { pushGeoSearchArguments } from './geosearch';

/** Options of `GEOSEARCHSTORE`. */
export interface GeoSearchStoreOptions extends GeoSearchOptions {
  /** Store the distances as the scores (instead of the geohashes). */
  STOREDIST?: boolean;
}

/**
 * `GEOSEARCHSTORE destination source FROMMEMBER … | FROMLONLAT … BYRADIUS … | BYBOX … [ASC | DESC]
 * [COUNT n [ANY]] [STOREDIST]`: stores the members found; how many. `from` and `by` as `geoSearch`.
 */
export default {
  parseCommand(
    parser: CommandParser,
    destination: RedisArgument,
    source: RedisArgument,
    from: GeoSearchFrom,
    by: GeoSearchBy,
    options?: GeoSearchStoreOptions,
  ) {
    parser.push('GEOSEARCHSTORE');
    parser.pushKey(destination);
    pushGeoSearchArguments(parser, 'GEOSEARCHSTORE', source, from, by, options);
    if (options?.STOREDIST) parser.push('STOREDIST');
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
