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
 * How replies are decoded, per command (`client.withTypeMapping(...)`) or per client
 * (`commandOptions.typeMapping`). Only the mappings the decoder implements are listed, so asking for
 * one it does not implement is a compile error rather than a silent no-op:
 *
 * - `BLOB_STRING`: `String` (default) or `Buffer` — blob strings (and the strings inside aggregates)
 *   decoded as Buffers.
 * - `MAP`: `Object` (default: a plain object), `Map`, or `Array` (flat `[key, value, …]`).
 * - `SET`: `Array` (default) or `Set`.
 *
 * Command transforms (`transformReply`) receive the mapping as their third argument and shape their
 * RESP2 replies the same way, so a reply has one shape whatever the protocol.
 */
export interface TypeMapping {
  [RESP_TYPES.BLOB_STRING]?: StringConstructor | BufferConstructor;
  [RESP_TYPES.MAP]?: ObjectConstructor | MapConstructor | ArrayConstructor;
  [RESP_TYPES.SET]?: ArrayConstructor | SetConstructor;
}
