import type { CommandParser, RedisArgument } from '@x/modules';
import type { GeoSearchOptions } from './geo';

/** Options of `GEORADIUS…Store`. */
export interface GeoRadiusStoreOptions extends GeoSearchOptions {
  /** Store the distances as the scores (`STOREDIST`) instead of the geohashes (`STORE`). */
  STOREDIST?: boolean;
}

/** Pushes `STORE destination` or `STOREDIST destination` (the destination is a key). */
export function pushGeoStore(parser: CommandParser, destination: RedisArgument, options: GeoRadiusStoreOptions | undefined): void {
  parser.push(options?.STOREDIST ? 'STOREDIST' : 'STORE');
  parser.pushKey(destination);
}
