import type { ReplyError } from './reply-error';
import type { ProtocolError } from './protocol-error';
import type { VerbatimString } from './verbatim-string';

/**
 * A decoded RESP2/RESP3 value. Which members occur depends on the parser's options:
 * strings or Buffers (`returnBuffers`), number/bigint/string integers (`integers`), object/Map/array
 * maps (`mapType`), array/Set sets (`setType`), text or {@link VerbatimString} (`verbatimFormat`).
 * Errors nested in aggregates are {@link ReplyError} values.
 */
export type RespValue =
  | string
  | Buffer
  | number
  | bigint
  | boolean
  | null
  | ReplyError
  | VerbatimString
  | RespValue[]
  | RespObject
  | Map<RespValue, RespValue>
  | Set<RespValue>;

/** A RESP3 map decoded as a plain object (`mapType: 'object'`, the default). */
export interface RespObject {
  [key: string]: RespValue;
}

/** How `:` integers are returned: `number` (default; inexact beyond 2^53), `bigint`, or decimal `string`. */
export type IntegerMode = 'number' | 'bigint' | 'string';
/** How RESP3 maps (`%`) and attributes (`|`) are returned. */
export type MapType = 'object' | 'map' | 'array';
/** How RESP3 sets (`~`) are returned. */
export type SetType = 'array' | 'set';

/** The callbacks a {@link Parser} delivers to. Each is called synchronously from `execute()`. */
export interface ParserCallbacks {
  /** Every complete reply, in stream order. */
  returnReply(reply: RespValue): void;
  /** A top-level error reply (`-ERR ...` or RESP3 `!`). Errors nested in aggregates stay values. */
  returnError(error: ReplyError): void;
  /** Malformed input. The parser has already reset itself; feed it a new stream. */
  returnFatalError(error: ProtocolError): void;
  /** RESP3 push frames (`>`). When absent, pushes go to `returnReply`. */
  returnPush?(push: RespValue[]): void;
  /**
   * RESP3 attributes (`|`), top-level or nested, in stream order, before the value they annotate.
   * When absent, attributes are dropped (the value they annotate is delivered as usual).
   */
  returnAttribute?(attributes: RespValue): void;
}

/**
 * Decoding options. The first five are also public mutable fields of the parser, read at the start
 * of each top-level frame (so a client can choose per command from inside `returnReply`).
 */
export interface ParserDecodeOptions {
  /**
   * Return every string leaf (bulk `$`, simple `+`, verbatim `=` text) as a Buffer instead of a
   * UTF-8 string (as redis-parser does). Error messages, map keys in `mapType: 'object'`, numbers
   * and verbatim formats stay strings. Default `false`.
   */
  returnBuffers?: boolean;
  /**
   * With `returnBuffers`, also return simple strings (`+OK`) as Buffers — redis-parser's behaviour,
   * the default. `false` keeps them strings (what a type mapping of bulk strings to Buffer means).
   */
  simpleStringBuffers?: boolean;
  /**
   * How push frames (`>`) return their strings, independently of the reply being waited for:
   * `true` Buffers, `false` strings, undefined (default) as `returnBuffers`. Binary pub/sub needs
   * `true`, since a push may arrive between any two replies.
   */
  pushBuffers?: boolean;
  /** `:` integers as `'number'` (default), `'bigint'` or `'string'`. `(` big numbers are bigint, or strings under `'string'`. */
  integers?: IntegerMode;
  /**
   * redis-parser's option: `true` is `integers: 'string'`. Ignored when `integers` is given.
   * @deprecated use `integers`.
   */
  stringNumbers?: boolean;
  /** Maps as a plain `'object'` (default; keys stringified), a `'map'` (`Map`, keys as decoded) or a flat `'array'` `[k1, v1, k2, v2...]`. */
  mapType?: MapType;
  /** Sets as an `'array'` (default) or a `'set'` (`Set`). */
  setType?: SetType;
  /** Return verbatim strings as {@link VerbatimString} (text and format) instead of their text. Default `false`. */
  verbatimFormat?: boolean;
}

/** Limits that turn absurd input into a {@link ProtocolError} instead of unbounded memory. */
export interface ParserLimits {
  /** Longest bulk string, verbatim string, bulk error or line, in bytes. Default 512 MiB (Redis's `proto-max-bulk-len` default). */
  maxBulkLength?: number;
  /** Most elements in one aggregate (a map counts 2 per pair). Default 2^32 - 1 (a JS array's limit). */
  maxAggregateLength?: number;
  /** Deepest nesting of aggregates (attributes included). Default 128. */
  maxDepth?: number;
}

/** Everything the {@link Parser} constructor takes. */
export interface ParserOptions extends ParserCallbacks, ParserDecodeOptions, ParserLimits {}
