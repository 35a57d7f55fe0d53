import { startRedisServer } from '@x/test-utils';
import { ClientClosedError, createClient, TimeoutError } from '../src';
import { startFakeServer } from './support/fake-server';
import { nextEvent, until } from './support/inbox';

// A graceful close waits for the replies of live commands, never for a frozen server forever.
it('close() does not wait for replies a timed-out command still owes (a frozen server)', async () => {
  const own = await startRedisServer();
  try {
    const c = await createClient({ socket: { host: own.host, port: own.port }, commandOptions: { timeout: 100 } }).connect();
    await own.pause();
    await expect(c.sendCommand(['PING'])).rejects.toBeInstanceOf(TimeoutError);
    // Only a tombstone is left: close() must finish without the frozen server's reply.
    await c.close();
    expect(c.isOpen).toBe(false);
  } finally {
    await own.resume();
    await own.stop();
  }
});

it('close() with a live command on a frozen server finishes when that command times out', async () => {
  const own = await startRedisServer();
  try {
    const c = await createClient({ socket: { host: own.host, port: own.port } }).connect();
    await own.pause();
    const pending = c.sendCommand(['PING'], { timeout: 150 }).catch((e: unknown) => e);
    await new Promise((r) => setImmediate(r));
    await c.close();
    expect(await pending).toBeInstanceOf(TimeoutError);
  } finally {
    await own.resume();
    await own.stop();
  }
});

// On the client's own connection (blockingPool: false, or a cluster node's shared connection): the
// dedicated connections of the blocking pool end their commands at close by themselves.
describe('close() ends, whatever is pending', () => {
  it('a pending BLPOP k 0 is rejected (it may have run), and what waits behind it; the replies ahead of it arrive; close() resolves', async () => {
    const own = await startRedisServer();
    try {
      const c = await createClient({ socket: { host: own.host, port: own.port }, blockingPool: false }).connect();
      await c.set('close:k', 'v');
      // Written together: a slow command ahead, the blocking one, a command behind it.
      const ahead = c.sendCommand(['DEBUG', 'SLEEP', '0.2']);
      const pop = c.blPop('close:list', 0).catch((e: unknown) => e);
      const behind = c.get('close:k').catch((e: unknown) => e);
      await new Promise((resolve) => process.nextTick(resolve)); // (the flush of this tick)
      await c.close();
      expect(await ahead).toBe('OK');
      const error = await pop;
      expect(error).toBeInstanceOf(ClientClosedError);
      expect((error as ClientClosedError).sent).toBe(true);
      expect(await behind).toBeInstanceOf(ClientClosedError);
      expect(c.isOpen).toBe(false);
      // The server dropped the blocked client: nothing is left blocked there.
      await until('no blocked client on the server', async () => !(await own.text('CLIENT', 'LIST')).includes('cmd=blpop'));
    } finally {
      await own.stop();
    }
  });

  it('a BLPOP k 0 not yet written is not sent; close() resolves', async () => {
    const own = await startRedisServer();
    try {
      const c = await createClient({ socket: { host: own.host, port: own.port }, blockingPool: false }).connect();
      const ping = c.ping();
      const pop = c.blPop('close:list', 0).catch((e: unknown) => e);
      await c.close(); // same tick: nothing was written yet
      expect(await ping).toBe('PONG');
      const error = await pop;
      expect(error).toBeInstanceOf(ClientClosedError);
      expect((error as ClientClosedError).sent).toBe(false);
    } finally {
      await own.stop();
    }
  });

  it('a blocking command with a timeout of its own is waited for like any command', async () => {
    const own = await startRedisServer();
    try {
      const c = await createClient({ socket: { host: own.host, port: own.port }, blockingPool: false }).connect();
      const pop = c.sendCommand(['BLPOP', 'close:timed', '0.2'], { timeout: 5_000 });
      await until('BLPOP blocked', async () => (await own.text('CLIENT', 'LIST')).includes('cmd=blpop'));
      await c.close();
      expect(await pop).toBeNull();
    } finally {
      await own.stop();
    }
  });
});

describe('close() or destroy() during connect() leaves no socket open', () => {
  /** TCP sockets this process holds open (the resources that keep it alive). */
  const openSockets = (): number => process.getActiveResourcesInfo().filter((name) => name === 'TCPSocketWrap').length;

  it.each(['close', 'destroy'] as const)('%s() before the TCP connection, during the handshake, and while reconnecting', async (how) => {
    // A server that accepts and never answers: the handshake waits (with a long connect timeout).
    const silent = await startFakeServer(() => undefined, { answerHello: false });
    try {
      const baseline = openSockets();
      for (const when of ['at once', 'during the handshake'] as const) {
        const c = createClient({ socket: { host: silent.host, port: silent.port, connectTimeout: 60_000 } });
        const connecting = c.connect().catch((e: unknown) => e);
        if (when === 'during the handshake') await until('accepted', () => silent.sockets.size > 0);
        if (how === 'close') await c.close();
        else c.destroy();
        expect(await connecting).toBeInstanceOf(ClientClosedError);
        await until(`${when}: sockets back to ${baseline}`, () => openSockets() <= baseline && silent.sockets.size === 0);
      }
      // While reconnecting (waiting for the next attempt after a drop).
      const real = await startRedisServer();
      try {
        const c = await createClient({ socket: { host: real.host, port: real.port, reconnectStrategy: 60_000 } }).connect();
        c.on('error', () => undefined);
        const reconnecting = nextEvent(c, 'reconnecting');
        await real.command('CLIENT', 'KILL', 'TYPE', 'normal');
        await reconnecting;
        if (how === 'close') await c.close();
        else c.destroy();
        expect(c.isOpen).toBe(false);
      } finally {
        await real.stop();
      }
      await until(`sockets back to ${baseline}`, () => openSockets() <= baseline);
    } finally {
      await silent.close();
    }
  });
});
