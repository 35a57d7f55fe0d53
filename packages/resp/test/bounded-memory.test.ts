import v8 from 'node:v8';
import vm from 'node:vm';
import { Parser, type RespValue } from '../src/index';

// What the parser keeps alive, measured with the garbage collector: nothing after reset(), and a flat
// heap while a 500 MB reply nobody waits for streams through. `gc` is reached without jest flags.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const MB = 1024 * 1024;

/** Run the collector once the current job is over (a WeakRef keeps its target alive until then). */
async function collect(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}

async function heapUsed(): Promise<number> {
  await collect();
  return process.memoryUsage().heapUsed;
}

/**
 * An endless stream of `$<n>\r\n<payload>\r\n` elements (1000 bytes each), served as 64 KiB views of
 * one ring buffer: the test itself allocates nothing per chunk, and elements are cut anywhere.
 */
function elementStream(): { next(): Buffer } {
  const element = Buffer.from(`$992\r\n${'x'.repeat(992)}\r\n`);
  expect(element.length).toBe(1000);
  const chunkSize = 65536;
  const ring = Buffer.alloc(chunkSize + element.length);
  for (let i = 0; i < ring.length; i += element.length) element.copy(ring, i);
  let offset = 0;
  return {
    next() {
      const chunk = ring.subarray(offset % element.length, (offset % element.length) + chunkSize);
      offset += chunkSize;
      return chunk;
    },
  };
}

function parserRecording(events: unknown[], options: { returnBuffers?: boolean } = {}): Parser {
  return new Parser({
    ...options,
    returnReply: (reply: RespValue) => events.push(reply === null ? null : typeof reply),
    returnError: (error) => events.push(error),
    returnFatalError: (error) => events.push(error),
    returnSkipped: () => events.push('skipped'),
  });
}

test('reset() lets go of the half-built aggregates (the pooled frames held their items)', async () => {
  const events: unknown[] = [];
  const parser = parserRecording(events, { returnBuffers: true });
  // A nested reply cut short: three levels of half-filled arrays whose items are views of `chunk`.
  let chunk: Buffer | undefined = Buffer.alloc(8 * MB);
  const wire = Buffer.from('*3\r\n$1\r\na\r\n*3\r\n$1\r\nb\r\n*3\r\n$1\r\nc\r\n');
  wire.copy(chunk);
  const held = new WeakRef(chunk.buffer);
  parser.execute(chunk.subarray(0, wire.length));
  chunk = undefined;
  await collect();
  expect(held.deref()).toBeDefined(); // the parser really holds it while the reply is in progress
  parser.reset();
  await collect();
  expect(held.deref()).toBeUndefined();
  expect(parser.bufferedBytes).toBe(0);
  // And the parser still works.
  parser.execute(Buffer.from('+ok\r\n'));
  expect(events).toEqual(['object']);
});

test('skipCurrentReply() drops what was built of the reply (an array of Buffers here)', async () => {
  const events: unknown[] = [];
  const parser = parserRecording(events, { returnBuffers: true });
  let chunk: Buffer | undefined = Buffer.alloc(8 * MB);
  const wire = Buffer.from('*3\r\n$1\r\na\r\n$1\r\nb\r\n');
  wire.copy(chunk);
  const held = new WeakRef(chunk.buffer);
  parser.execute(chunk.subarray(0, wire.length));
  chunk = undefined;
  parser.skipCurrentReply();
  await collect();
  expect(held.deref()).toBeUndefined();
  parser.execute(Buffer.from('$1\r\nc\r\n:1\r\n'));
  expect(events).toEqual(['skipped', 'number']);
});

test('a 500 MB reply that arrives after its command timed out is decoded in flat memory', async () => {
  const events: unknown[] = [];
  const parser = parserRecording(events);
  const stream = elementStream();
  const elements = 500_000; // 500 MB of elements, as strings each would be ~1 KB of heap
  const baseline = await heapUsed();
  parser.execute(Buffer.from(`*${elements}\r\n`));
  // The command is still waited for: the first 20 MB are built as usual…
  let fed = 0;
  while (fed < 20 * MB) {
    parser.execute(stream.next());
    fed += 65536;
  }
  expect(await heapUsed()).toBeGreaterThan(baseline + 10 * MB); // (the measure can see what is built)
  // …then it times out: the rest is stepped over.
  parser.skipCurrentReply();
  let peak = 0;
  let rounds = 0;
  while (fed < elements * 1000 - 65536) {
    parser.execute(stream.next());
    fed += 65536;
    expect(parser.bufferedBytes).toBeLessThan(1000);
    if (++rounds % 1000 === 0) peak = Math.max(peak, (await heapUsed()) - baseline);
  }
  expect(events).toEqual([]);
  expect(peak).toBeLessThan(8 * MB);
  // The end of the reply (wherever the ring is), then the next reply is decoded normally.
  const left = elements * 1000 - fed;
  const tail = stream.next().subarray(0, left);
  parser.execute(tail);
  expect(events).toEqual(['skipped']);
  parser.execute(Buffer.from(':1\r\n'));
  expect(events).toEqual(['skipped', 'number']);
  expect((await heapUsed()) - baseline).toBeLessThan(8 * MB);
});

test('a 400 MB bulk string skipped mid-way is counted, not collected', () => {
  const events: unknown[] = [];
  const parser = parserRecording(events);
  const size = 400 * MB;
  parser.execute(Buffer.from(`$${size}\r\n`));
  const chunk = Buffer.alloc(65536, 'y');
  parser.execute(chunk);
  expect(parser.bufferedBytes).toBe(65536 + `$${size}\r\n`.length); // collected while waited for
  parser.skipCurrentReply();
  let fed = 65536;
  while (fed + 65536 <= size) {
    parser.execute(chunk);
    fed += 65536;
    expect(parser.bufferedBytes).toBe(0);
  }
  parser.execute(Buffer.concat([chunk.subarray(0, size - fed), Buffer.from('\r\n+next\r\n')]));
  expect(events).toEqual(['skipped', 'string']);
});

test.each([
  ['a simple string', '+', 'a'],
  ['an error', '-', 'e'],
  ['a big number', '(', '1'],
  ['a line of CRs without LF', '+', 'a\r'],
  ['a simple string inside an array', '*2\r\n+', 'a'],
])('%s that never ends, in 1 KiB reads, fails at maxLineLength (64 KiB), not at the 512 MiB bulk cap', (_name, start, filler) => {
  const events: unknown[] = [];
  const parser = parserRecording(events);
  parser.execute(Buffer.from(start));
  const chunk = Buffer.from(filler.repeat(1024 / filler.length));
  let fed = start.length;
  let held = 0;
  while (events.length === 0 && fed < 8 * MB) {
    parser.execute(chunk);
    fed += chunk.length;
    held = Math.max(held, parser.bufferedBytes);
  }
  expect(events).toHaveLength(1);
  expect((events[0] as Error).message).toMatch(/line longer than maxLineLength \(65536\)/);
  expect(fed).toBeLessThanOrEqual(65536 + 2 * 1024 + start.length);
  expect(held).toBeLessThanOrEqual(65536 + 1024);
  expect(parser.bufferedBytes).toBe(0);
});
