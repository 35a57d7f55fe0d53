import { startFaultProxy, startRedisServer, type FaultProxy, type RedisServer } from '@x/test-utils';
import { createClient, PingTimeoutError, TimeoutError } from '../src';
import { Inbox, nextEvent, until } from './support/inbox';

let server: RedisServer;
let proxy: FaultProxy;

beforeAll(async () => {
  server = await startRedisServer();
  proxy = await startFaultProxy({ targetPort: server.port });
});

afterAll(async () => {
  await proxy?.stop();
  await server?.stop();
});

afterEach(() => {
  proxy.resume();
});

// A half-open connection: the socket stays up, bytes are accepted, nothing ever comes back (a peer
// that vanished without a FIN, a dead NAT entry). Only timeouts can tell.
describe('a half-open connection (the fault proxy blackholes it)', () => {
  it('pingInterval notices it, reconnects, and recovers once the path works again', async () => {
    const c = createClient({
      socket: { host: proxy.host, port: proxy.port, reconnectStrategy: 20, connectTimeout: 300 },
      pingInterval: 100,
    });
    const errors = new Inbox<Error>();
    c.on('error', errors.push);
    await c.connect();
    try {
      const reconnecting = nextEvent(c, 'reconnecting');
      proxy.blackhole();
      await reconnecting;
      expect(errors.items.some((e) => e instanceof PingTimeoutError || e.cause instanceof PingTimeoutError)).toBe(true);
      const ready = nextEvent(c, 'ready');
      proxy.resume();
      await ready;
      expect(await c.sendCommand(['ECHO', 'back'])).toBe('back');
    } finally {
      c.destroy();
    }
  });

  it('a command on it times out as may-have-run instead of hanging', async () => {
    const c = createClient({ socket: { host: proxy.host, port: proxy.port }, commandOptions: { timeout: 200 } });
    c.on('error', () => {});
    await c.connect();
    try {
      proxy.blackhole();
      const error = await c.sendCommand(['INCR', 'half-open:n']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).sent).toBe(true);
    } finally {
      c.destroy();
    }
  });
});

it('the keep-alive PING never resets a connection busy with a blocking command', async () => {
  const pinging = await createClient({ socket: { host: server.host, port: server.port }, pingInterval: 50 }).connect();
  const resets: unknown[] = [];
  pinging.on('reconnecting', (info) => resets.push(info));
  try {
    const pop = pinging.sendCommand(['BLPOP', 'review:list', '0']);
    // Long enough for several ping intervals to pass while BLPOP blocks.
    await until('BLPOP blocked', async () => (await server.text('CLIENT', 'LIST')).includes('cmd=blpop'));
    // What is tested is that time passing does not reset the connection: let ten ping intervals pass.
    const blockedAt = performance.now();
    await until('ten ping intervals while blocked', () => performance.now() - blockedAt > 500);
    await server.command('RPUSH', 'review:list', 'x');
    expect(await pop).toEqual(['review:list', 'x']);
    expect(resets).toEqual([]);
  } finally {
    pinging.destroy();
  }
});
