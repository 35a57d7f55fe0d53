import { isAscii } from 'node:buffer';
import { ProtocolError } from './protocol-error';
import { ReplyError } from './reply-error';
import { VerbatimString } from './verbatim-string';
import { resolveParserOptions } from './parser-options';
import {
  BIG_MASK, BIG_NUMBER, BIG_STRING, BLOB_BUFFERS, DOUBLE_STRING, INT_MASK, INT_NUMBER, INT_STRING, MAP_ARRAY, MAP_KEY_STRINGS,
  MAP_MAP, MAP_MASK, SET_SET, SIMPLE_BUFFERS, VERBATIM_BUFFERS, VERBATIM_OBJECT, VALUES,
  bigNumbersOf, integersOf, mapTypeOf, oneOf, optionalBoolean, pushProfile, simpleStringBuffersOf, verbatimBuffersOf,
  withBigNumbers, withBit, withDoubles, withIntegers, withMapType, withReturnBuffers, withSetType, withSimpleStringBuffers,
  withVerbatimBuffers, type DecodeProfile,
} from './decode-profile';
import type { BigNumberMode, DoubleMode, IntegerMode, MapType, ParserCallbacks, ParserOptions, RespObject, RespValue, SetType } from './types';

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
 * - Every length is bounded (`maxBulkLength`, `maxLineLength`, `maxAggregateLength`, `maxDepth`) and
 *   checked digit by digit, so garbage fails fast instead of making the parser wait for (or allocate)
 *   gigabytes.
 * - Every decoding choice is one integer (a decode profile, see decode-profile.ts) copied once per
 *   top-level frame; leaves test its bits.
 * - A reply nobody waits for any more can be skipped: consumed with its framing checked but nothing
 *   built (no strings, no arrays, bulk payloads counted rather than collected), in O(depth) memory.
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
/** Skipping: one element consumed (nothing built). */
const SKIPPED: unique symbol = Symbol('skipped');
type Step = RespValue | typeof INCOMPLETE | typeof FAILED | typeof PUSHED | typeof EMPTY_ATTRIBUTE;
type SkipStep = typeof SKIPPED | typeof INCOMPLETE | typeof FAILED | typeof PUSHED | typeof EMPTY_ATTRIBUTE;

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
 * The decoding options (`returnBuffers`, `integers`, `mapType`, … or all at once as
 * `decodeProfile`) and `skipReplies` are public and mutable; they are read at the start of each
 * top-level frame, so a client can set them from inside `returnReply` for the next queued command.
 *
 * Callbacks should not throw. If one does, the exception leaves `execute()`, and the bytes after the
 * frame it was handed are kept and parsed on the next `execute()`. Calling `execute()` from inside a
 * callback is not supported; calling `reset()` or `skipCurrentReply()` is.
 */
export class Parser {
  /** Push frames' strings as Buffers (true), strings (false), or as the profile says (undefined). Read per top-level frame. */
  pushBuffers: boolean | undefined;
  /**
   * Skip every top-level reply that starts while this is set: consume it, checking its framing but
   * building nothing (no strings, no arrays; bulk payloads are counted, never collected), then call
   * `returnSkipped` (or `returnReply(null)`). Push frames (`>`) are never skipped; top-level
   * attributes are dropped silently. For the reply of a command nobody waits for any more.
   */
  skipReplies: boolean;
  /** Longest bulk/verbatim string or bulk error, in bytes. */
  maxBulkLength: number;
  /** Longest line (simple string, error, number, length header), in bytes. */
  maxLineLength: number;
  /** Most elements in one aggregate (2 per map pair). */
  maxAggregateLength: number;
  /** Deepest aggregate nesting. */
  maxDepth: number;

  private readonly onReply: ParserCallbacks['returnReply'];
  private readonly onError: ParserCallbacks['returnError'];
  private readonly onFatal: ParserCallbacks['returnFatalError'];
  private readonly onPush: ((push: RespValue[]) => void) | undefined;
  private readonly onAttribute: ((attributes: RespValue) => void) | undefined;
  private readonly onSkipped: (() => void) | undefined;

  /** The decoding options as set now (a DecodeProfile). */
  private profile: number;
  // The current top-level frame: its type and the profile read at its start.
  private topType = 0;
  private flags = 0;

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

  /** The current top-level frame is being skipped (see `skipReplies`). */
  private skipping = false;
  /** A skipped top-level attribute was followed by a push: the reply it annotates, next, is skipped too. */
  private skipNext = false;
  /** Skipping: bytes of a cut bulk payload still to come, its CRLF included (never collected). */
  private skipLeft = 0;

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
    this.onSkipped = o.returnSkipped;
    this.profile = o.profile;
    this.pushBuffers = o.pushBuffers;
    this.skipReplies = o.skipReplies;
    this.maxBulkLength = o.maxBulkLength;
    this.maxLineLength = o.maxLineLength;
    this.maxAggregateLength = o.maxAggregateLength;
    this.maxDepth = o.maxDepth;
  }

  // ---------------------------------------------------------------------------------------------
  // Decoding options: each reads and writes the profile (validated: a wrong value is a TypeError).

  /** Every decoding option at once (from {@link compileDecodeOptions}). Read per top-level frame. */
  get decodeProfile(): DecodeProfile {
    return this.profile as DecodeProfile;
  }
  set decodeProfile(profile: DecodeProfile) {
    this.profile = profile;
  }

  /** Bulk strings (and, unless told otherwise, simple strings and verbatim text) as Buffers. */
  get returnBuffers(): boolean {
    return (this.profile & BLOB_BUFFERS) !== 0;
  }
  set returnBuffers(value: boolean) {
    this.profile = withReturnBuffers(this.profile, optionalBoolean(value, 'returnBuffers', false));
  }

  /** Simple strings as Buffers (true), strings (false), or as `returnBuffers` (undefined). */
  get simpleStringBuffers(): boolean | undefined {
    return simpleStringBuffersOf(this.profile);
  }
  set simpleStringBuffers(value: boolean | undefined) {
    this.profile = withSimpleStringBuffers(this.profile, value === undefined ? undefined : optionalBoolean(value, 'simpleStringBuffers', false));
  }

  /** How `:` integers are returned. */
  get integers(): IntegerMode {
    return integersOf(this.profile);
  }
  set integers(mode: IntegerMode) {
    this.profile = withIntegers(this.profile, oneOf(mode, 'integers', VALUES.INTEGER_MODES, 'number'));
  }

  /** How `(` big numbers are returned (undefined when set to follow `integers`, the default). */
  get bigNumbers(): BigNumberMode {
    return bigNumbersOf(this.profile);
  }
  set bigNumbers(mode: BigNumberMode | undefined) {
    this.profile = withBigNumbers(this.profile, mode === undefined ? undefined : oneOf(mode, 'bigNumbers', VALUES.BIG_NUMBER_MODES, 'bigint'));
  }

  /** How `,` doubles are returned. */
  get doubles(): DoubleMode {
    return (this.profile & DOUBLE_STRING) !== 0 ? 'string' : 'number';
  }
  set doubles(mode: DoubleMode) {
    this.profile = withDoubles(this.profile, oneOf(mode, 'doubles', VALUES.DOUBLE_MODES, 'number'));
  }

  /** How maps and attributes are returned. */
  get mapType(): MapType {
    return mapTypeOf(this.profile);
  }
  set mapType(type: MapType) {
    this.profile = withMapType(this.profile, oneOf(type, 'mapType', VALUES.MAP_TYPES, 'object'));
  }

  /** Under `mapType: 'map'`, Buffer keys as strings. */
  get mapKeyStrings(): boolean {
    return (this.profile & MAP_KEY_STRINGS) !== 0;
  }
  set mapKeyStrings(value: boolean) {
    this.profile = withBit(this.profile, MAP_KEY_STRINGS, optionalBoolean(value, 'mapKeyStrings', false));
  }

  /** How sets are returned. */
  get setType(): SetType {
    return (this.profile & SET_SET) !== 0 ? 'set' : 'array';
  }
  set setType(type: SetType) {
    this.profile = withSetType(this.profile, oneOf(type, 'setType', VALUES.SET_TYPES, 'array'));
  }

  /** Verbatim strings as {@link VerbatimString}. */
  get verbatimFormat(): boolean {
    return (this.profile & VERBATIM_OBJECT) !== 0;
  }
  set verbatimFormat(value: boolean) {
    this.profile = withBit(this.profile, VERBATIM_OBJECT, optionalBoolean(value, 'verbatimFormat', false));
  }

  /** Verbatim text as Buffers (true), strings (false), or as `returnBuffers` (undefined). */
  get verbatimBuffers(): boolean | undefined {
    return verbatimBuffersOf(this.profile);
  }
  set verbatimBuffers(value: boolean | undefined) {
    this.profile = withVerbatimBuffers(this.profile, value === undefined ? undefined : optionalBoolean(value, 'verbatimBuffers', false));
  }

  /** redis-parser's setter: same as assigning `returnBuffers`. */
  setReturnBuffers(returnBuffers: boolean): void {
    this.returnBuffers = returnBuffers;
  }

  /** redis-parser's setter: `true` is `integers = 'string'`, `false` is `integers = 'number'`. */
  setStringNumbers(stringNumbers: boolean): void {
    this.integers = optionalBoolean(stringNumbers, 'stringNumbers', false) ? 'string' : 'number';
  }

  /**
   * Bytes the parser holds between `execute()` calls: the part of a cut leaf received so far (a
   * line, a header, or a bulk payload being collected) and any bytes kept after a callback threw.
   * Never more than `maxBulkLength` plus a header; a skipped payload is counted, not held.
   */
  get bufferedBytes(): number {
    return (this.pending === null ? 0 : this.pendingBytes) + (this.stash === null ? 0 : this.stash.length);
  }

  /**
   * Skip the rest of the top-level reply being decoded now, if any: drop what was built of it (the
   * partial arrays, the collected part of a cut bulk string) and consume what is still to come
   * without building it, then call `returnSkipped` (or `returnReply(null)`) when it ends. For a
   * command that timed out while its (perhaps endless) reply was arriving. A push frame in progress
   * is not a reply and is left alone. Returns whether a reply was in progress. Replies that start
   * later are skipped only while `skipReplies` is set.
   */
  skipCurrentReply(): boolean {
    if (this.skipping) return true;
    if ((this.depth === 0 && this.pending === null) || this.topType === T_PUSH) return false;
    this.releaseFrames();
    if (this.pending !== null && this.pendingNeed >= 0) {
      // A payload being collected: count the rest instead. Its CR and LF are checked as they pass,
      // so when one of them has already arrived the (then tiny) leaf is finished as collected.
      const missing = this.pendingNeed - this.pendingBytes;
      if (missing >= 2) {
        this.pending = null;
        this.pendingBytes = 0;
        this.skipLeft = missing;
      }
    }
    this.skipping = true;
    return true;
  }

  /** Forget any partial frame and start a new stream (byte offsets count from 0 again). */
  reset(): void {
    this.generation++;
    this.buf = EMPTY;
    this.pos = 0;
    this.base = 0;
    this.fed = 0;
    this.releaseFrames();
    this.depth = 0;
    this.topType = 0;
    this.pending = null;
    this.pendingBytes = 0;
    this.skipping = false;
    this.skipNext = false;
    this.skipLeft = 0;
    this.stash = null;
    this.error = null;
  }

  /** Let go of what the pooled frames hold (the items of half-built aggregates). */
  private releaseFrames(): void {
    const frames = this.frames;
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i] as Frame;
      frame.items = NO_ITEMS;
      frame.reserved = 0;
    }
    this.reserved = 0;
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
      if (this.skipLeft > 0 || this.pending !== null) {
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
    if (this.skipping && !this.skipRun(generation)) return;
    while (this.pos < len) {
      const start = this.pos;
      const type = buf[start] as number;
      if (this.depth === 0) {
        // The options as they are now, for this whole top-level frame.
        this.topType = type;
        if (type === T_PUSH) {
          this.flags = pushProfile(this.profile, this.pushBuffers);
        } else {
          this.flags = this.profile;
          if (this.skipReplies || this.skipNext) {
            this.skipNext = false;
            this.skipping = true;
            if (!this.skipRun(generation)) return;
            continue;
          }
        }
      }
      const value = this.parseValue(type, start);
      if (value === PUSHED) continue;
      if (value === EMPTY_ATTRIBUTE) {
        this.deliverAttribute(this.toMap([]));
        if (generation !== this.generation) return;
        if (this.skipping && !this.skipRun(generation)) return;
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
      // A nested attribute's callback may have asked to skip this reply.
      if (this.skipping && !this.skipRun(generation)) return;
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
        return (this.flags & SET_SET) !== 0 ? new Set(items) : items;
      default:
        return items;
    }
  }

  private toMap(items: RespValue[]): RespValue {
    const type = this.flags & MAP_MASK;
    if (type === MAP_ARRAY) return items;
    if (type === MAP_MAP) {
      const map = new Map<RespValue, RespValue>();
      const keyStrings = (this.flags & MAP_KEY_STRINGS) !== 0;
      for (let i = 0; i < items.length; i += 2) {
        const k = items[i] as RespValue;
        map.set(keyStrings && Buffer.isBuffer(k) ? k.toString('utf8') : k, items[i + 1] as RespValue);
      }
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
    if ((this.flags & BLOB_BUFFERS) !== 0) return buf.subarray(s, e);
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
    const flags = this.flags;
    if ((flags & VERBATIM_OBJECT) !== 0) return new VerbatimString(buf.latin1Slice(s, s + 3), this.text(buf, s + 4, e));
    return (flags & VERBATIM_BUFFERS) !== 0 ? buf.subarray(s + 4, e) : this.text(buf, s + 4, e);
  }

  /** `+<line>\r\n`. */
  private parseSimple(start: number): Step {
    const cr = this.lineEnd(start);
    if (cr < 0) return cr === LEN_NEED ? this.needLine() : FAILED;
    this.pos = cr + 2;
    return (this.flags & SIMPLE_BUFFERS) !== 0 ? this.buf.subarray(start + 1, cr) : this.text(this.buf, start + 1, cr);
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
    const mode = this.flags & INT_MASK;
    if (mode === INT_NUMBER) {
      // Up to 15 digits the running value is exact; past that let Number() round correctly.
      if (digits > 15) return Number(buf.latin1Slice(negative ? start + 1 : digitsStart, p));
      return negative && n !== 0 ? -n : n;
    }
    const text = buf.latin1Slice(negative ? start + 1 : digitsStart, p);
    return mode === INT_STRING ? text : BigInt(text);
  }

  /** `([+-]<digits>\r\n`: bigint, number or string (`bigNumbers`). */
  private parseBigNumber(start: number): Step {
    const buf = this.buf;
    const len = buf.length;
    let p = start + 1;
    if (p < len && (buf[p] === MINUS || buf[p] === PLUS)) p++;
    const digitsStart = p;
    const limit = this.lineLimit();
    for (;;) {
      if (p >= len) return this.needLine();
      const c = buf[p] as number;
      if (c === CR) break;
      if (c < 48 || c > 57) return this.fail(p, `invalid byte in big number: 0x${c.toString(16)}${printable(c)}`);
      if (p - start >= limit) return this.fail(start, `line longer than ${this.lineLimitName()}`);
      p++;
    }
    if (p === digitsStart) return this.fail(p, 'big number has no digits');
    if (p + 1 >= len) return this.needLine();
    if (buf[p + 1] !== LF) return this.fail(p + 1, 'expected LF after CR');
    this.pos = p + 2;
    const text = buf.latin1Slice(buf[start + 1] === PLUS ? digitsStart : start + 1, p);
    const mode = this.flags & BIG_MASK;
    return mode === BIG_STRING ? text : mode === BIG_NUMBER ? Number(text) : BigInt(text);
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
    return (this.flags & DOUBLE_STRING) !== 0 ? text : value;
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
      if (type === T_SET && (this.flags & SET_SET) !== 0) return new Set();
      return [];
    }
    if (this.depth >= this.maxDepth) return this.fail(start, `aggregates nested deeper than maxDepth (${this.maxDepth})`);
    const available = PREALLOCATE_BUDGET - this.reserved;
    this.pushFrame(type, need, need < available ? need : available);
    return PUSHED;
  }

  /** Open a frame of `need` elements on the stack, with `reserve` slots preallocated (0: none built). */
  private pushFrame(type: number, need: number, reserve: number): void {
    let frame = this.frames[this.depth];
    if (frame === undefined) {
      frame = { type, need, idx: 0, items: NO_ITEMS, reserved: 0 };
      this.frames.push(frame);
    }
    this.reserved += reserve;
    frame.type = type;
    frame.need = need;
    frame.idx = 0;
    frame.reserved = reserve;
    frame.items = reserve === 0 && this.skipping ? NO_ITEMS : new Array<RespValue>(reserve);
    this.depth++;
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
    if (p - start > this.lineLimit()) return this.failLength(start, `line longer than ${this.lineLimitName()}`);
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
    this.fail(buf[e] === CR ? e + 1 : e, PAYLOAD_MISMATCH);
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

  /** The bound of a line: `maxLineLength`, or `maxBulkLength` when that is smaller. */
  private lineLimit(): number {
    return this.maxLineLength < this.maxBulkLength ? this.maxLineLength : this.maxBulkLength;
  }

  private lineLimitName(): string {
    return this.maxLineLength < this.maxBulkLength ? `maxLineLength (${this.maxLineLength})` : 'maxBulkLength';
  }

  // ---------------------------------------------------------------------------------------------
  // Skipping a reply: the framing is read and checked as usual, nothing is built.

  /**
   * Skip from `pos` in `buf`. Returns true when the skipped reply ended inside this buffer (the main
   * loop goes on after it), false when the buffer is used up (or the parser failed or was reset).
   */
  private skipRun(generation: number): boolean {
    const buf = this.buf;
    const len = buf.length;
    while (this.pos < len) {
      const start = this.pos;
      const type = buf[start] as number;
      if (this.depth === 0) {
        if (type === T_PUSH) {
          // Between a skipped attribute and the reply it annotates: a push is still delivered.
          this.skipping = false;
          this.skipNext = true;
          return true;
        }
        this.topType = type;
      }
      const step = this.skipValue(type, start);
      if (step === INCOMPLETE) {
        if (this.skipLeft > 0) {
          this.buf = EMPTY;
          this.pos = 0;
        } else {
          this.suspend(start);
        }
        return false;
      }
      if (step === FAILED) {
        this.fatal();
        return false;
      }
      if (this.skipStep(step)) {
        if (generation !== this.generation) return false;
        if (!this.skipping) return true;
      }
    }
    this.buf = EMPTY;
    this.pos = 0;
    return false;
  }

  /** One value (or aggregate header) at `start`, consumed without being built. */
  private skipValue(type: number, start: number): SkipStep {
    switch (type) {
      case T_BULK:
      case T_VERBATIM:
      case T_BULK_ERROR:
        return this.skipBulk(type, start);
      case T_ARRAY:
      case T_MAP:
      case T_SET:
      case T_PUSH:
      case T_ATTRIBUTE:
        return this.skipAggregate(type, start);
      case T_SIMPLE:
      case T_ERROR:
      case T_BIG_NUMBER: {
        const cr = this.lineEnd(start);
        if (cr < 0) return cr === LEN_NEED ? this.needLine() : FAILED;
        this.pos = cr + 2;
        return SKIPPED;
      }
      default: {
        // Integers, doubles, booleans, null (a few bytes each), or a bad type byte: parsed and
        // checked as usual, then dropped.
        const value = this.parseValue(type, start);
        return value === INCOMPLETE || value === FAILED ? value : SKIPPED;
      }
    }
  }

  /** `$`, `=`, `!`: the header is read; the payload is stepped over, or counted when cut. */
  private skipBulk(type: number, start: number): SkipStep {
    const n = this.readLength(start, this.maxBulkLength, type === T_BULK);
    if (n < 0) return n === LEN_NULL ? SKIPPED : n === LEN_NEED ? this.needLine() : FAILED;
    const buf = this.buf;
    const e = this.pos + n;
    if (e + 2 <= buf.length) {
      if (!this.checkCrlf(e)) return FAILED;
      this.pos = e + 2;
      return SKIPPED;
    }
    if (e + 1 === buf.length && buf[e] !== CR) return this.fail(e, PAYLOAD_MISMATCH);
    this.skipLeft = e + 2 - buf.length;
    this.pos = buf.length;
    return INCOMPLETE;
  }

  /** An aggregate header: a counting frame (its items stay the shared empty array). */
  private skipAggregate(type: number, start: number): SkipStep {
    const pairs = type === T_MAP || type === T_ATTRIBUTE;
    const max = pairs ? Math.floor(this.maxAggregateLength / 2) : this.maxAggregateLength;
    const count = this.readLength(start, max, type === T_ARRAY);
    if (count < 0) return count === LEN_NULL ? SKIPPED : count === LEN_NEED ? this.needLine() : FAILED;
    if (count === 0) return type === T_ATTRIBUTE ? EMPTY_ATTRIBUTE : SKIPPED;
    if (this.depth >= this.maxDepth) return this.fail(start, `aggregates nested deeper than maxDepth (${this.maxDepth})`);
    this.pushFrame(type, pairs ? count * 2 : count, 0);
    return PUSHED;
  }

  /**
   * Account for one step of a skipped reply. Returns true when the top-level frame ended: then the
   * reply has been reported (`skipping` is false again), or it was an attribute and the reply it
   * annotates, which comes next, is skipped too (`skipping` stays true).
   */
  private skipStep(step: SkipStep): boolean {
    if (step === PUSHED) return false;
    if (step === EMPTY_ATTRIBUTE) return this.depth === 0;
    let depth = this.depth;
    while (depth > 0) {
      const frame = this.frames[depth - 1] as Frame;
      if (++frame.idx < frame.need) return false;
      this.depth = --depth;
      // A nested attribute annotates the parent's next element; it is not an element itself.
      if (frame.type === T_ATTRIBUTE && depth > 0) return false;
    }
    if (this.topType === T_ATTRIBUTE) return true;
    this.skipping = false;
    if (this.onSkipped !== undefined) this.onSkipped();
    else this.onReply(null);
    return true;
  }

  /**
   * Step over up to `skipLeft` bytes of a cut payload in `chunk` from `pos`, checking its closing
   * CRLF as it passes. Returns the position after them, or -1 once a fatal error was delivered.
   */
  private skipPayload(chunk: Buffer, chunkBase: number, pos: number): number {
    const left = this.skipLeft;
    const available = chunk.length - pos;
    const end = available < left ? chunk.length : pos + left;
    // Where the CR and LF fall (before `pos` when they passed in an earlier chunk).
    const cr = pos + left - 2;
    if (cr >= pos && cr < end && chunk[cr] !== CR) return this.skipFailed(chunkBase + cr);
    if (cr + 1 >= pos && cr + 1 < end && chunk[cr + 1] !== LF) return this.skipFailed(chunkBase + cr + 1);
    this.skipLeft = left - (end - pos);
    return end;
  }

  private skipFailed(offset: number): number {
    this.error = new ProtocolError(PAYLOAD_MISMATCH, offset);
    this.fatal();
    return -1;
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
   * Complete the leaf cut by the last chunk boundary — a pending leaf, or the payload a skipped
   * reply is stepping over — with bytes from `chunk` (stream offset `chunkBase`). Returns where the
   * main loop goes on in `chunk`, or -1 when the chunk is used up (or a fatal error was delivered).
   */
  private resume(chunk: FastBuffer, chunkBase: number): number {
    const length = chunk.length;
    let pos = 0;
    for (;;) {
      if (this.skipLeft > 0) {
        pos = this.skipPayload(chunk, chunkBase, pos);
        if (pos < 0 || this.skipLeft > 0) return -1;
        // The payload ended: one element of the skipped reply. Cursor at the chunk before any callback.
        this.buf = chunk;
        this.base = chunkBase;
        this.pos = pos;
        this.skipStep(SKIPPED);
        return pos;
      }
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
          // A simple string, error or big number still without its LF: collect, bounded (a CR at
          // the very end may be the line's own, waiting for its LF).
          pending.push(pos === 0 ? chunk : chunk.subarray(pos));
          this.pendingBytes += length - pos;
          if (this.pendingBytes - (chunk[length - 1] === CR ? 1 : 0) > this.lineLimit()) {
            this.error = new ProtocolError(`line longer than ${this.lineLimitName()}`, this.pendingStart);
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
      const type = leaf[0] as number;
      const value = this.skipping ? this.skipValue(type, 0) : this.parseValue(type, 0);
      if (value === INCOMPLETE) {
        // A skipped bulk whose header just completed: step over its payload in this chunk.
        if (this.skipLeft > 0) continue;
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
      if (this.skipping) this.skipStep(value as SkipStep);
      else if (value === EMPTY_ATTRIBUTE) this.deliverAttribute(this.toMap([]));
      else if (value !== PUSHED) this.place(value as RespValue);
      return pos;
    }
  }
}

const NO_ITEMS: RespValue[] = [];
const PAYLOAD_MISMATCH = 'payload not followed by CRLF (length mismatch)';

function largeText(buf: FastBuffer, s: number, e: number): string {
  return isAscii(buf.subarray(s, e)) ? buf.latin1Slice(s, e) : buf.utf8Slice(s, e);
}

/** Types whose line may legitimately be long (collected up to maxLineLength while waiting for LF). */
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
