// The arguments of GEORADIUS and GEORADIUSBYMEMBER (and their _RO, …With and …Store forms).
import type { CommandParser, RedisArgument } from '@x/modules';
import { doubleLike, invalidArgument, isPlainObject, isRedisArgument } from './argument-errors';
import { pushGeoSearchOptions, refuseGeoStoreOptions, type GeoCoordinates, type GeoSearchOptions, type GeoUnits } from './geo';

/**
 * What follows the key of `GEORADIUS`: node-redis's `(from, radius, unit, options?)`, or x's earlier
 * generated `(longitude, latitude, radius, unit, options?)`.
 */
export type GeoRadiusArguments =
  | [from: GeoCoordinates, radius: number, unit: GeoUnits, options?: GeoSearchOptions]
  | [longitude: number | RedisArgument, latitude: number | RedisArgument, radius: number, unit: GeoUnits, options?: GeoSearchOptions];

/** Pushes `key longitude latitude radius unit`. */
export function pushGeoRadiusCenter(parser: CommandParser, command: string, key: RedisArgument, from: unknown, radius: unknown, unit: unknown): void {
  if (!isPlainObject(from) || from.longitude === undefined || from.latitude === undefined) {
    throw invalidArgument(command, 'from', '{ longitude, latitude }', from);
  }
  parser.pushKey(key);
  parser.push(
    doubleLike(command, 'from.longitude', from.longitude),
    doubleLike(command, 'from.latitude', from.latitude),
    doubleLike(command, 'radius', radius),
    unitArgument(command, unit),
  );
}

/** Pushes `key member radius unit`. */
export function pushGeoRadiusByMemberCenter(parser: CommandParser, command: string, key: RedisArgument, member: unknown, radius: unknown, unit: unknown): void {
  if (!isRedisArgument(member)) throw invalidArgument(command, 'member', 'a string or a Buffer', member);
  parser.pushKey(key);
  parser.push(member, doubleLike(command, 'radius', radius), unitArgument(command, unit));
}

/**
 * Pushes the whole of `GEORADIUS[_RO] key … [ASC | DESC] [COUNT n [ANY]]` from either form of
 * {@link GeoRadiusArguments} (after the command name).
 */
export function pushGeoRadius(
  parser: CommandParser,
  command: string,
  key: RedisArgument,
  args: GeoRadiusArguments,
  variants: { withMethod: string; storeMethod: string },
): void {
  let options: GeoSearchOptions | undefined;
  if (isPlainObject(args[0])) {
    const [from, radius, unit, rest] = args as [GeoCoordinates, number, GeoUnits, GeoSearchOptions?];
    pushGeoRadiusCenter(parser, command, key, from, radius, unit);
    options = rest;
  } else {
    const [longitude, latitude, radius, unit, rest] = args as [number, number, number, GeoUnits, GeoSearchOptions?];
    pushGeoRadiusCenter(parser, command, key, { longitude, latitude }, radius, unit);
    options = rest;
  }
  refuseGeoStoreOptions(command, options, variants.storeMethod);
  pushGeoSearchOptions(parser, command, options, variants.withMethod);
}

function unitArgument(command: string, unit: unknown): RedisArgument {
  if (typeof unit === 'string') return unit;
  throw invalidArgument(command, 'unit', "'m', 'km', 'mi' or 'ft'", unit);
}
