import { compileDecodeOptions, optionalBoolean, type DecodeProfile } from './decode-profile';
import type { ParserCallbacks, ParserOptions, RespValue } from './types';

/** Defaults of the limits (documented on {@link ParserLimits}). */
export const DEFAULT_MAX_BULK_LENGTH = 512 * 1024 * 1024;
export const DEFAULT_MAX_LINE_LENGTH = 64 * 1024;
export const DEFAULT_MAX_AGGREGATE_LENGTH = 2 ** 32 - 1;
export const DEFAULT_MAX_DEPTH = 128;

/** Parser options validated, with every default applied. */
export interface ResolvedParserOptions {
  returnReply: ParserCallbacks['returnReply'];
  returnError: ParserCallbacks['returnError'];
  returnFatalError: ParserCallbacks['returnFatalError'];
  returnPush: ((push: RespValue[]) => void) | undefined;
  returnAttribute: ((attributes: RespValue) => void) | undefined;
  returnSkipped: (() => void) | undefined;
  profile: DecodeProfile;
  pushBuffers: boolean | undefined;
  skipReplies: boolean;
  maxBulkLength: number;
  maxLineLength: number;
  maxAggregateLength: number;
  maxDepth: number;
}

/** Validate the constructor's options; a wrong one throws a TypeError naming it. */
export function resolveParserOptions(options: ParserOptions): ResolvedParserOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError('Parser options are required');
  for (const name of ['returnReply', 'returnError', 'returnFatalError'] as const) {
    if (typeof options[name] !== 'function') throw new TypeError(`Parser option "${name}" must be a function`);
  }
  for (const name of ['returnPush', 'returnAttribute', 'returnSkipped'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      throw new TypeError(`Parser option "${name}" must be a function when given`);
    }
  }
  return {
    returnReply: options.returnReply,
    returnError: options.returnError,
    returnFatalError: options.returnFatalError,
    returnPush: options.returnPush,
    returnAttribute: options.returnAttribute,
    returnSkipped: options.returnSkipped,
    profile: compileDecodeOptions(options),
    pushBuffers: options.pushBuffers === undefined ? undefined : optionalBoolean(options.pushBuffers, 'pushBuffers', false),
    skipReplies: optionalBoolean(options.skipReplies, 'skipReplies', false),
    maxBulkLength: positiveInteger(options.maxBulkLength, 'maxBulkLength', DEFAULT_MAX_BULK_LENGTH),
    maxLineLength: positiveInteger(options.maxLineLength, 'maxLineLength', DEFAULT_MAX_LINE_LENGTH),
    maxAggregateLength: positiveInteger(options.maxAggregateLength, 'maxAggregateLength', DEFAULT_MAX_AGGREGATE_LENGTH),
    maxDepth: positiveInteger(options.maxDepth, 'maxDepth', DEFAULT_MAX_DEPTH),
  };
}

export { optionalBoolean };

function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new TypeError(`Parser option "${name}" must be a positive integer, got ${String(value)}`);
  }
  return value;
}
