import type { BigNumberMode, DoubleMode, IntegerMode, MapType, ParserDecodeOptions, SetType } from './types';

/*
 * Every decoding choice of the parser folded into one small integer (a "decode profile"). The
 * parser copies it once at the start of each top-level frame and its leaves test bits, so switching
 * every setting at once — what a client does between two replies of differently mapped commands —
 * is one store, and the hot path never reads more than one field per frame.
 *
 * The bits hold the *resolved* choice of each leaf (what a simple string becomes, say), plus a
 * "follows" bit for the settings whose default is "as another setting says" (simple strings and
 * verbatim text follow `returnBuffers`, big numbers follow `integers`), so changing the leader
 * later updates its followers as it did when each was a field.
 */

declare const PROFILE: unique symbol;
/** Decode options compiled by {@link compileDecodeOptions}: assign to `parser.decodeProfile`. */
export type DecodeProfile = number & { readonly [PROFILE]: true };

export const BLOB_BUFFERS = 1 << 0;
export const SIMPLE_BUFFERS = 1 << 1;
const SIMPLE_FOLLOWS = 1 << 2;
export const VERBATIM_BUFFERS = 1 << 3;
const VERBATIM_FOLLOWS = 1 << 4;
export const VERBATIM_OBJECT = 1 << 5;
/** Two bits: {@link INT_NUMBER}, {@link INT_BIGINT}, {@link INT_STRING}. */
export const INT_MASK = 3 << 6;
export const INT_NUMBER = 0;
export const INT_BIGINT = 1 << 6;
export const INT_STRING = 2 << 6;
/** Two bits: {@link BIG_BIGINT}, {@link BIG_NUMBER}, {@link BIG_STRING}. */
export const BIG_MASK = 3 << 8;
export const BIG_BIGINT = 0;
export const BIG_NUMBER = 1 << 8;
export const BIG_STRING = 2 << 8;
const BIG_FOLLOWS = 1 << 10;
export const DOUBLE_STRING = 1 << 11;
/** Two bits: {@link MAP_OBJECT}, {@link MAP_MAP}, {@link MAP_ARRAY}. */
export const MAP_MASK = 3 << 12;
export const MAP_OBJECT = 0;
export const MAP_MAP = 1 << 12;
export const MAP_ARRAY = 2 << 12;
export const MAP_KEY_STRINGS = 1 << 14;
export const SET_SET = 1 << 15;
/** The string leaves `pushBuffers` decides for push frames. */
const STRING_BUFFERS = BLOB_BUFFERS | SIMPLE_BUFFERS | VERBATIM_BUFFERS;

const INTEGER_MODES: readonly IntegerMode[] = ['number', 'bigint', 'string'];
const INTEGER_BITS = [INT_NUMBER, INT_BIGINT, INT_STRING];
const BIG_NUMBER_MODES: readonly BigNumberMode[] = ['bigint', 'number', 'string'];
const BIG_NUMBER_BITS = [BIG_BIGINT, BIG_NUMBER, BIG_STRING];
const DOUBLE_MODES: readonly DoubleMode[] = ['number', 'string'];
const MAP_TYPES: readonly MapType[] = ['object', 'map', 'array'];
const MAP_BITS = [MAP_OBJECT, MAP_MAP, MAP_ARRAY];
const SET_TYPES: readonly SetType[] = ['array', 'set'];

/** Every default: strings, numbers, bigint big numbers, object maps, array sets, verbatim text. */
export const DEFAULT_PROFILE = (SIMPLE_FOLLOWS | VERBATIM_FOLLOWS | BIG_FOLLOWS) as DecodeProfile;

/**
 * Compile decode options (validated: a wrong one throws a TypeError naming it) into a profile, so a
 * client can precompute one per type mapping and switch the parser with one assignment
 * (`parser.decodeProfile = profile`). Options not given take their defaults; `pushBuffers` is not
 * part of a profile (it is the parser's own, for push frames whatever reply is awaited).
 */
export function compileDecodeOptions(options: ParserDecodeOptions = {}): DecodeProfile {
  if (typeof options !== 'object' || options === null) throw new TypeError('Decode options must be an object');
  let p: number = DEFAULT_PROFILE;
  const stringNumbers = optionalBoolean(options.stringNumbers, 'stringNumbers', false);
  p = withIntegers(p, oneOf(options.integers, 'integers', INTEGER_MODES, stringNumbers ? 'string' : 'number'));
  if (options.bigNumbers !== undefined) p = withBigNumbers(p, oneOf(options.bigNumbers, 'bigNumbers', BIG_NUMBER_MODES, 'bigint'));
  p = withReturnBuffers(p, optionalBoolean(options.returnBuffers, 'returnBuffers', false));
  if (options.simpleStringBuffers !== undefined) p = withSimpleStringBuffers(p, optionalBoolean(options.simpleStringBuffers, 'simpleStringBuffers', false));
  if (options.verbatimBuffers !== undefined) p = withVerbatimBuffers(p, optionalBoolean(options.verbatimBuffers, 'verbatimBuffers', false));
  p = withBit(p, VERBATIM_OBJECT, optionalBoolean(options.verbatimFormat, 'verbatimFormat', false));
  p = withDoubles(p, oneOf(options.doubles, 'doubles', DOUBLE_MODES, 'number'));
  p = withMapType(p, oneOf(options.mapType, 'mapType', MAP_TYPES, 'object'));
  p = withBit(p, MAP_KEY_STRINGS, optionalBoolean(options.mapKeyStrings, 'mapKeyStrings', false));
  p = withSetType(p, oneOf(options.setType, 'setType', SET_TYPES, 'array'));
  return p as DecodeProfile;
}

// Each `with*` returns the profile with one setting changed (and its followers updated).

export function withBit(p: number, bit: number, on: boolean): number {
  return on ? p | bit : p & ~bit;
}

export function withReturnBuffers(p: number, on: boolean): number {
  p = withBit(p, BLOB_BUFFERS, on);
  if ((p & SIMPLE_FOLLOWS) !== 0) p = withBit(p, SIMPLE_BUFFERS, on);
  if ((p & VERBATIM_FOLLOWS) !== 0) p = withBit(p, VERBATIM_BUFFERS, on);
  return p;
}

/** `undefined`: as `returnBuffers` (redis-parser's behaviour). */
export function withSimpleStringBuffers(p: number, on: boolean | undefined): number {
  if (on === undefined) return withBit(p | SIMPLE_FOLLOWS, SIMPLE_BUFFERS, (p & BLOB_BUFFERS) !== 0);
  return withBit(p & ~SIMPLE_FOLLOWS, SIMPLE_BUFFERS, on);
}

/** `undefined`: as `returnBuffers`. */
export function withVerbatimBuffers(p: number, on: boolean | undefined): number {
  if (on === undefined) return withBit(p | VERBATIM_FOLLOWS, VERBATIM_BUFFERS, (p & BLOB_BUFFERS) !== 0);
  return withBit(p & ~VERBATIM_FOLLOWS, VERBATIM_BUFFERS, on);
}

export function withIntegers(p: number, mode: IntegerMode): number {
  p = (p & ~INT_MASK) | (INTEGER_BITS[INTEGER_MODES.indexOf(mode)] as number);
  if ((p & BIG_FOLLOWS) !== 0) p = (p & ~BIG_MASK) | (mode === 'string' ? BIG_STRING : BIG_BIGINT);
  return p;
}

/** `undefined`: strings when `integers` is `'string'`, else bigint. */
export function withBigNumbers(p: number, mode: BigNumberMode | undefined): number {
  if (mode === undefined) return withIntegers(p | BIG_FOLLOWS, integersOf(p));
  return (p & ~(BIG_MASK | BIG_FOLLOWS)) | (BIG_NUMBER_BITS[BIG_NUMBER_MODES.indexOf(mode)] as number);
}

export function withDoubles(p: number, mode: DoubleMode): number {
  return withBit(p, DOUBLE_STRING, mode === 'string');
}

export function withMapType(p: number, type: MapType): number {
  return (p & ~MAP_MASK) | (MAP_BITS[MAP_TYPES.indexOf(type)] as number);
}

export function withSetType(p: number, type: SetType): number {
  return withBit(p, SET_SET, type === 'set');
}

/** The profile a push frame is decoded with: `pushBuffers`, when set, decides every string leaf. */
export function pushProfile(p: number, pushBuffers: boolean | undefined): number {
  if (pushBuffers === undefined) return p;
  return pushBuffers ? p | STRING_BUFFERS : p & ~STRING_BUFFERS;
}

// Reading a profile back (the parser's getters).

export function integersOf(p: number): IntegerMode {
  return INTEGER_MODES[INTEGER_BITS.indexOf(p & INT_MASK)] as IntegerMode;
}

export function bigNumbersOf(p: number): BigNumberMode {
  return BIG_NUMBER_MODES[BIG_NUMBER_BITS.indexOf(p & BIG_MASK)] as BigNumberMode;
}

export function mapTypeOf(p: number): MapType {
  return MAP_TYPES[MAP_BITS.indexOf(p & MAP_MASK)] as MapType;
}

/** A follower's setting: `undefined` while it follows its leader. */
export function simpleStringBuffersOf(p: number): boolean | undefined {
  return (p & SIMPLE_FOLLOWS) !== 0 ? undefined : (p & SIMPLE_BUFFERS) !== 0;
}

export function verbatimBuffersOf(p: number): boolean | undefined {
  return (p & VERBATIM_FOLLOWS) !== 0 ? undefined : (p & VERBATIM_BUFFERS) !== 0;
}

// Validation shared with the constructor's options.

export function optionalBoolean(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`Parser option "${name}" must be a boolean, got ${typeof value}`);
  return value;
}

export function oneOf<T extends string>(value: unknown, name: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new TypeError(`Parser option "${name}" must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${String(value)}`);
  }
  return value as T;
}

export const VALUES = { INTEGER_MODES, BIG_NUMBER_MODES, DOUBLE_MODES, MAP_TYPES, SET_TYPES } as const;
