// The shared arguments and replies of the geo commands: where a search starts (`FROMMEMBER` /
// `FROMLONLAT`), the area (`BYRADIUS` / `BYBOX`), `SORT` and `COUNT`, and the `WITH*` reply shape.
// node-redis's forms are the contract; x's earlier generated forms (`{ type: 'FROMMEMBER', value }`,
// `{ type: 'BYRADIUS', … }`, `order`, a flat `ANY`) still work.
import type { CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import { doubleLike, integerLike, invalidArgument, isPlainObject, isRedisArgument, refusedOption } from './argument-errors';
import { anyDoubleReply } from './type-mapped-numbers';

/** Distance units: node-redis spells them in lower case; Redis also takes them in upper case. */
export type GeoUnits = 'm' | 'km' | 'mi' | 'ft' | 'M' | 'KM' | 'MI' | 'FT';

/** A point. */
export interface GeoCoordinates {
  longitude: RedisArgument | number;
  latitude: RedisArgument | number;
}

/** x's earlier form of a search origin (`{ type: 'FROMMEMBER', value }` / `{ type: 'FROMLONLAT', … }`). */
export type GeoSearchFromTagged =
  | { type: 'FROMMEMBER'; value: RedisArgument }
  | { type: 'FROMLONLAT'; longitude: RedisArgument | number; latitude: RedisArgument | number };

/** Where a search starts: a member of the set, or a point. */
export type GeoSearchFrom = RedisArgument | GeoCoordinates | GeoSearchFromTagged;

/** A circle around the origin. */
export interface GeoSearchByRadius {
  radius: number;
  unit: GeoUnits;
  /** x's earlier form tagged the area: `'BYRADIUS'`. */
  type?: 'BYRADIUS';
}

/** A box centred on the origin. */
export interface GeoSearchByBox {
  width: number;
  height: number;
  unit: GeoUnits;
  /** x's earlier form tagged the area: `'BYBOX'`. */
  type?: 'BYBOX';
}

/** The area searched. */
export type GeoSearchBy = GeoSearchByRadius | GeoSearchByBox;

/** `COUNT`: a number, or `{ value, ANY }` (return the first matches found, not the nearest). */
export type GeoCountArgument = number | { value: number; ANY?: boolean };

/** Options of the geo searches. */
export interface GeoSearchOptions {
  /** Nearest first (`ASC`) or farthest first (`DESC`). */
  SORT?: 'ASC' | 'DESC';
  /** At most this many results. */
  COUNT?: GeoCountArgument;
  /** x's earlier spelling of `SORT`. */
  order?: 'ASC' | 'DESC';
  /** x's earlier spelling of `COUNT: { value, ANY: true }` (with a numeric `COUNT`). */
  ANY?: boolean;
}

/** Pushes `FROMMEMBER member` or `FROMLONLAT longitude latitude`. */
export function pushGeoSearchFrom(parser: CommandParser, command: string, from: unknown): void {
  if (isRedisArgument(from)) {
    parser.push('FROMMEMBER', from);
    return;
  }
  if (isPlainObject(from)) {
    if (from.type === 'FROMMEMBER') {
      parser.push('FROMMEMBER', redisValue(command, 'from.value', from.value));
      return;
    }
    if ((from.type === undefined || from.type === 'FROMLONLAT') && from.longitude !== undefined && from.latitude !== undefined) {
      parser.push('FROMLONLAT', doubleLike(command, 'from.longitude', from.longitude), doubleLike(command, 'from.latitude', from.latitude));
      return;
    }
  }
  throw invalidArgument(command, 'from', 'a member or { longitude, latitude }', from);
}

/** Pushes `BYRADIUS radius unit` or `BYBOX width height unit`. */
export function pushGeoSearchBy(parser: CommandParser, command: string, by: unknown): void {
  if (isPlainObject(by) && by.unit !== undefined) {
    if ('radius' in by && by.type !== 'BYBOX') {
      parser.push('BYRADIUS', doubleLike(command, 'by.radius', by.radius), redisValue(command, 'by.unit', by.unit));
      return;
    }
    if ('width' in by && by.type !== 'BYRADIUS') {
      parser.push(
        'BYBOX',
        doubleLike(command, 'by.width', by.width),
        doubleLike(command, 'by.height', by.height),
        redisValue(command, 'by.unit', by.unit),
      );
      return;
    }
  }
  throw invalidArgument(command, 'by', '{ radius, unit } or { width, height, unit }', by);
}

/**
 * Pushes `[ASC | DESC] [COUNT count [ANY]]`. node-redis leaves out a `COUNT` of 0 (falsy); so does
 * x, to send the same command. The `WITH*` flags and `STORE` of x's earlier generated options are
 * refused: they change the reply, which the `…With` and `…Store` methods shape.
 */
export function pushGeoSearchOptions(parser: CommandParser, command: string, options: GeoSearchOptions | undefined, withMethod: string): void {
  if (options === undefined) return;
  const legacy = options as GeoSearchOptions & { WITHCOORD?: unknown; WITHDIST?: unknown; WITHHASH?: unknown };
  for (const flag of ['WITHCOORD', 'WITHDIST', 'WITHHASH'] as const) {
    if (legacy[flag] !== undefined) throw refusedOption(command, flag, withMethod);
  }
  const sort = options.SORT ?? options.order;
  if (sort) parser.push(sort);
  const count = options.COUNT;
  if (!count) return;
  if (typeof count === 'object') {
    parser.push('COUNT', integerLike(command, 'options.COUNT.value', count.value));
    if (count.ANY || options.ANY) parser.push('ANY');
  } else {
    parser.push('COUNT', integerLike(command, 'options.COUNT', count));
    if (options.ANY) parser.push('ANY');
  }
}

function redisValue(command: string, argument: string, value: unknown): RedisArgument {
  if (isRedisArgument(value)) return value;
  throw invalidArgument(command, argument, 'a string', value);
}

/** x's earlier `STORE`/`STOREDIST` options of `GEORADIUS`/`GEORADIUSBYMEMBER`: refused, with the method to use. */
export function refuseGeoStoreOptions(command: string, options: unknown, storeMethod: string): void {
  if (!isPlainObject(options)) return;
  for (const option of ['STORE', 'STOREDIST'] as const) {
    if (options[option] !== undefined && typeof options[option] !== 'boolean') throw refusedOption(command, option, storeMethod);
  }
}

/** The extra fields a `…With` search asks for. */
export const GEO_REPLY_WITH = {
  DISTANCE: 'WITHDIST',
  HASH: 'WITHHASH',
  COORDINATES: 'WITHCOORD',
} as const;

/** One of {@link GEO_REPLY_WITH}. */
export type GeoReplyWith = (typeof GEO_REPLY_WITH)[keyof typeof GEO_REPLY_WITH];

/** A result of a `…With` search: the member, and the fields asked for. */
export interface GeoReplyWithMember {
  member: string;
  distance?: number;
  hash?: number;
  coordinates?: {
    longitude: number;
    latitude: number;
  };
}

/** Checks the `replyWith` list (the `WITH*` tokens) and returns it for the parser to push. */
export function replyWithArgument(command: string, replyWith: unknown): Array<GeoReplyWith> {
  if (!Array.isArray(replyWith)) throw invalidArgument(command, 'replyWith', "an array of 'WITHDIST', 'WITHHASH', 'WITHCOORD'", replyWith);
  for (let i = 0; i < replyWith.length; i++) {
    if (!isRedisArgument(replyWith[i])) throw invalidArgument(command, `replyWith[${i}]`, "'WITHDIST', 'WITHHASH' or 'WITHCOORD'", replyWith[i]);
  }
  return replyWith as Array<GeoReplyWith>;
}

/**
 * `[[member, distance?, hash?, [longitude, latitude]?], …]` → `[{ member, distance?, hash?, coordinates? }]`.
 * The server puts the fields in that order whatever order they were asked in; `replyWith` (the
 * parser's `preserve`) says which are there. Distances and coordinates are numbers, or strings under a
 * `DOUBLE: String` mapping, like node-redis's.
 */
export function transformGeoReplyWith(reply: ReadonlyArray<unknown>, replyWith: unknown, typeMapping?: TypeMapping): Array<GeoReplyWithMember> {
  const asked = new Set(replyWith as ReadonlyArray<unknown>);
  let index = 0;
  const distanceIndex = asked.has(GEO_REPLY_WITH.DISTANCE) ? ++index : 0;
  const hashIndex = asked.has(GEO_REPLY_WITH.HASH) ? ++index : 0;
  const coordinatesIndex = asked.has(GEO_REPLY_WITH.COORDINATES) ? ++index : 0;
  const double = (value: unknown) => anyDoubleReply(value, typeMapping) as number;
  return reply.map((raw) => {
    const fields = raw as ReadonlyArray<unknown>;
    const item: GeoReplyWithMember = { member: fields[0] as string };
    if (distanceIndex) item.distance = double(fields[distanceIndex]);
    if (hashIndex) item.hash = fields[hashIndex] as number;
    if (coordinatesIndex) {
      const [longitude, latitude] = fields[coordinatesIndex] as [unknown, unknown];
      item.coordinates = { longitude: double(longitude), latitude: double(latitude) };
    }
    return item;
  });
}
