import net from 'node:net';
import { startFaultProxy, startRedisServer, waitFor, done, notYet, type FaultProxy, type RedisServer } from '../src';
import { encodeCommand, Resp2Reader, type RespReply } from '../src/resp2-reader';

/** A client connection through the proxy that collects replies and notices when it is closed. */
class Client {
  readonly socket: net.Socket;
  readonly replies: RespReply[] = [];
  closed = false;
  private readonly reader = new Resp2Reader();
  constructor(port: number) {
    this.socket = net.connect({ host: '127.0.0.1', port });
    this.socket.on('data', (chunk: Buffer) => this.replies.push(...this.reader.push(chunk)));
    this.socket.on('close', () => (this.closed = true));
    this.socket.on('error', () => undefined);
  }
  send(...args: string[]): void {
    this.socket.write(encodeCommand(args));
  }
  waitForReplies(count: number): Promise<RespReply[]> {
    return waitFor(`${count} replies`, async () => (this.replies.length >= count ? done(this.replies.slice(0, count)) : notYet(`${this.replies.length} so far`)), { timeoutMs: 5000, intervalMs: 5 });
  }
  /** Asserts nothing arrives for a while: absence can only be checked with a bound. */
  async expectSilence(ms = 300): Promise<void> {
    const before = this.replies.length;
    await new Promise((r) => setTimeout(r, ms));
    expect(this.replies.length).toBe(before);
  }
}

let server: RedisServer;
let proxy: FaultProxy;
beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(() => server.stop());
beforeEach(async () => {
  proxy = await startFaultProxy({ targetPort: server.port });
});
afterEach(() => proxy.stop());

describe('startFaultProxy', () => {
  it('forwards both ways', async () => {
    const client = new Client(proxy.port);
    client.send('SET', 'p', '1');
    client.send('GET', 'p');
    expect(await client.waitForReplies(2)).toEqual(['OK', '1']);
    expect(proxy.connectionCount).toBe(1);
    client.socket.destroy();
  });

  it('pause() holds bytes with the socket open; resume() delivers them in order', async () => {
    const client = new Client(proxy.port);
    client.send('PING');
    await client.waitForReplies(1);
    proxy.pause();
    client.send('SET', 'paused', 'yes');
    await client.expectSilence();
    expect(await server.command('GET', 'paused')).toBeNull(); // the command never reached the server
    expect(client.closed).toBe(false);
    proxy.resume();
    expect(await client.waitForReplies(2)).toEqual(['PONG', 'OK']);
    client.socket.destroy();
  });

  it('blackhole() accepts connections but never answers', async () => {
    proxy.blackhole();
    const client = new Client(proxy.port);
    client.send('PING');
    await waitFor('accepted', async () => (proxy.acceptedCount === 1 ? done(undefined) : notYet('not yet')), { timeoutMs: 5000 });
    await client.expectSilence();
    expect(client.closed).toBe(false);
    client.socket.destroy();
  });

  it('dropConnections() closes open connections; new ones still work', async () => {
    const client = new Client(proxy.port);
    client.send('PING');
    await client.waitForReplies(1);
    proxy.dropConnections();
    await waitFor('client closed', async () => (client.closed ? done(undefined) : notYet('open')), { timeoutMs: 5000, intervalMs: 5 });
    const again = new Client(proxy.port);
    again.send('PING');
    expect(await again.waitForReplies(1)).toEqual(['PONG']);
    again.socket.destroy();
  });

  it('delay(ms) delays replies by at least ms, in order', async () => {
    proxy.delay(200);
    const client = new Client(proxy.port);
    const started = Date.now();
    client.send('ECHO', 'a');
    client.send('ECHO', 'b');
    expect(await client.waitForReplies(2)).toEqual(['a', 'b']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 200 - 20); // once each way
    client.socket.destroy();
  });
});
