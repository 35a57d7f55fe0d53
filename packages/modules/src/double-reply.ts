import { RESP_TYPES, type TypeMapping } from './resp-types';

/*
 * RESP2 sends doubles (scores, distances, probabilities, sample values) as bulk strings, RESP3 as
 * doubles. Every transform that turns the former into the latter — the built-in commands' and the
 * module packages' — reads them here, the same way node-redis does.
 */

/**
 * A double sent as text (`"1.5"`, `"inf"`/`"+inf"`, `"-inf"`, `"nan"`, an integer) as a number; a
 * Buffer (`BLOB_STRING: Buffer`) is read as its text, a number (a RESP3 double) is kept. Read as
 * node-redis reads it (its text through `toString()`, so a missing reply throws, as there).
 */
export function parseDouble(reply: unknown): number {
  if (typeof reply === 'number') return reply;
  switch ((reply as { toString(): string }).toString()) {
    case 'inf':
    case '+inf':
      return Infinity;
    case '-inf':
      return -Infinity;
    case 'nan':
      return NaN;
    default:
      return Number(reply);
  }
}

/** True when the mapping keeps doubles as the server's text (`{ [RESP_TYPES.DOUBLE]: String }`). */
export function doublesAsText(typeMapping: TypeMapping | undefined): boolean {
  return typeMapping !== undefined && typeMapping[RESP_TYPES.DOUBLE] === String;
}

/**
 * A double sent as text, as the same reply is in RESP3 under `typeMapping`: unchanged under
 * `DOUBLE: String` (a string, or a Buffer under `BLOB_STRING: Buffer`, as node-redis gives it), else
 * {@link parseDouble}.
 */
export function doubleReply(reply: unknown, typeMapping?: TypeMapping): number | string | Buffer {
  if (doublesAsText(typeMapping)) return reply as string | Buffer;
  return parseDouble(reply);
}
