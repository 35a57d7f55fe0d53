import type { IntegerMode, MapType, ParserCallbacks, ParserOptions, RespValue, SetType } from './types';

/** Defaults of the limits (documented on {@link ParserLimits}). */
export const DEFAULT_MAX_BULK_LENGTH = 512 * 1024 * 1024;
export const DEFAULT_MAX_AGGREGATE_LENGTH = 2 ** 32 - 1;
export const DEFAULT_MAX_DEPTH = 128;

const INTEGER_MODES: readonly IntegerMode[] = ['number', 'bigint', 'string'];
const MAP_TYPES: readonly MapType[] = ['object', 'map', 'array'];
const SET_TYPES: readonly SetType[] = ['array', 'set'];

/** Parser options validated, with every default applied. */
export interface ResolvedParserOptions {
  returnReply: ParserCallbacks['returnReply'];
  returnError: ParserCallbacks['returnError'];
  returnFatalError: ParserCallbacks['returnFatalError'];
  returnPush: ((push: RespValue[]) => void) | undefined;
  returnAttribute: ((attributes: RespValue) => void) | undefined;
  returnBuffers: boolean;
  simpleStringBuffers: boolean;
  pushBuffers: boolean | undefined;
  integers: IntegerMode;
  mapType: MapType;
  setType: SetType;
  verbatimFormat: boolean;
  maxBulkLength: number;
  maxAggregateLength: number;
  maxDepth: number;
}

/** Validate the constructor's options; a wrong one throws a TypeError naming it. */
export function resolveParserOptions(options: ParserOptions): ResolvedParserOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError('Parser options are required');
  for (const name of ['returnReply', 'returnError', 'returnFatalError'] as const) {
    if (typeof options[name] !== 'function') throw new TypeError(`Parser option "${name}" must be a function`);
  }
  for (const name of ['returnPush', 'returnAttribute'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      throw new TypeError(`Parser option "${name}" must be a function when given`);
    }
  }
  const stringNumbers = optionalBoolean(options.stringNumbers, 'stringNumbers', false);
  return {
    returnReply: options.returnReply,
    returnError: options.returnError,
    returnFatalError: options.returnFatalError,
    returnPush: options.returnPush,
    returnAttribute: options.returnAttribute,
    returnBuffers: optionalBoolean(options.returnBuffers, 'returnBuffers', false),
    simpleStringBuffers: optionalBoolean(options.simpleStringBuffers, 'simpleStringBuffers', true),
    pushBuffers: options.pushBuffers === undefined ? undefined : optionalBoolean(options.pushBuffers, 'pushBuffers', false),
    integers: oneOf(options.integers, 'integers', INTEGER_MODES, stringNumbers ? 'string' : 'number'),
    mapType: oneOf(options.mapType, 'mapType', MAP_TYPES, 'object'),
    setType: oneOf(options.setType, 'setType', SET_TYPES, 'array'),
    verbatimFormat: optionalBoolean(options.verbatimFormat, 'verbatimFormat', false),
    maxBulkLength: positiveInteger(options.maxBulkLength, 'maxBulkLength', DEFAULT_MAX_BULK_LENGTH),
    maxAggregateLength: positiveInteger(options.maxAggregateLength, 'maxAggregateLength', DEFAULT_MAX_AGGREGATE_LENGTH),
    maxDepth: positiveInteger(options.maxDepth, 'maxDepth', DEFAULT_MAX_DEPTH),
  };
}

export function optionalBoolean(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`Parser option "${name}" must be a boolean, got ${typeof value}`);
  return value;
}

function oneOf<T extends string>(value: unknown, name: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new TypeError(`Parser option "${name}" must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${String(value)}`);
  }
  return value as T;
}

function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new TypeError(`Parser option "${name}" must be a positive integer, got ${String(value)}`);
  }
  return value;
}
