import type { VerbatimString } from '@x/resp';

/**
 * The RESP type codes, keyed by name. The values are the first byte of each RESP3 type on the wire
 * (`$` is 36, `%` is 37, …) and are the same numbers node-redis uses, so a `typeMapping` written for
 * node-redis (`{ [RESP_TYPES.BLOB_STRING]: Buffer }`) means the same thing here.
 */
export const RESP_TYPES = {
  NULL: 95,
  BOOLEAN: 35,
  NUMBER: 58,
  BIG_NUMBER: 40,
  DOUBLE: 44,
  SIMPLE_STRING: 43,
  BLOB_STRING: 36,
  VERBATIM_STRING: 61,
  SIMPLE_ERROR: 45,
  BLOB_ERROR: 33,
  ARRAY: 42,
  SET: 126,
  MAP: 37,
  PUSH: 62,
} as const;

/** The table of RESP type codes (the type of {@link RESP_TYPES}). */
export type RespTypes = typeof RESP_TYPES;

/** One RESP type code, e.g. `36` for a blob (bulk) string. */
export type RespTypeCode = RespTypes[keyof RespTypes];

/**
 * How replies are decoded: per client (`commandOptions.typeMapping`), per view
 * (`client.withTypeMapping(...)`) or per call (`sendCommand(args, { typeMapping })`). The entries and
 * the values each takes are node-redis's; the decoder honours them as node-redis's does, in RESP3 and
 * in RESP2 (a RESP2 integer is a `NUMBER`, a status line a `SIMPLE_STRING`), at the top level and
 * inside arrays, maps and sets:
 *
 * - `NUMBER` (`:`): `Number` (default) or `String` (the digits: exact beyond 2^53).
 * - `BIG_NUMBER` (`(`): `BigInt` (default), `Number` or `String`.
 * - `DOUBLE` (`,`): `Number` (default) or `String` (the server's text: `'3.14'`, `'inf'`).
 * - `SIMPLE_STRING` (`+`): `String` (default) or `Buffer`.
 * - `BLOB_STRING` (`$`): `String` (default) or `Buffer`. Map keys stay strings (in a `Map` too).
 * - `VERBATIM_STRING` (`=`): `String` (default: the text), `Buffer` (the text) or `VerbatimString`
 *   (a `String` with its `format`).
 * - `MAP` (`%`): `Object` (default: a plain object), `Map`, or `Array` (flat `[key, value, …]`).
 * - `SET` (`~`): `Array` (default) or `Set`.
 * - `NULL`, `BOOLEAN`, `SIMPLE_ERROR`, `BLOB_ERROR`, `ARRAY`: accepted as node-redis accepts them, and
 *   like node-redis's decoder they change nothing (errors are always `ReplyError`s).
 *
 * Command transforms (`transformReply`) receive the mapping as their third argument and shape their
 * RESP2 replies the same way (a double that RESP2 sends as a bulk string becomes a number or stays a
 * string per `DOUBLE`), so a reply has one shape whatever the protocol. A mapping also changes the
 * reply's *type* (see `ReplyWithTypeMapping`): under `{ [RESP_TYPES.DOUBLE]: String }` a double
 * reply is typed `` `${number}` ``.
 */
export interface TypeMapping {
  [RESP_TYPES.NULL]?: MappedType<null>;
  [RESP_TYPES.BOOLEAN]?: MappedType<boolean>;
  [RESP_TYPES.NUMBER]?: NumberConstructor | StringConstructor;
  [RESP_TYPES.BIG_NUMBER]?: BigIntConstructor | NumberConstructor | StringConstructor;
  [RESP_TYPES.DOUBLE]?: NumberConstructor | StringConstructor;
  [RESP_TYPES.SIMPLE_STRING]?: StringConstructor | BufferConstructor;
  [RESP_TYPES.BLOB_STRING]?: StringConstructor | BufferConstructor;
  [RESP_TYPES.VERBATIM_STRING]?: StringConstructor | BufferConstructor | typeof VerbatimString;
  [RESP_TYPES.SIMPLE_ERROR]?: MappedType<Error | Buffer>;
  [RESP_TYPES.BLOB_ERROR]?: MappedType<Error | Buffer>;
  [RESP_TYPES.ARRAY]?: MappedType<Array<unknown>>;
  [RESP_TYPES.SET]?: ArrayConstructor | SetConstructor;
  [RESP_TYPES.MAP]?: ObjectConstructor | MapConstructor | ArrayConstructor;
}

/**
 * A function or class producing `T`: node-redis's shape for the mapping entries its decoder ignores
 * (`{ [RESP_TYPES.BOOLEAN]: Boolean }` compiles, as it does with node-redis, and changes nothing).
 */
export type MappedType<T> = ((...args: never[]) => T) | (new (...args: never[]) => T);
