import { RESP_TYPES, type TypeMapping } from '@x/modules';
import type { Parser } from '@x/resp';

/**
 * A command's type mapping, folded into a small bit set once when the command is sent, so choosing
 * how to decode its reply costs one integer compare per reply (the decoder reads its settings at the
 * start of each top-level frame).
 */
export const DECODE_DEFAULT = 0;
export const DECODE_BUFFERS = 1;
export const DECODE_MAP_AS_MAP = 2;
export const DECODE_MAP_AS_ARRAY = 4;
export const DECODE_SET_AS_SET = 8;

const cache = new WeakMap<TypeMapping, number>();

export function decodeFlagsOf(typeMapping: TypeMapping | undefined): number {
  if (typeMapping === undefined) return DECODE_DEFAULT;
  let flags = cache.get(typeMapping);
  if (flags !== undefined) return flags;
  flags = DECODE_DEFAULT;
  if (typeMapping[RESP_TYPES.BLOB_STRING] === Buffer) flags |= DECODE_BUFFERS;
  const map = typeMapping[RESP_TYPES.MAP];
  if (map === Map) flags |= DECODE_MAP_AS_MAP;
  else if (map === Array) flags |= DECODE_MAP_AS_ARRAY;
  if (typeMapping[RESP_TYPES.SET] === Set) flags |= DECODE_SET_AS_SET;
  cache.set(typeMapping, flags);
  return flags;
}

/** Point the decoder at the settings of the command whose reply comes next. */
export function applyDecodeFlags(parser: Parser, flags: number): void {
  parser.returnBuffers = (flags & DECODE_BUFFERS) !== 0;
  parser.mapType = (flags & DECODE_MAP_AS_MAP) !== 0 ? 'map' : (flags & DECODE_MAP_AS_ARRAY) !== 0 ? 'array' : 'object';
  parser.setType = (flags & DECODE_SET_AS_SET) !== 0 ? 'set' : 'array';
}
