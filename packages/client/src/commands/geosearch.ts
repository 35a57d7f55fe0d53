import type { Command, CommandParser, RedisArgument } from '@x/modules';
import {
  pushGeoSearchBy,
  pushGeoSearchFrom,
  pushGeoSearchOptions,
  type GeoSearchBy,
  type GeoSearchFrom,
  type GeoSearchOptions,
} from './helpers/geo';

/** Pushes `key FROMMEMBER … | FROMLONLAT … BYRADIUS … | BYBOX … [ASC | DESC] [COUNT n [ANY]]`. */
export function pushGeoSearchArguments(
  parser: CommandParser,
  command: string,
  key: RedisArgument,
  from: GeoSearchFrom,
  by: GeoSearchBy,
  options: GeoSearchOptions | undefined,
): void {
  parser.pushKey(key);
  pushGeoSearchFrom(parser, command, from);
  pushGeoSearchBy(parser, command, by);
  pushGeoSearchOptions(parser, command, options, 'geoSearchWith');
}

/**
 * `GEOSEARCH key FROMMEMBER member | FROMLONLAT lon lat BYRADIUS r unit | BYBOX w h unit [ASC | DESC]
 * [COUNT n [ANY]]`: the members found. `from` is a member or `{ longitude, latitude }`, `by`
 * `{ radius, unit }` or `{ width, height, unit }` (node-redis's forms); x's earlier tagged forms
 * (`{ type: 'FROMMEMBER', value }`, `{ type: 'BYRADIUS', radius, unit }`) work too. Distances, hashes
 * and coordinates: `geoSearchWith`.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, from: GeoSearchFrom, by: GeoSearchBy, options?: GeoSearchOptions) {
    parser.push('GEOSEARCH');
    pushGeoSearchArguments(parser, 'GEOSEARCH', key, from, by, options);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
