import type net from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createClient, TimeoutError } from '../src';
import { startFakeServer, type FakeServer } from './support/fake-server';

// A reply far bigger than anyone waits for (or one that never ends) keeps streaming after its command
// timed out. The client must step over it without building it: before, it was decoded whole after the
// timeout (the heap grew by the size of the reply, +455 MB in the run).
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const MB = 1024 * 1024;
const ELEMENT = 1000; // bytes per element on the wire
const ELEMENTS = 250_000; // 250 MB of reply

async function heapUsed(): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  return process.memoryUsage().heapUsed;
}

/** Writes `*ELEMENTS` then the elements, as views of one ring buffer, honouring backpressure. */
function streamHugeReply(socket: net.Socket, progress: { sent: number }): Promise<void> {
  const element = Buffer.from(`$${ELEMENT - 8}\r\n${'x'.repeat(ELEMENT - 8)}\r\n`);
  expect(element.length).toBe(ELEMENT);
  const perChunk = 64;
  const chunk = Buffer.concat(Array.from({ length: perChunk }, () => element));
  socket.write(`*${ELEMENTS}\r\n`);
  return new Promise((resolve, reject) => {
    socket.once('close', () => reject(new Error('closed while streaming')));
    const pump = (): void => {
      while (progress.sent < ELEMENTS) {
        const n = Math.min(perChunk, ELEMENTS - progress.sent);
        progress.sent += n;
        const ok = socket.write(n === perChunk ? chunk : chunk.subarray(0, n * ELEMENT));
        if (!ok) {
          socket.once('drain', pump);
          return;
        }
      }
      resolve();
    };
    pump();
  });
}

let server: FakeServer;
let streaming: Promise<void> | undefined;
const progress = { sent: 0 };

beforeAll(async () => {
  server = await startFakeServer((args, socket) => {
    if (args[0] === 'LRANGE') streaming = streamHugeReply(socket, progress);
    // In order: after the huge reply, however long it takes to send.
    else if (args[0] === 'GET') void (streaming ?? Promise.resolve()).then(() => socket.write(`$${args[1]!.length}\r\n${args[1]}\r\n`));
  });
});

afterAll(async () => {
  await server?.close();
});

it('a huge reply that arrives after its command timed out is stepped over in flat memory; the next reply is right', async () => {
  const c = await createClient({ socket: { host: server.host, port: server.port } }).connect();
  try {
    const baseline = await heapUsed();
    const huge = c.sendCommand(['LRANGE', 'huge', '0', '-1'], { timeout: 50 }).catch((e: unknown) => e);
    const next = c.sendCommand(['GET', 'after-the-huge-one'], { timeout: 0 });
    expect(await huge).toBeInstanceOf(TimeoutError);
    // Sample the heap while the rest streams through (sampling pauses the reads a little; that is fine).
    let peak = 0;
    while (progress.sent < ELEMENTS) {
      peak = Math.max(peak, (await heapUsed()) - baseline);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await streaming;
    expect(await next).toBe('after-the-huge-one');
    peak = Math.max(peak, (await heapUsed()) - baseline);
    expect(progress.sent).toBe(ELEMENTS);
    // 250 MB went by; what is held is a few socket buffers, never the reply.
    expect(peak).toBeLessThan(24 * MB);
  } finally {
    c.destroy();
  }
});
