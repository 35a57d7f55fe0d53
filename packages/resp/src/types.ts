import type { ReplyError } from './reply-error';
import type { ProtocolError } from './protocol-error';
import type { VerbatimString } from './verbatim-string';

/**
 * A decoded RESP2/RESP3 value. Which members occur depends on the parser's options:
 * strings or Buffers (`returnBuffers`…), number/bigint/string integers and big numbers (`integers`,
 * `bigNumbers`), number/string doubles (`doubles`), object/Map/array maps (`mapType`), array/Set
 * sets (`setType`), text or {@link VerbatimString} (`verbatimFormat`).
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
/** How RESP3 big numbers (`(`) are returned: `bigint` (default), `number` (rounded), or decimal `string`. */
export type BigNumberMode = 'bigint' | 'number' | 'string';
/** How RESP3 doubles (`,`) are returned: `number` (default) or the server's text (`'3.14'`, `'inf'`). */
export type DoubleMode = 'number' | 'string';
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
  /**
   * A top-level reply (or error reply) consumed without being built, because `skipReplies` was set
   * when it started or `skipCurrentReply()` was called while it arrived. Called once per reply, in
   * stream order, in place of `returnReply`/`returnError`. When absent, a skipped reply is delivered
   * as `returnReply(null)`.
   */
  returnSkipped?(): void;
}

/**
 * Decoding options. Each (but `stringNumbers`) is also a public mutable property of the parser, read
 * at the start of each top-level frame (so a client can choose per command from inside
 * `returnReply`); {@link compileDecodeOptions} folds them into one number to switch all at once.
 */
export interface ParserDecodeOptions {
  /**
   * Return bulk strings (`$`) as Buffers instead of UTF-8 strings; simple strings and verbatim text
   * too unless `simpleStringBuffers`/`verbatimBuffers` say otherwise (as redis-parser does). Error
   * messages, map keys in `mapType: 'object'`, numbers and verbatim formats stay strings. Default `false`.
   */
  returnBuffers?: boolean;
  /**
   * Simple strings (`+OK`) as Buffers (`true`) or strings (`false`) whatever `returnBuffers` says;
   * `undefined` (default): as `returnBuffers`. node-redis's `SIMPLE_STRING` type mapping.
   */
  simpleStringBuffers?: boolean | undefined;
  /**
   * How push frames (`>`) return their strings, independently of the reply being waited for:
   * `true` Buffers, `false` strings, undefined (default) as `returnBuffers`. Binary pub/sub needs
   * `true`, since a push may arrive between any two replies.
   */
  pushBuffers?: boolean;
  /** `:` integers as `'number'` (default), `'bigint'` or `'string'`. */
  integers?: IntegerMode;
  /**
   * `(` big numbers as `'bigint'`, `'number'` (rounded like `Number()`) or `'string'`; `undefined`
   * (default): strings under `integers: 'string'`, else bigint.
   */
  bigNumbers?: BigNumberMode | undefined;
  /** `,` doubles as `'number'` (default) or `'string'` (the server's text: `'3.14'`, `'inf'`). */
  doubles?: DoubleMode;
  /**
   * redis-parser's option: `true` is `integers: 'string'`. Ignored when `integers` is given.
   * @deprecated use `integers`.
   */
  stringNumbers?: boolean;
  /** Maps as a plain `'object'` (default; keys stringified), a `'map'` (`Map`, keys as decoded) or a flat `'array'` `[k1, v1, k2, v2...]`. */
  mapType?: MapType;
  /**
   * Under `mapType: 'map'`, keys that would be Buffers (bulk or simple strings under
   * `returnBuffers`) are strings instead, as node-redis makes them. Default `false`.
   */
  mapKeyStrings?: boolean;
  /** Sets as an `'array'` (default) or a `'set'` (`Set`). */
  setType?: SetType;
  /**
   * Return verbatim strings as {@link VerbatimString} (a `String` with its `format`) instead of their
   * text. Default `false`.
   */
  verbatimFormat?: boolean;
  /**
   * Without `verbatimFormat`, verbatim text as a Buffer (`true`) or a string (`false`); `undefined`
   * (default): as `returnBuffers`.
   */
  verbatimBuffers?: boolean | undefined;
}

/** Limits that turn absurd input into a {@link ProtocolError} instead of unbounded memory. */
export interface ParserLimits {
  /** Longest bulk string, verbatim string or bulk error, in bytes. Default 512 MiB (Redis's `proto-max-bulk-len` default). */
  maxBulkLength?: number;
  /**
   * Longest line — a simple string, simple error, integer, double or big number, or a length header
   * — in bytes, its type byte included, its CRLF not (and never more than `maxBulkLength`). A line
   * has no length prefix: without this bound a stream that never sends CRLF is buffered until
   * `maxBulkLength`. Default 64 KiB: the longest request line Redis itself accepts
   * (`PROTO_INLINE_MAX_SIZE`); it also bounds the cost of one big-number conversion (~10 ms).
   */
  maxLineLength?: number;
  /** Most elements in one aggregate (a map counts 2 per pair). Default 2^32 - 1 (a JS array's limit). */
  maxAggregateLength?: number;
  /** Deepest nesting of aggregates (attributes included). Default 128. */
  maxDepth?: number;
}

/** Everything the {@link Parser} constructor takes. */
export interface ParserOptions extends ParserCallbacks, ParserDecodeOptions, ParserLimits {
  /**
   * Consume every top-level reply without building it (push frames excepted) and report it to
   * `returnSkipped`: see `Parser.skipReplies`. Default `false`.
   */
  skipReplies?: boolean;
}
