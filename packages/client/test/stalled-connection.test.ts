import { startRedisServer } from '@x/test-utils';
import {
  ConnectionLostError,
  createClient,
  PingTimeoutError,
  SocketTimeoutError,
  StalledConnectionError,
  TimeoutError,
} from '../src';
import { startFakeServer, type FakeServer } from './support/fake-server';
import { Inbox, nextEvent, until } from './support/inbox';

// A connection that answers nothing — the TCP socket open, bytes accepted, no reply (a frozen server,
// a half-open path) — must be noticed and replaced, not kept holding every later command. Before,
// a timed-out command's reply stayed awaited (a tombstone) forever: the connection was never reset,
// and pingInterval did not even ping (it waited for an empty queue).

/** Accepts, answers HELLO like Redis 7, then never answers anything. */
let silent: FakeServer;

beforeAll(async () => {
  silent = await startFakeServer(() => undefined);
});

afterAll(async () => {
  await silent?.close();
});

describe('a stalled connection is detected, closed and reconnected', () => {
  it('after a command timed out and nothing arrived for the command timeout (a silent server)', async () => {
    const c = createClient({ socket: { host: silent.host, port: silent.port, reconnectStrategy: 20 }, commandOptions: { timeout: 150 } });
    const errors = new Inbox<Error>();
    c.on('error', errors.push);
    await c.connect();
    try {
      const accepted = silent.accepted;
      const reconnecting = nextEvent(c, 'reconnecting');
      // One timed out; one waits without a timeout behind it: it must not wait forever on a dead connection.
      const first = c.sendCommand(['GET', 'a']).catch((e: unknown) => e);
      const behind = c.sendCommand(['GET', 'b'], { timeout: 0 }).catch((e: unknown) => e);
      expect(await first).toBeInstanceOf(TimeoutError);
      await reconnecting;
      expect(errors.items.some((e) => e instanceof StalledConnectionError)).toBe(true);
      const stalled = errors.items.find((e) => e instanceof StalledConnectionError)!;
      expect(stalled).toBeInstanceOf(SocketTimeoutError);
      expect(stalled.message).toContain(`${silent.host}:${silent.port}`);
      const lost = await behind;
      expect(lost).toBeInstanceOf(ConnectionLostError);
      await until('a new connection', () => silent.accepted > accepted);
    } finally {
      c.destroy();
    }
  });

  it('a frozen real server (SIGSTOP): reset and reconnected, and it works again once resumed', async () => {
    const own = await startRedisServer();
    const c = createClient({ socket: { host: own.host, port: own.port, reconnectStrategy: 20, connectTimeout: 200 }, commandOptions: { timeout: 150 } });
    const errors = new Inbox<Error>();
    c.on('error', errors.push);
    try {
      await c.connect();
      await c.set('frozen:k', 'v');
      await own.pause();
      const reconnecting = nextEvent(c, 'reconnecting');
      expect(await c.get('frozen:k').catch((e: unknown) => e)).toBeInstanceOf(TimeoutError);
      await reconnecting;
      expect(errors.items.some((e) => e instanceof StalledConnectionError)).toBe(true);
      const ready = nextEvent(c, 'ready');
      await own.resume();
      await ready;
      expect(await c.get('frozen:k')).toBe('v');
    } finally {
      c.destroy();
      if (own.state === 'paused') await own.resume();
      await own.stop();
    }
  });

  it('not while the oldest awaited command is still live (a slow command within its own timeout is no stall)', async () => {
    const own = await startRedisServer();
    const c = createClient({ socket: { host: own.host, port: own.port }, commandOptions: { timeout: 100 } });
    const errors = new Inbox<Error>();
    c.on('error', errors.push);
    try {
      await c.connect();
      // The server is busy 600 ms (six command timeouts): the command waiting on it has its own, longer timeout.
      expect(await c.sendCommand(['DEBUG', 'SLEEP', '0.6'], { timeout: 5_000 })).toBe('OK');
      expect(errors.items).toEqual([]);
    } finally {
      c.destroy();
      await own.stop();
    }
  });
});

describe('socket.socketTimeout (node-redis option)', () => {
  it('no byte for socketTimeout while a reply is awaited: a SocketTimeoutError, and a reconnect', async () => {
    const c = createClient({
      socket: { host: silent.host, port: silent.port, socketTimeout: 150, reconnectStrategy: 20 },
      commandOptions: { timeout: 0 }, // no command timeout: socketTimeout alone ends the wait
    });
    const errors = new Inbox<Error>();
    c.on('error', errors.push);
    await c.connect();
    try {
      const accepted = silent.accepted;
      const reconnecting = nextEvent(c, 'reconnecting');
      const error = await c.sendCommand(['GET', 'a']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionLostError);
      expect((error as Error).cause).toBeInstanceOf(SocketTimeoutError);
      await reconnecting;
      const timeout = errors.items.find((e) => e instanceof SocketTimeoutError);
      expect(timeout).toBeDefined();
      expect(timeout!.message).toMatch(/no data received for 150 ms/);
      await until('a new connection', () => silent.accepted > accepted);
    } finally {
      c.destroy();
    }
  });

  it('neither an idle connection nor one waiting on a blocking command is timed out', async () => {
    const own = await startRedisServer();
    const c = createClient({ socket: { host: own.host, port: own.port, socketTimeout: 50 } });
    const resets: unknown[] = [];
    c.on('reconnecting', (info) => resets.push(info));
    c.on('error', (e) => resets.push(e));
    try {
      await c.connect();
      const pop = c.blPop('socket-timeout:list', 0);
      await until('BLPOP blocked', async () => (await own.text('CLIENT', 'LIST')).includes('cmd=blpop'));
      // What is tested is that time passing resets nothing: ten socket timeouts, blocked then idle.
      const since = performance.now();
      await until('ten socket timeouts while blocked', () => performance.now() - since > 500);
      await own.command('RPUSH', 'socket-timeout:list', 'x');
      expect(await pop).toEqual({ key: 'socket-timeout:list', element: 'x' });
      const idleSince = performance.now();
      await until('ten socket timeouts idle', () => performance.now() - idleSince > 500);
      expect(await c.ping()).toBe('PONG');
      expect(resets).toEqual([]);
    } finally {
      c.destroy();
      await own.stop();
    }
  });

  it('is validated: a negative or fractional value is an InvalidOptionError naming it', () => {
    expect(() => createClient({ socket: { socketTimeout: -1 } })).toThrow(/socket\.socketTimeout/);
    expect(() => createClient({ socket: { socketTimeout: 1.5 } })).toThrow(/socket\.socketTimeout/);
  });
});

describe('pingInterval (node-redis option)', () => {
  it('emits each PING reply as ping-interval', async () => {
    const own = await startRedisServer();
    const c = createClient({ socket: { host: own.host, port: own.port }, pingInterval: 30 });
    const replies = new Inbox<unknown>();
    c.on('ping-interval', replies.push);
    try {
      await c.connect();
      expect((await replies.atLeast(2)).slice(0, 2)).toEqual(['PONG', 'PONG']);
    } finally {
      c.destroy();
      await own.stop();
    }
  });

  it('still pings behind a timed-out command\'s unanswered reply, and resets the connection when the PING gets no answer', async () => {
    // No command timeout (so no stall watchdog): only the keep-alive can notice.
    const c = createClient({ socket: { host: silent.host, port: silent.port, reconnectStrategy: 20 }, pingInterval: 60, commandOptions: { timeout: 0 } });
    const errors = new Inbox<Error>();
    c.on('error', errors.push);
    await c.connect();
    try {
      const reconnecting = nextEvent(c, 'reconnecting');
      expect(await c.sendCommand(['GET', 'a'], { timeout: 30 }).catch((e: unknown) => e)).toBeInstanceOf(TimeoutError);
      await reconnecting;
      expect(errors.items.some((e) => e instanceof PingTimeoutError)).toBe(true);
    } finally {
      c.destroy();
    }
  });

  it('an error reply to the PING is an error event (the server is alive: no reconnect)', async () => {
    const refusing = await startFakeServer((args, socket) => {
      if (args[0] === 'PING') socket.write('-LOADING Redis is loading the dataset in memory\r\n');
    });
    const c = createClient({ socket: { host: refusing.host, port: refusing.port }, pingInterval: 30 });
    const errors = new Inbox<Error>();
    c.on('error', errors.push);
    const resets: unknown[] = [];
    c.on('reconnecting', (info) => resets.push(info));
    try {
      await c.connect();
      const [error] = await errors.atLeast(1);
      expect(error!.message).toMatch(/^LOADING/);
      expect(resets).toEqual([]);
    } finally {
      c.destroy();
      await refusing.close();
    }
  });
});
