import { isAscii } from 'node:buffer';
import { ProtocolError } from './protocol-error';
import { ReplyError } from './reply-error';
import { VerbatimString } from './verbatim-string';
import { optionalBoolean, resolveParserOptions } from './parser-options';
import type { IntegerMode, MapType, ParserCallbacks, ParserOptions, RespObject, RespValue, SetType } from './types';

/*
 * A streaming RESP2/RESP3 decoder.
 *
 * How it stays fast and bounded:
 * - One cursor (`pos`) walks the current chunk; lengths and integers are parsed from bytes; strings
 *   are made once, at the leaf, with `utf8Slice` (or a `subarray` view under `returnBuffers`).
 * - Aggregates never recurse: a stack of partially filled frames survives across chunks, so a
 *   1M-element array split over 150 chunks is parsed once, not re-parsed from its start per chunk.
 * - A leaf (one scalar, or one aggregate header) cut by a chunk boundary is the only thing kept:
 *   its bytes are collected by reference and joined once when complete (one copy of exactly the
 *   leaf's bytes, never of the whole next chunk), then parsed by the same leaf code.
 * - Every length is bounded (`maxBulkLength`, `maxAggregateLength`, `maxDepth`) and checked digit by
 *   digit, so garbage fails fast instead of making the parser wait for (or allocate) gigabytes.
 */

// Bytes of the protocol.
const CR = 13;
const LF = 10;
const MINUS = 45;
const PLUS = 43;
const T_SIMPLE = 43; // +
const T_ERROR = 45; // -
const T_INTEGER = 58; // :
const T_BULK = 36; // $
const T_ARRAY = 42; // *
const T_NULL = 95; // _
const T_BOOLEAN = 35; // #
const T_DOUBLE = 44; // ,
const T_BIG_NUMBER = 40; // (
const T_BULK_ERROR = 33; // !
const T_VERBATIM = 61; // =
const T_MAP = 37; // %
const T_SET = 126; // ~
const T_ATTRIBUTE = 124; // |
const T_PUSH = 62; // >

/** Leaf results that are not values (never visible outside this file). */
const INCOMPLETE: unique symbol = Symbol('incomplete');
const FAILED: unique symbol = Symbol('failed');
const PUSHED: unique symbol = Symbol('pushed');
/** `|0\r\n`: an attribute with nothing in it, which is still not an element of its parent. */
const EMPTY_ATTRIBUTE: unique symbol = Symbol('empty attribute');
type Step = RespValue | typeof INCOMPLETE | typeof FAILED | typeof PUSHED | typeof EMPTY_ATTRIBUTE;

/** `readLength` results below zero. */
const LEN_NULL = -1;
const LEN_NEED = -2;
const LEN_BAD = -3;

/** Most digits in a `:` integer (int64 has 19; one more is tolerated). */
const MAX_INTEGER_DIGITS = 20;
/** Longest `,` double line: the server prints at most ~24 characters (`%.17g`). */
const MAX_DOUBLE_LENGTH = 128;
/**
 * Slots the whole aggregate stack may preallocate (8 MB of pointers). Preallocating a big array
 * whole is measurably faster than growing it, but a header costs a few bytes: with a budget, a
 * hostile `*999999999` reserves at most this much; beyond it arrays grow as elements arrive.
 */
const PREALLOCATE_BUDGET = 1 << 20;
/**
 * Text longer than this is checked for ASCII first: an ASCII payload is decoded as latin1, which
 * Node turns into an external string past ~1 MB instead of copying it into the V8 heap (several
 * times faster there; `utf8Slice` of a large payload is slow on Node 20).
 */
const LARGE_TEXT = 65536;
/** A simple line shorter than this is scanned in JS; longer ones with native `indexOf`. */
const SHORT_SCAN = 32;

/** Node's Buffer has these natively; they skip `toString`'s argument handling on the hot path. */
interface FastBuffer extends Buffer {
  utf8Slice(start: number, end: number): string;
  latin1Slice(start: number, end: number): string;
}

const EMPTY = Buffer.alloc(0) as FastBuffer;

/** One partially filled aggregate. Frame objects are pooled; `items` is fresh per aggregate. */
interface Frame {
  type: number;
  /** Elements expected (2 per pair for maps and attributes). */
  need: number;
  /** Elements received so far. */
  idx: number;
  items: RespValue[];
  /** Slots preallocated from PREALLOCATE_BUDGET, returned when the frame completes. */
  reserved: number;
}

/**
 * Streaming RESP2/RESP3 parser in redis-parser's shape. Feed it socket chunks with
 * {@link Parser.execute}; it calls back once per complete top-level frame, in stream order.
 *
 * `returnBuffers`, `integers`, `mapType`, `setType` and `verbatimFormat` are public and mutable; they
 * are read at the start of each top-level frame, so a client can set them from inside `returnReply`
 * for the next queued command.
 *
 * Callbacks should not throw. If one does, the exception leaves `execute()`, and the bytes after the
 * frame it was handed are kept and parsed on the next `execute()`. Calling `execute()` from inside a
 * callback is not supported; calling `reset()` is (the rest of the chunk is then dropped).
 */
export class Parser {
  /** Return string leaves as Buffers (see {@link ParserOptions.returnBuffers}). Read per top-level frame. */
  returnBuffers: boolean;
  /** With `returnBuffers`, simple strings as Buffers too (default true). Read per top-level frame. */
  simpleStringBuffers: boolean;
  /** Push frames' strings as Buffers (true), strings (false), or as `returnBuffers` (undefined). */
  pushBuffers: boolean | undefined;
  /** How `:` integers (and `(` big numbers under `'string'`) are returned. Read per top-level frame. */
  integers: IntegerMode;
  /** How maps and attributes are returned. Read per top-level frame. */
  mapType: MapType;
  /** How sets are returned. Read per top-level frame. */
  setType: SetType;
  /** Return verbatim strings as {@link VerbatimString}. Read per top-level frame. */
  verbatimFormat: boolean;
  /** Longest bulk/verbatim string, bulk error or line, in bytes. */
  maxBulkLength: number;
  /** Most elements in one aggregate (2 per map pair). */
  maxAggregateLength: number;
  /** Deepest aggregate nesting. */
  maxDepth: number;

  private readonly onReply: ParserCallbacks['returnReply'];
  private readonly onError: ParserCallbacks['returnError'];
  private readonly onFatal: ParserCallbacks['returnFatalError'];
  private readonly onPush: ((push: RespValue[]) => void) | undefined;
  private readonly onAttribute: ((attributes: RespValue) => void) | undefined;

  // Options as read at the start of the current top-level frame.
  private topType = 0;
  private buffers = false;
  private simpleBuffers = false;
  private ints: IntegerMode = 'number';
  private maps: MapType = 'object';
  private sets: SetType = 'array';
  private verbatim = false;

  // The cursor: `buf` is the chunk (or a joined leaf), `base` the stream offset of `buf[0]`.
  private buf: FastBuffer = EMPTY;
  /**
   * Whether `buf` is all ASCII (one `isAscii` per chunk, ~0.03 ns/byte): then every string in it
   * is made with `latin1Slice`, which skips UTF-8 decoding (6-20 ns less per string than
   * `utf8Slice`, and an external string past ~1 MB).
   */
  private ascii = false;
  private pos = 0;
  private base = 0;
  /** Stream offset just past the last byte fed. */
  private fed = 0;

  // The aggregate stack.
  private readonly frames: Frame[] = [];
  private depth = 0;
  /** Preallocated slots of the frames on the stack. */
  private reserved = 0;

  // A leaf cut by a chunk boundary: its bytes so far, and how many it needs (-1: up to the next LF).
  private pending: Buffer[] | null = null;
  private pendingBytes = 0;
  private pendingNeed = -1;
  private pendingStart = 0;
  /** Set by a leaf parser that returns INCOMPLETE: the leaf's total size if known, else -1. */
  private partialNeed = -1;

  /** Bytes left unparsed when a callback threw; parsed first on the next `execute()`. */
  private stash: Buffer | null = null;
  /** Set by `fail()`, delivered by `fatal()`. */
  private error: ProtocolError | null = null;
  /** Bumped by `reset()`, so a loop notices a reset made from inside a callback. */
  private generation = 0;

  constructor(options: ParserOptions) {
    const o = resolveParserOptions(options);
    this.onReply = o.returnReply;
    this.onError = o.returnError;
    this.onFatal = o.returnFatalError;
    this.onPush = o.returnPush;
    this.onAttribute = o.returnAttribute;
    this.returnBuffers = o.returnBuffers;
    this.simpleStringBuffers = o.simpleStringBuffers;
    this.pushBuffers = o.pushBuffers;
    this.integers = o.integers;
    this.mapType = o.mapType;
    this.setType = o.setType;
    this.verbatimFormat = o.verbatimFormat;
    this.maxBulkLength = o.maxBulkLength;
    this.maxAggregateLength = o.maxAggregateLength;
    this.maxDepth = o.maxDepth;
  }

  /** redis-parser's setter: same as assigning `returnBuffers`. */
  setReturnBuffers(returnBuffers: boolean): void {
    this.returnBuffers = optionalBoolean(returnBuffers, 'returnBuffers', false);
  }

  /** redis-parser's setter: `true` is `integers = 'string'`, `false` is `integers = 'number'`. */
  setStringNumbers(stringNumbers: boolean): void {
    this.integers = optionalBoolean(stringNumbers, 'stringNumbers', false) ? 'string' : 'number';
  }

  /** Forget any partial frame and start a new stream (byte offsets count from 0 again). */
  reset(): void {
    this.generation++;
    this.buf = EMPTY;
    this.pos = 0;
    this.base = 0;
    this.fed = 0;
    this.depth = 0;
    this.reserved = 0;
    this.pending = null;
    this.pendingBytes = 0;
    this.stash = null;
    this.error = null;
  }

  /**
   * Parse one chunk of the stream (a Buffer or Uint8Array). Chunks may be split anywhere. Never
   * throws on bad input (that goes to `returnFatalError`); an exception thrown by a callback
   * propagates. Buffers returned under `returnBuffers` may be views of `chunk`: do not reuse its memory.
   */
  execute(chunk: Buffer): void {
    let data = (Buffer.isBuffer(chunk) ? chunk : toBuffer(chunk)) as FastBuffer;
    let dataBase = this.fed;
    this.fed += data.length;
    if (this.stash !== null) {
      const stash = this.stash;
      this.stash = null;
      dataBase -= stash.length;
      data = Buffer.concat([stash, data]) as FastBuffer;
    }
    if (data.length === 0) return;
    const generation = this.generation;
    try {
      let pos = 0;
      if (this.pending !== null) {
        pos = this.resume(data, dataBase);
        if (pos < 0 || generation !== this.generation) return;
      }
      this.buf = data;
      this.ascii = isAscii(data);
      this.base = dataBase;
      this.pos = pos;
      this.run(generation);
    } catch (error) {
      // A callback threw: keep what it did not get to, so nothing is lost.
      if (generation === this.generation && this.pos < this.buf.length && this.buf !== EMPTY) {
        this.stash = this.buf.subarray(this.pos);
        this.buf = EMPTY;
        this.pos = 0;
      }
      throw error;
    }
  }

  /** The main loop over `this.buf` from `this.pos`. */
  private run(generation: number): void {
    const buf = this.buf;
    const len = buf.length;
    while (this.pos < len) {
      const start = this.pos;
      const type = buf[start] as number;
      if (this.depth === 0) {
        // Options as they are now, for this whole top-level frame. Bulk and simple strings only
        // read returnBuffers, so the other four are copied only for frames that may read them.
        this.topType = type;
        const buffers = type === T_PUSH ? (this.pushBuffers ?? this.returnBuffers) : this.returnBuffers;
        this.buffers = buffers;
        this.simpleBuffers = buffers && this.simpleStringBuffers;
        if (type !== T_BULK && type !== T_SIMPLE) {
          this.ints = this.integers;
          this.maps = this.mapType;
          this.sets = this.setType;
          this.verbatim = this.verbatimFormat;
        }
      }
      const value = this.parseValue(type, start);
      if (value === PUSHED) continue;
      if (value === EMPTY_ATTRIBUTE) {
        this.deliverAttribute(this.toMap([]));
        if (generation !== this.generation) return;
        continue;
      }
      if (value === INCOMPLETE) {
        this.suspend(start);
        return;
      }
      if (value === FAILED) {
        this.fatal();
        return;
      }
      if (this.depth !== 0) {
        // Fast path: an element that does not complete its aggregate.
        const frame = this.frames[this.depth - 1] as Frame;
        if (frame.idx + 1 < frame.need) {
          frame.items[frame.idx++] = value;
          continue;
        }
      }
      this.place(value);
      if (generation !== this.generation) return;
    }
    this.buf = EMPTY;
    this.pos = 0;
  }

  /** Parse the value (or aggregate header) whose type byte is at `start`. */
  private parseValue(type: number, start: number): Step {
    switch (type) {
      case T_BULK:
        return this.parseBulk(start);
      case T_ARRAY:
        return this.parseAggregate(T_ARRAY, start);
      case T_INTEGER:
        return this.parseInteger(start);
      case T_SIMPLE:
        return this.parseSimple(start);
      case T_ERROR:
        return this.parseSimpleError(start);
      case T_MAP:
      case T_SET:
      case T_PUSH:
      case T_ATTRIBUTE:
        return this.parseAggregate(type, start);
      case T_NULL:
        return this.parseNull(start);
      case T_BOOLEAN:
        return this.parseBoolean(start);
      case T_DOUBLE:
        return this.parseDouble(start);
      case T_BIG_NUMBER:
        return this.parseBigNumber(start);
      case T_VERBATIM:
        return this.parseVerbatim(start);
      case T_BULK_ERROR:
        return this.parseBulkError(start);
      default:
        return this.fail(start, `unknown type byte 0x${type.toString(16).padStart(2, '0')}${printable(type)}`);
    }
  }

  /** Put a complete value in its parent (completing parents as needed) or deliver it. */
  private place(value: RespValue): void {
    let v = value;
    let depth = this.depth;
    while (depth > 0) {
      const frame = this.frames[depth - 1] as Frame;
      frame.items[frame.idx++] = v;
      if (frame.idx < frame.need) return;
      this.depth = --depth;
      v = this.finish(frame);
      if (frame.type === T_ATTRIBUTE && depth > 0) {
        // A nested attribute annotates the parent's next element; it is not an element itself.
        this.deliverAttribute(v);
        return;
      }
    }
    switch (this.topType) {
      case T_ERROR:
      case T_BULK_ERROR:
        this.onError(v as ReplyError);
        return;
      case T_PUSH:
        if (this.onPush !== undefined) this.onPush(v as RespValue[]);
        else this.onReply(v);
        return;
      case T_ATTRIBUTE:
        this.deliverAttribute(v);
        return;
      default:
        this.onReply(v);
    }
  }

  private deliverAttribute(attributes: RespValue): void {
    if (this.onAttribute !== undefined) this.onAttribute(attributes);
  }

  /** Turn a full frame's items into the value the options ask for. */
  private finish(frame: Frame): RespValue {
    const items = frame.items;
    frame.items = NO_ITEMS;
    this.reserved -= frame.reserved;
    switch (frame.type) {
      case T_MAP:
      case T_ATTRIBUTE:
        return this.toMap(items);
      case T_SET:
        return this.sets === 'set' ? new Set(items) : items;
      default:
        return items;
    }
  }

  private toMap(items: RespValue[]): RespValue {
    if (this.maps === 'array') return items;
    if (this.maps === 'map') {
      const map = new Map<RespValue, RespValue>();
      for (let i = 0; i < items.length; i += 2) map.set(items[i] as RespValue, items[i + 1] as RespValue);
      return map;
    }
    const object: RespObject = {};
    for (let i = 0; i < items.length; i += 2) {
      const k = items[i];
      const key = typeof k === 'string' ? k : keyString(k as RespValue);
      if (key === '__proto__') {
        // Assignment would replace the prototype; define a plain own property instead.
        Object.defineProperty(object, key, { value: items[i + 1], writable: true, enumerable: true, configurable: true });
      } else {
        object[key] = items[i + 1] as RespValue;
      }
    }
    return object;
  }

  // ---------------------------------------------------------------------------------------------
  // Leaves. Each takes the offset of its type byte; on success it moves `pos` past its CRLF and
  // returns the value; INCOMPLETE (prefix valid so far, `partialNeed` set) or FAILED (`error` set).

  /** `$<len>\r\n<bytes>\r\n`, `$-1\r\n`. */
  private parseBulk(start: number): Step {
    const buf = this.buf;
    const len = buf.length;
    // Fast path for the most common frame: `$<1-4 digits>\r\n`, all in this buffer. Anything else
    // (null, long or cut lengths, bad bytes) goes through readLength, which reports errors.
    let p = start + 1;
    let n = 0;
    let c = 0;
    while (p < len && p - start <= 4) {
      c = buf[p] as number;
      if (c < 48 || c > 57) break;
      n = n * 10 + c - 48;
      p++;
    }
    let s: number;
    if (c === CR && p > start + 1 && p + 1 < len && buf[p + 1] === LF && n <= this.maxBulkLength) {
      s = p + 2;
    } else {
      n = this.readLength(start, this.maxBulkLength, true);
      if (n < 0) return this.lengthResult(n);
      s = this.pos;
    }
    const e = s + n;
    if (e + 2 > buf.length) {
      this.partialNeed = e + 2 - start;
      return INCOMPLETE;
    }
    if (buf[e] !== CR || buf[e + 1] !== LF) {
      this.checkCrlf(e); // sets the error
      return FAILED;
    }
    this.pos = e + 2;
    if (this.buffers) return buf.subarray(s, e);
    return this.text(buf, s, e);
  }

  /** The UTF-8 text of `buf[s, e)`, made the cheapest correct way. */
  private text(buf: FastBuffer, s: number, e: number): string {
    if (this.ascii) return buf.latin1Slice(s, e);
    return e - s > LARGE_TEXT ? largeText(buf, s, e) : buf.utf8Slice(s, e);
  }

  /** `!<len>\r\n<message>\r\n`. */
  private parseBulkError(start: number): Step {
    const n = this.readLength(start, this.maxBulkLength, false);
    if (n < 0) return this.lengthResult(n);
    const s = this.pos;
    const e = s + n;
    if (e + 2 > this.buf.length) {
      this.partialNeed = e + 2 - start;
      return INCOMPLETE;
    }
    if (!this.checkCrlf(e)) return FAILED;
    this.pos = e + 2;
    return replyError(this.buf.utf8Slice(s, e));
  }

  /** `=<len>\r\n<fmt>:<text>\r\n`. */
  private parseVerbatim(start: number): Step {
    const n = this.readLength(start, this.maxBulkLength, false);
    if (n < 0) return this.lengthResult(n);
    const buf = this.buf;
    const s = this.pos;
    const e = s + n;
    if (e + 2 > buf.length) {
      this.partialNeed = e + 2 - start;
      return INCOMPLETE;
    }
    if (n < 4 || buf[s + 3] !== 0x3a) {
      return this.fail(s + Math.min(n, 3), 'verbatim string does not start with a 3-byte format and ":"');
    }
    if (!this.checkCrlf(e)) return FAILED;
    this.pos = e + 2;
    const text = this.buffers ? buf.subarray(s + 4, e) : this.text(buf, s + 4, e);
    return this.verbatim ? new VerbatimString(buf.latin1Slice(s, s + 3), text) : text;
  }

  /** `+<line>\r\n`. */
  private parseSimple(start: number): Step {
    const cr = this.lineEnd(start);
    if (cr < 0) return cr === LEN_NEED ? this.needLine() : FAILED;
    this.pos = cr + 2;
    return this.simpleBuffers ? this.buf.subarray(start + 1, cr) : this.text(this.buf, start + 1, cr);
  }

  /** `-<CODE> <message>\r\n`. */
  private parseSimpleError(start: number): Step {
    const cr = this.lineEnd(start);
    if (cr < 0) return cr === LEN_NEED ? this.needLine() : FAILED;
    this.pos = cr + 2;
    return replyError(this.buf.utf8Slice(start + 1, cr));
  }

  /** `:[+-]<digits>\r\n`. */
  private parseInteger(start: number): Step {
    const buf = this.buf;
    const len = buf.length;
    let p = start + 1;
    if (p >= len) return this.needLine();
    let c = buf[p] as number;
    const negative = c === MINUS;
    if (negative || c === PLUS) p++;
    const digitsStart = p;
    let n = 0;
    for (;;) {
      if (p >= len) return this.needLine();
      c = buf[p] as number;
      if (c === CR) break;
      const digit = c - 48;
      if (digit < 0 || digit > 9) return this.fail(p, `invalid byte in integer: 0x${c.toString(16)}${printable(c)}`);
      if (p - digitsStart === MAX_INTEGER_DIGITS) return this.fail(p, 'integer has too many digits');
      n = n * 10 + digit;
      p++;
    }
    const digits = p - digitsStart;
    if (digits === 0) return this.fail(p, 'integer has no digits');
    if (p + 1 >= len) return this.needLine();
    if (buf[p + 1] !== LF) return this.fail(p + 1, 'expected LF after CR');
    this.pos = p + 2;
    const mode = this.ints;
    if (mode === 'number') {
      // Up to 15 digits the running value is exact; past that let Number() round correctly.
      if (digits > 15) return Number(buf.latin1Slice(negative ? start + 1 : digitsStart, p));
      return negative && n !== 0 ? -n : n;
    }
    const text = buf.latin1Slice(negative ? start + 1 : digitsStart, p);
    return mode === 'bigint' ? BigInt(text) : text;
  }

  /** `([+-]<digits>\r\n`: bigint, or a string under `integers: 'string'`. */
  private parseBigNumber(start: number): Step {
    const buf = this.buf;
    const len = buf.length;
    let p = start + 1;
    if (p < len && (buf[p] === MINUS || buf[p] === PLUS)) p++;
    const digitsStart = p;
    for (;;) {
      if (p >= len) return this.needLine();
      const c = buf[p] as number;
      if (c === CR) break;
      if (c < 48 || c > 57) return this.fail(p, `invalid byte in big number: 0x${c.toString(16)}${printable(c)}`);
      if (p - start > this.maxBulkLength) return this.fail(start, 'big number longer than maxBulkLength');
      p++;
    }
    if (p === digitsStart) return this.fail(p, 'big number has no digits');
    if (p + 1 >= len) return this.needLine();
    if (buf[p + 1] !== LF) return this.fail(p + 1, 'expected LF after CR');
    this.pos = p + 2;
    const text = buf.latin1Slice(buf[start + 1] === PLUS ? digitsStart : start + 1, p);
    return this.ints === 'string' ? text : BigInt(text);
  }

  /** `,<double>\r\n`, including `inf`, `-inf`, `nan`. */
  private parseDouble(start: number): Step {
    const buf = this.buf;
    const len = buf.length;
    let p = start + 1;
    for (;;) {
      if (p >= len) return this.needLine();
      const c = buf[p] as number;
      if (c === CR) break;
      if (!isDoubleByte(c)) return this.fail(p, `invalid byte in double: 0x${c.toString(16)}${printable(c)}`);
      if (p - start > MAX_DOUBLE_LENGTH) return this.fail(p, 'double is too long');
      p++;
    }
    if (p + 1 >= len) return this.needLine();
    if (buf[p + 1] !== LF) return this.fail(p + 1, 'expected LF after CR');
    const text = buf.latin1Slice(start + 1, p);
    const value = parseDoubleText(text);
    if (value === undefined) return this.fail(start + 1, `invalid double "${text}"`);
    this.pos = p + 2;
    return value;
  }

  /** `#t\r\n` / `#f\r\n`. */
  private parseBoolean(start: number): Step {
    const buf = this.buf;
    const len = buf.length;
    if (start + 1 >= len) return this.needLine();
    const c = buf[start + 1];
    if (c !== 0x74 && c !== 0x66) return this.fail(start + 1, 'boolean is neither t nor f');
    if (!this.expectCrlf(start + 2)) return this.error === null ? this.needLine() : FAILED;
    this.pos = start + 4;
    return c === 0x74;
  }

  /** `_\r\n`. */
  private parseNull(start: number): Step {
    if (!this.expectCrlf(start + 1)) return this.error === null ? this.needLine() : FAILED;
    this.pos = start + 3;
    return null;
  }

  /** `*`, `%`, `~`, `>`, `|` headers: an empty value, RESP2 null, or a new frame (PUSHED). */
  private parseAggregate(type: number, start: number): Step {
    const pairs = type === T_MAP || type === T_ATTRIBUTE;
    const max = pairs ? Math.floor(this.maxAggregateLength / 2) : this.maxAggregateLength;
    const count = this.readLength(start, max, type === T_ARRAY);
    if (count < 0) return this.lengthResult(count);
    const need = pairs ? count * 2 : count;
    if (need === 0) {
      if (type === T_ATTRIBUTE) return EMPTY_ATTRIBUTE;
      if (type === T_MAP) return this.toMap([]);
      if (type === T_SET && this.sets === 'set') return new Set();
      return [];
    }
    if (this.depth >= this.maxDepth) return this.fail(start, `aggregates nested deeper than maxDepth (${this.maxDepth})`);
    let frame = this.frames[this.depth];
    if (frame === undefined) {
      frame = { type, need, idx: 0, items: NO_ITEMS, reserved: 0 };
      this.frames.push(frame);
    }
    const available = PREALLOCATE_BUDGET - this.reserved;
    const reserve = need < available ? need : available;
    this.reserved += reserve;
    frame.type = type;
    frame.need = need;
    frame.idx = 0;
    frame.reserved = reserve;
    frame.items = new Array<RespValue>(reserve);
    this.depth++;
    return PUSHED;
  }

  // ---------------------------------------------------------------------------------------------
  // Small readers.

  /**
   * Read `<digits>\r\n` (or `-1\r\n` when `allowNull`) after the type byte at `start`; on success
   * move `pos` past it. Returns the length, LEN_NULL, LEN_NEED or LEN_BAD (`error` set).
   */
  private readLength(start: number, max: number, allowNull: boolean): number {
    const buf = this.buf;
    const len = buf.length;
    let p = start + 1;
    if (p >= len) return LEN_NEED;
    if (buf[p] === MINUS) {
      if (!allowNull) return this.failLength(p, 'negative length');
      if (p + 1 >= len) return LEN_NEED;
      if (buf[p + 1] !== 0x31) return this.failLength(p + 1, 'negative length other than -1');
      if (!this.expectCrlf(p + 2)) return this.error === null ? LEN_NEED : LEN_BAD;
      this.pos = p + 4;
      return LEN_NULL;
    }
    let n = 0;
    for (;;) {
      if (p >= len) return LEN_NEED;
      const c = buf[p] as number;
      if (c === CR) break;
      const digit = c - 48;
      if (digit < 0 || digit > 9) return this.failLength(p, `invalid byte in length: 0x${c.toString(16)}${printable(c)}`);
      n = n * 10 + digit;
      if (n > max) return this.failLength(start, `length exceeds the limit of ${max}`);
      p++;
    }
    if (p === start + 1) return this.failLength(p, 'length has no digits');
    if (p + 1 >= len) return LEN_NEED;
    if (buf[p + 1] !== LF) return this.failLength(p + 1, 'expected LF after CR');
    this.pos = p + 2;
    return n;
  }

  private lengthResult(n: number): Step {
    if (n === LEN_NULL) return null;
    if (n === LEN_NEED) return this.needLine();
    return FAILED;
  }

  /** Offset of the CR ending the line that starts at `start`, or LEN_NEED / LEN_BAD. */
  private lineEnd(start: number): number {
    const buf = this.buf;
    const len = buf.length;
    let p = start + 1;
    const short = p + SHORT_SCAN < len ? p + SHORT_SCAN : len;
    while (p < short && buf[p] !== CR) p++;
    if (p === short && p < len) {
      p = buf.indexOf(CR, p);
      if (p === -1) p = len;
    }
    if (p - start > this.maxBulkLength) return this.failLength(start, 'line longer than maxBulkLength');
    if (p + 1 >= len) return LEN_NEED;
    if (buf[p + 1] !== LF) return this.failLength(p + 1, 'expected LF after CR');
    return p;
  }

  /** True if `\r\n` is at `p`; false if incomplete (`error` null) or wrong (`error` set). */
  private expectCrlf(p: number): boolean {
    const buf = this.buf;
    const len = buf.length;
    if (p >= len) return false;
    if (buf[p] !== CR) {
      this.fail(p, 'expected CR');
      return false;
    }
    if (p + 1 >= len) return false;
    if (buf[p + 1] !== LF) {
      this.fail(p + 1, 'expected LF after CR');
      return false;
    }
    return true;
  }

  /** The CRLF after a length-prefixed payload ending at `e` (both bytes present). */
  private checkCrlf(e: number): boolean {
    const buf = this.buf;
    if (buf[e] === CR && buf[e + 1] === LF) return true;
    this.fail(buf[e] === CR ? e + 1 : e, 'payload not followed by CRLF (length mismatch)');
    return false;
  }

  private needLine(): typeof INCOMPLETE {
    this.partialNeed = -1;
    return INCOMPLETE;
  }

  private fail(p: number, reason: string): typeof FAILED {
    this.error = new ProtocolError(reason, this.base + p);
    return FAILED;
  }

  private failLength(p: number, reason: string): number {
    this.fail(p, reason);
    return LEN_BAD;
  }

  /** Deliver the pending ProtocolError; the parser resets first so the callback may feed it anew. */
  private fatal(): void {
    const error = this.error ?? new ProtocolError('invalid input', this.base + this.pos);
    this.reset();
    this.onFatal(error);
  }

  // ---------------------------------------------------------------------------------------------
  // Leaves cut by a chunk boundary.

  /** Keep the incomplete leaf starting at `start` of the current buffer. */
  private suspend(start: number): void {
    const buf = this.buf;
    this.pending = [buf.subarray(start)];
    this.pendingBytes = buf.length - start;
    this.pendingNeed = this.partialNeed;
    this.pendingStart = this.base + start;
    this.buf = EMPTY;
    this.pos = 0;
  }

  /**
   * Complete the pending leaf with bytes from `chunk` (stream offset `chunkBase`). Returns where the
   * main loop goes on in `chunk`, or -1 when the chunk is used up (or a fatal error was delivered).
   */
  private resume(chunk: FastBuffer, chunkBase: number): number {
    const length = chunk.length;
    let pos = 0;
    for (;;) {
      const pending = this.pending as Buffer[];
      let take: number;
      if (this.pendingNeed >= 0) {
        const missing = this.pendingNeed - this.pendingBytes;
        if (length - pos < missing) {
          // Keep a reference, join once when complete: a large bulk costs one copy in total.
          pending.push(pos === 0 ? chunk : chunk.subarray(pos));
          this.pendingBytes += length - pos;
          return -1;
        }
        take = pos + missing;
      } else {
        const lf = chunk.indexOf(LF, pos);
        if (lf === -1 && isLongLine((pending[0] as Buffer)[0] as number)) {
          // A simple string, error or big number still without its LF: collect, bounded.
          pending.push(pos === 0 ? chunk : chunk.subarray(pos));
          this.pendingBytes += length - pos;
          if (this.pendingBytes > this.maxBulkLength + 2) {
            this.error = new ProtocolError('line longer than maxBulkLength', this.pendingStart);
            this.fatal();
          }
          return -1;
        }
        // Short lines (headers, numbers) are parsed as they come: their readers reject garbage fast.
        take = lf === -1 ? length : lf + 1;
      }
      pending.push(chunk.subarray(pos, take));
      const leaf = Buffer.concat(pending, this.pendingBytes + take - pos) as FastBuffer;
      pos = take;
      this.pending = null;
      this.buf = leaf;
      this.ascii = isAscii(leaf);
      this.base = this.pendingStart;
      this.pos = 0;
      const value = this.parseValue(leaf[0] as number, 0);
      if (value === INCOMPLETE) {
        // Still short (e.g. a bulk whose header just completed): keep the joined bytes.
        this.pending = [leaf];
        this.pendingBytes = leaf.length;
        this.pendingNeed = this.partialNeed;
        if (pos >= length) {
          this.buf = EMPTY;
          return -1;
        }
        continue;
      }
      if (value === FAILED) {
        this.fatal();
        return -1;
      }
      // Point the cursor at the chunk before any callback, so a throwing callback loses nothing.
      this.buf = chunk;
      this.base = chunkBase;
      this.pos = pos;
      if (value === EMPTY_ATTRIBUTE) this.deliverAttribute(this.toMap([]));
      else if (value !== PUSHED) this.place(value);
      return pos;
    }
  }
}

const NO_ITEMS: RespValue[] = [];

function largeText(buf: FastBuffer, s: number, e: number): string {
  return isAscii(buf.subarray(s, e)) ? buf.latin1Slice(s, e) : buf.utf8Slice(s, e);
}

/** Types whose line may legitimately be long (collected up to maxBulkLength while waiting for LF). */
function isLongLine(type: number): boolean {
  return type === T_SIMPLE || type === T_ERROR || type === T_BIG_NUMBER;
}

/** Bytes that may appear in a RESP3 double: digits, sign, point, exponent, inf, nan. */
function isDoubleByte(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    c === 0x2e || c === MINUS || c === PLUS ||
    c === 0x65 || c === 0x45 || // e E
    c === 0x69 || c === 0x6e || c === 0x66 || c === 0x61 || // i n f a
    c === 0x49 || c === 0x4e || c === 0x46 || c === 0x41 // I N F A
  );
}

function parseDoubleText(text: string): number | undefined {
  switch (text.toLowerCase()) {
    case 'inf':
    case '+inf':
      return Infinity;
    case '-inf':
      return -Infinity;
    case 'nan':
    case '-nan':
      return NaN;
  }
  if (text.length === 0) return undefined;
  const value = Number(text);
  // The byte check already excluded what else Number() accepts (hex, spaces, "Infinity").
  return Number.isNaN(value) ? undefined : value;
}

/**
 * A server error as a value. Without stack frames: they would only show parser internals, and
 * capturing them costs more than parsing the reply (the client attaches the caller's stack).
 */
function replyError(message: string): ReplyError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const error = new ReplyError(message);
  Error.stackTraceLimit = limit;
  return error;
}

/** A map key for `mapType: 'object'`. */
function keyString(key: RespValue): string {
  if (Buffer.isBuffer(key)) return key.toString('utf8');
  return String(key);
}

function printable(c: number): string {
  return c >= 0x20 && c < 0x7f ? ` ('${String.fromCharCode(c)}')` : '';
}

function toBuffer(chunk: unknown): Buffer {
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError(`Parser.execute() takes a Buffer, got ${chunk === null ? 'null' : typeof chunk}`);
}
