import { RESP_TYPES, type TypeMapping } from '@x/modules';
import { compileDecodeOptions, VerbatimString, type DecodeProfile, type Parser } from '@x/resp';

/*
 * A command's type mapping, folded once (cached per mapping object) into the decoder's decode
 * profile — one integer holding every decoding choice — so choosing how to decode its reply costs
 * one integer compare per reply, and switching is one store (the decoder reads its profile at the
 * start of each top-level frame). node-redis's decoder decides per RESP type exactly as these
 * options do (see @x/modules' TypeMapping).
 */

/** Flags beyond the decode profile's bits: skip the reply (its command is a tombstone). */
export const DECODE_SKIP = 1 << 24;

const cache = new WeakMap<TypeMapping, number>();

function profileOf(typeMapping: TypeMapping): DecodeProfile {
  const map = typeMapping[RESP_TYPES.MAP];
  const verbatim = typeMapping[RESP_TYPES.VERBATIM_STRING];
  const bigNumber = typeMapping[RESP_TYPES.BIG_NUMBER];
  return compileDecodeOptions({
    returnBuffers: typeMapping[RESP_TYPES.BLOB_STRING] === Buffer,
    simpleStringBuffers: typeMapping[RESP_TYPES.SIMPLE_STRING] === Buffer,
    verbatimFormat: verbatim === VerbatimString,
    verbatimBuffers: verbatim === Buffer,
    integers: typeMapping[RESP_TYPES.NUMBER] === String ? 'string' : 'number',
    // node-redis's decoder gives a bigint for `Number` (its typings say number): x gives the number.
    bigNumbers: bigNumber === String ? 'string' : bigNumber === Number ? 'number' : 'bigint',
    doubles: typeMapping[RESP_TYPES.DOUBLE] === String ? 'string' : 'number',
    mapType: map === Map ? 'map' : map === Array ? 'array' : 'object',
    // A `Map`'s bulk and simple string keys are strings whatever BLOB_STRING says, as node-redis's.
    mapKeyStrings: true,
    setType: typeMapping[RESP_TYPES.SET] === Set ? 'set' : 'array',
  });
}

/** No mapping: strings, numbers, bigint big numbers, objects for maps, arrays for sets. */
export const DECODE_DEFAULT: number = profileOf({});

export function decodeFlagsOf(typeMapping: TypeMapping | undefined): number {
  if (typeMapping === undefined) return DECODE_DEFAULT;
  let flags = cache.get(typeMapping);
  if (flags !== undefined) return flags;
  flags = profileOf(typeMapping);
  cache.set(typeMapping, flags);
  return flags;
}

/**
 * Point the decoder at the settings of the reply that comes next. With {@link DECODE_SKIP} the
 * decoder consumes that reply without building it (it reports it as `returnReply(null)`, or to
 * `returnSkipped`): for the reply of a timed-out or aborted command (a tombstone).
 */
export function applyDecodeFlags(parser: Parser, flags: number): void {
  parser.decodeProfile = (flags & ~DECODE_SKIP) as DecodeProfile;
  parser.skipReplies = (flags & DECODE_SKIP) !== 0;
}
