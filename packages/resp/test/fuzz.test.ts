import { Parser, ProtocolError, ReplyError, VerbatimString, type RespValue } from '../src/index';
import { decodeSplit, plain, randomCuts, type DecodeOptions, type ParserEvent } from './support/feed';
import { createRandom, randomInt, testSeed } from './support/random';
import { randomValue } from './support/random-values';
import { toWire, type WireValue } from './support/resp-writer';

/**
 * Random valid streams must decode to the values they were written from (at random split points);
 * randomly damaged streams must never make execute() throw, must only produce well-formed values or
 * ProtocolErrors, must keep memory bounded, and must leave the parser usable. Deterministic: the seed
 * is printed on failure (re-run with X_TEST_SEED=<seed>).
 */

const SEED = testSeed(20240611);

interface Expectation {
  buffers: boolean;
  ints: 'number' | 'bigint';
}

type Event = { kind: ParserEvent['kind']; value: unknown };

/** What the parser must deliver for one top-level frame, in order (mapType/setType 'array'). */
function expectedEvents(top: WireValue, x: Expectation, out: Event[]): void {
  if (top.t === 'attr') {
    const attrs: Event[] = [];
    const pairs = top.v.flatMap(([k, v]) => [expectedValue(k, x, attrs), expectedValue(v, x, attrs)]);
    out.push(...attrs, { kind: 'attribute', value: pairs });
    expectedEvents(top.of, x, out);
    return;
  }
  const attrs: Event[] = [];
  const value = expectedValue(top, x, attrs);
  out.push(...attrs);
  if (top.t === 'error' || top.t === 'bulkError') out.push({ kind: 'error', value });
  else if (top.t === 'push') out.push({ kind: 'push', value });
  else out.push({ kind: 'reply', value });
}

function expectedValue(w: WireValue, x: Expectation, attrs: Event[]): unknown {
  const text = (s: string): unknown => (x.buffers ? Buffer.from(s, 'utf8') : s);
  switch (w.t) {
    case 'simple':
      return text(w.v);
    case 'error':
    case 'bulkError':
      return new ReplyError(w.v);
    case 'int':
      return x.ints === 'bigint' ? w.v : Number(w.v);
    case 'bulk':
      return w.v === null ? null : x.buffers ? w.v : w.v.toString('utf8');
    case 'double':
      return w.v;
    case 'big':
      return w.v;
    case 'bool':
      return w.v;
    case 'null':
      return null;
    case 'verbatim':
      return text(w.v);
    case 'array':
      return w.v === null ? null : w.v.map((i) => expectedValue(i, x, attrs));
    case 'set':
    case 'push':
      return w.v.map((i) => expectedValue(i, x, attrs));
    case 'map':
      return w.v.flatMap(([k, v]) => [expectedValue(k, x, attrs), expectedValue(v, x, attrs)]);
    case 'attr': {
      const inner: Event[] = [];
      const pairs = w.v.flatMap(([k, v]) => [expectedValue(k, x, inner), expectedValue(v, x, inner)]);
      attrs.push(...inner, { kind: 'attribute', value: pairs });
      return expectedValue(w.of, x, attrs);
    }
  }
}

function withSeed<T>(seed: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    (error as Error).message = `[fuzz seed ${seed}] ${(error as Error).message}`;
    throw error;
  }
}

describe('fuzz: random valid streams decode to their values', () => {
  const variants: Array<{ name: string; resp3: boolean; x: Expectation; options: DecodeOptions }> = [
    { name: 'RESP3, Buffers, bigint', resp3: true, x: { buffers: true, ints: 'bigint' }, options: { returnBuffers: true, integers: 'bigint', mapType: 'array' } },
    { name: 'RESP3, strings, numbers', resp3: true, x: { buffers: false, ints: 'number' }, options: { mapType: 'array' } },
    { name: 'RESP2, strings, numbers', resp3: false, x: { buffers: false, ints: 'number' }, options: {} },
  ];

  test.each(variants)('$name', ({ resp3, x, options }) => {
    const random = createRandom(SEED);
    for (let iteration = 0; iteration < 100; iteration++) {
      withSeed(SEED, () => {
        const frames = Array.from({ length: randomInt(random, 1, 30) }, () => randomValue(random, { resp3, maxDepth: 6 }));
        const wire = Buffer.concat(frames.map(toWire));
        const expected: Event[] = [];
        for (const frame of frames) expectedEvents(frame, x, expected);
        const cuts = random() < 0.1 ? Array.from({ length: Math.min(wire.length - 1, 3000) }, (_, i) => i + 1) : randomCuts(random, wire.length, randomInt(random, 0, 40));
        const events = decodeSplit(wire, cuts, options);
        expect(plain(events)).toEqual(plain(expected));
      });
    }
  });
});

/** Under `skipReplies`: every reply is one `skipped` event, a push is decoded, a top-level attribute dropped. */
function expectedSkipEvents(top: WireValue, x: Expectation, out: Event[]): void {
  if (top.t === 'attr') expectedSkipEvents(top.of, x, out);
  else if (top.t === 'push') expectedEvents(top, x, out);
  else out.push({ kind: 'skipped', value: null });
}

describe('fuzz: random valid streams under skipReplies', () => {
  test('each reply is skipped whole (pushes still decoded), split anywhere', () => {
    const random = createRandom(SEED + 2);
    const x: Expectation = { buffers: false, ints: 'number' };
    for (let iteration = 0; iteration < 100; iteration++) {
      withSeed(SEED + 2, () => {
        const frames = Array.from({ length: randomInt(random, 1, 30) }, () => randomValue(random, { resp3: true, maxDepth: 6 }));
        const wire = Buffer.concat(frames.map(toWire));
        const expected: Event[] = [];
        for (const frame of frames) expectedSkipEvents(frame, x, expected);
        const cuts = random() < 0.1 ? Array.from({ length: Math.min(wire.length - 1, 3000) }, (_, i) => i + 1) : randomCuts(random, wire.length, randomInt(random, 0, 40));
        const events = decodeSplit(wire, cuts, { mapType: 'array', skipReplies: true });
        expect(plain(events)).toEqual(plain(expected));
      });
    }
  });
});

/** Checks a delivered value is one the types allow, recursively. */
function isWellFormed(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'bigint':
    case 'boolean':
      return true;
    case 'object':
      if (Buffer.isBuffer(value) || value instanceof ReplyError || value instanceof VerbatimString) return true;
      // Every slot filled: a delivered aggregate is complete (no holes from preallocation).
      if (Array.isArray(value)) return Object.keys(value).length === value.length && value.every((v) => isWellFormed(v, depth + 1));
      if (Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every((v) => isWellFormed(v, depth + 1));
      return false;
    default:
      return false;
  }
}

describe('fuzz: damaged streams', () => {
  test('never throw, only well-formed values or ProtocolErrors, bounded memory, usable after', () => {
    const random = createRandom(SEED + 1);
    const limits = { maxBulkLength: 100_000, maxAggregateLength: 1000, maxDepth: 16 };
    let fatalCount = 0;
    for (let iteration = 0; iteration < 1200; iteration++) {
      withSeed(SEED + 1, () => {
        const frames = Array.from({ length: randomInt(random, 1, 10) }, () => randomValue(random, { resp3: true, maxDepth: 4 }));
        const wire = Buffer.from(Buffer.concat(frames.map(toWire)));
        // Damage: flip, insert, delete bytes, or truncate.
        let damaged: Buffer = wire;
        for (let m = randomInt(random, 1, 4); m > 0 && damaged.length > 0; m--) {
          const at = randomInt(random, 0, damaged.length - 1);
          const byte = random() < 0.5 ? randomInt(random, 0, 255) : '$*:+-%~>|_#,(=!\r\n0123456789'.charCodeAt(randomInt(random, 0, 27));
          switch (randomInt(random, 0, 3)) {
            case 0:
              damaged[at] = byte;
              break;
            case 1:
              damaged = Buffer.concat([damaged.subarray(0, at), Buffer.from([byte]), damaged.subarray(at)]);
              break;
            case 2:
              damaged = Buffer.concat([damaged.subarray(0, at), damaged.subarray(at + 1)]);
              break;
            default:
              damaged = damaged.subarray(0, at);
          }
        }
        const events: Event[] = [];
        const parser = new Parser({
          ...limits,
          returnBuffers: random() < 0.5,
          returnReply: (value) => events.push({ kind: 'reply', value }),
          returnError: (value) => events.push({ kind: 'error', value }),
          returnFatalError: (value) => events.push({ kind: 'fatal', value }),
          returnPush: (value) => events.push({ kind: 'push', value }),
          returnAttribute: (value) => events.push({ kind: 'attribute', value }),
          returnSkipped: () => events.push({ kind: 'skipped', value: null }),
          skipReplies: random() < 0.2,
        });
        const midwaySkip = random() < 0.2;
        const internals = parser as unknown as { pendingBytes: number; pending: unknown; depth: number };
        let start = 0;
        for (const cut of [...randomCuts(random, damaged.length, randomInt(random, 0, 20)), damaged.length]) {
          parser.execute(damaged.subarray(start, cut)); // a throw fails the test, with the seed
          start = cut;
          if (midwaySkip && random() < 0.3) parser.skipCurrentReply();
          // Memory: a waiting leaf is bounded by the limits, and so is the aggregate stack.
          if (internals.pending !== null && internals.pendingBytes > limits.maxBulkLength + 64) {
            throw new Error(`pending leaf of ${internals.pendingBytes} bytes exceeds maxBulkLength`);
          }
          if (internals.depth > limits.maxDepth) throw new Error(`depth ${internals.depth} exceeds maxDepth`);
        }
        // Plain checks (jest's expect is too slow for this loop); the failure names the event.
        for (const event of events) {
          const ok =
            event.kind === 'fatal'
              ? event.value instanceof ProtocolError && event.value.offset >= 0 && event.value.offset < damaged.length
              : event.kind === 'error'
                ? event.value instanceof ReplyError
                : isWellFormed(event.value);
          if (!ok) throw new Error(`bad ${event.kind} event: ${String(event.value)}`);
          if (event.kind === 'fatal') fatalCount++;
        }
        // Usable after: reset, then a good stream decodes exactly.
        parser.reset();
        parser.skipReplies = false;
        events.length = 0;
        parser.execute(Buffer.from('*2\r\n$3\r\nabc\r\n%1\r\n+k\r\n:1\r\n'));
        const abc: RespValue = parser.returnBuffers ? Buffer.from('abc') : 'abc';
        expect(plain(events)).toEqual(plain([{ kind: 'reply', value: [abc, { k: 1 }] }]));
      });
    }
    // The damage really produced protocol errors (the test is not vacuous).
    expect(fatalCount).toBeGreaterThan(250);
  });

  test('endless garbage without CRLF is cut off at maxLineLength (64 KiB), not buffered up to maxBulkLength', () => {
    for (const type of ['+', '-', '(']) {
      const fatal: ProtocolError[] = [];
      const parser = new Parser({
        returnReply: () => undefined,
        returnError: () => undefined,
        returnFatalError: (e) => fatal.push(e),
      });
      const chunk = Buffer.alloc(4096, type === '(' ? '7' : 'a');
      parser.execute(Buffer.from(type));
      let fed = 1;
      while (fatal.length === 0 && fed < 1 << 20) {
        parser.execute(chunk);
        fed += chunk.length;
        expect(parser.bufferedBytes).toBeLessThanOrEqual(64 * 1024);
      }
      expect(fatal).toHaveLength(1);
      expect(fatal[0]?.message).toMatch(/line longer than maxLineLength \(65536\)/);
      expect(fatal[0]?.offset).toBe(0);
      // Failed as soon as the line passed the bound: within one chunk of it.
      expect(fed).toBeLessThanOrEqual(64 * 1024 + chunk.length + 1);
      expect(parser.bufferedBytes).toBe(0);
    }
  });

  test('a smaller maxBulkLength bounds lines too', () => {
    const fatal: ProtocolError[] = [];
    const parser = new Parser({
      maxBulkLength: 1000,
      returnReply: () => undefined,
      returnError: () => undefined,
      returnFatalError: (e) => fatal.push(e),
    });
    parser.execute(Buffer.from('+'));
    for (let i = 0; i < 20 && fatal.length === 0; i++) parser.execute(Buffer.alloc(100, 'a'));
    expect(fatal[0]?.message).toMatch(/line longer than maxBulkLength/);
  });
});
