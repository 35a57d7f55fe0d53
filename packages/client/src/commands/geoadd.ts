import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { doubleLike, invalidArgument, isPlainObject, isRedisArgument } from './helpers/argument-errors';
import type { GeoCoordinates } from './helpers/geo';

/** A member to add and where it is. */
export interface GeoMember extends GeoCoordinates {
  member: RedisArgument;
}

/** Options of `GEOADD`. */
export interface GeoAddOptions {
  /** Only add new members (`NX`) / only update existing ones (`XX`). */
  condition?: 'NX' | 'XX';
  /** Prefer `condition: 'NX'`. */
  NX?: boolean;
  /** Prefer `condition: 'XX'`. */
  XX?: boolean;
  /** Count changed members too, not only added ones. */
  CH?: boolean;
}

/**
 * `GEOADD key [NX | XX] [CH] longitude latitude member [longitude latitude member …]`: the number of
 * members added (with `CH`: added or changed). Members are `{ longitude, latitude, member }`.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, toAdd: GeoMember | Array<GeoMember>, options?: GeoAddOptions) {
    parser.push('GEOADD');
    parser.pushKey(key);
    if (options?.condition) parser.push(options.condition);
    else if (options?.NX) parser.push('NX');
    else if (options?.XX) parser.push('XX');
    if (options?.CH) parser.push('CH');
    if (Array.isArray(toAdd)) {
      for (let i = 0; i < toAdd.length; i++) pushGeoMember(parser, `toAdd[${i}]`, toAdd[i]);
    } else {
      pushGeoMember(parser, 'toAdd', toAdd);
    }
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;

function pushGeoMember(parser: CommandParser, argument: string, item: unknown): void {
  if (!isPlainObject(item) || !isRedisArgument(item.member)) throw invalidArgument('GEOADD', argument, '{ longitude, latitude, member }', item);
  parser.push(doubleLike('GEOADD', `${argument}.longitude`, item.longitude), doubleLike('GEOADD', `${argument}.latitude`, item.latitude), item.member);
}
