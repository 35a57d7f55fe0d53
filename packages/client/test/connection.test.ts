import { startRedisServer, waitFor, done, notYet, type RedisServer } from '@x/test-utils';

const until = <T>(what: string, poll: () => Promise<ReturnType<typeof done<T>> | ReturnType<typeof notYet>> | ReturnType<typeof done<T>> | ReturnType<typeof notYet>) =>
  waitFor(what, async () => poll(), { timeoutMs: 10_000, intervalMs: 10 });
import { ReplyError } from '@x/resp';
import type { RedisFunctions, RedisModules, RedisScripts, RespVersions } from '@x/modules';
import {
  AbortError,
  ClientClosedError,
  ClientOfflineError,
  ConnectionLostError,
  InvalidOptionError,
  RedisClient,
  TimeoutError,
  createClient,
} from '../src';
import { clientOn, createNodeConnection } from '../src/node-connection';

let server: RedisServer;

beforeAll(async () => {
  server = await startRedisServer();
});

afterAll(async () => {
  await server?.stop();
});

/** The next emission of `event` (unlike events.once, an 'error' meanwhile does not reject it). */
function nextEvent(c: Client, event: 'reconnecting' | 'ready' | 'end'): Promise<void> {
  return new Promise((resolve) => c.once(event, () => resolve()));
}

type Options = NonNullable<ConstructorParameters<typeof RedisClient>[0]>;
type Client = RedisClient<RedisModules, RedisFunctions, RedisScripts, RespVersions>;

function client(options: Options = {}): Client {
  return new RedisClient({ ...options, socket: { host: server.host, port: server.port, ...options.socket } });
}

async function withClient<T>(fn: (c: Client) => Promise<T>, options?: Options): Promise<T> {
  const c = client(options);
  await c.connect();
  try {
    return await fn(c);
  } finally {
    c.destroy();
  }
}

describe('connect and commands', () => {
  it('sends commands and resolves with their replies', async () => {
    await withClient(async (c) => {
      expect(await c.sendCommand(['SET', 'conn:a', 'value'])).toBe('OK');
      expect(await c.sendCommand(['GET', 'conn:a'])).toBe('value');
      expect(await c.sendCommand(['GET', 'conn:missing'])).toBeNull();
      expect(await c.sendCommand(['INCR', 'conn:n'])).toBe(1);
    });
  });

  it('rejects a server error with a ReplyError carrying its code, and the next command still gets its own reply', async () => {
    await withClient(async (c) => {
      await c.sendCommand(['SET', 'conn:str', 'x']);
      const error = await c.sendCommand(['LPUSH', 'conn:str', 'y']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReplyError);
      expect((error as ReplyError).code).toBe('WRONGTYPE');
      expect(await c.sendCommand(['GET', 'conn:str'])).toBe('x');
    });
  });

  it('speaks RESP3 by default and RESP2 on request', async () => {
    await withClient(async (c) => {
      expect(c.respVersion).toBe(3);
      await c.sendCommand(['HSET', 'conn:h', 'f', 'v']);
      expect(await c.sendCommand(['HGETALL', 'conn:h'])).toEqual({ f: 'v' });
    });
    await withClient(
      async (c) => {
        expect(c.respVersion).toBe(2);
        expect(await c.sendCommand(['HGETALL', 'conn:h'])).toEqual(['f', 'v']);
      },
      { RESP: 2 },
    );
  });

  it('pipelines 100k commands issued in one tick, each getting its own reply in order', async () => {
    await withClient(async (c) => {
      const n = 100_000;
      const replies: Array<Promise<unknown>> = [];
      for (let i = 0; i < n; i++) replies.push(c.sendCommand(['ECHO', String(i)]));
      const values = await Promise.all(replies);
      for (let i = 0; i < n; i++) if (values[i] !== String(i)) throw new Error(`reply ${i} was ${String(values[i])}`);
    });
  });

  it('moves a 50 MB value both ways intact (string and Buffer)', async () => {
    await withClient(async (c) => {
      const big = Buffer.alloc(50 * 1024 * 1024, 'abcdefghij');
      big[big.length - 1] = 0x21;
      await c.sendCommand(['SET', 'conn:big', big]);
      const back = (await c.sendCommand(['GET', 'conn:big'], { typeMapping: { 36: Buffer } })) as Buffer;
      expect(Buffer.isBuffer(back)).toBe(true);
      expect(back.equals(big)).toBe(true);
      expect(await c.sendCommand(['STRLEN', 'conn:big'])).toBe(big.length);
      await c.sendCommand(['DEL', 'conn:big']);
    });
  });

  it('a type mapping of bulk strings to Buffer leaves simple strings (+OK) strings, as node-redis does', async () => {
    await withClient(async (c) => {
      const asBuffers = { typeMapping: { 36: Buffer } };
      expect(await c.sendCommand(['SET', 'conn:tm', 'v'], asBuffers)).toBe('OK');
      expect(await c.sendCommand(['GET', 'conn:tm'], asBuffers)).toEqual(Buffer.from('v'));
    });
  });

  it('refuses commands before connect() with ClientClosedError', async () => {
    const c = client();
    await expect(c.sendCommand(['PING'])).rejects.toBeInstanceOf(ClientClosedError);
  });

  it('rejects connect() on a closed port with the socket error, and does not retry', async () => {
    const closed = await startRedisServer();
    const port = closed.port;
    await closed.stop();
    const c = new RedisClient({ socket: { host: '127.0.0.1', port } });
    await expect(c.connect()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(c.isOpen).toBe(false);
    await expect(c.sendCommand(['PING'])).rejects.toBeInstanceOf(ClientClosedError);
  });

  it('throws an InvalidOptionError naming the option', () => {
    expect(() => new RedisClient({ socket: { port: -1 } })).toThrow(InvalidOptionError);
    expect(() => new RedisClient({ socket: { port: -1 } })).toThrow(/socket\.port/);
    expect(() => new RedisClient({ url: 'http://x' })).toThrow(/url/);
    expect(() => new RedisClient({ RESP: 4 as 3 })).toThrow(/RESP/);
    expect(() => new RedisClient({ database: 1.5 })).toThrow(/database/);
    try {
      new RedisClient({ url: 'redis://user:s3cret@host:notaport' });
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('s3cret');
    }
  });

  it('createClient returns a client with command methods that connects', async () => {
    const c = createClient({ socket: { host: server.host, port: server.port } });
    await c.connect();
    expect(await c.sendCommand(['PING'])).toBe('PONG');
    await c.close();
    expect(c.isOpen).toBe(false);
  });
});

describe('timeouts and aborts never hand a reply to the wrong command', () => {
  it('times out a written command and gives the next command its own reply', async () => {
    await withClient(async (c) => {
      const slow = c.sendCommand(['DEBUG', 'SLEEP', '0.3'], { timeout: 50 });
      const next = c.sendCommand(['ECHO', 'mine']);
      const error = await slow.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).sent).toBe(true);
      expect(await next).toBe('mine');
      expect(await c.sendCommand(['ECHO', 'after'])).toBe('after');
    });
  });

  it('applies the default command timeout to every command', async () => {
    await withClient(
      async (c) => {
        await expect(c.sendCommand(['DEBUG', 'SLEEP', '0.3'])).rejects.toBeInstanceOf(TimeoutError);
        // The server is still asleep: this one needs a longer timeout than the default.
        expect(await c.sendCommand(['ECHO', 'x'], { timeout: 5_000 })).toBe('x');
      },
      { commandOptions: { timeout: 50 } },
    );
  });

  it('does not time out blocking commands by default', async () => {
    await withClient(
      async (c) => {
        const pop = c.sendCommand(['BLPOP', 'conn:list', '0']);
        await server.command('DEBUG', 'SLEEP', '0.15');
        await server.command('RPUSH', 'conn:list', 'item');
        expect(await pop).toEqual(['conn:list', 'item']);
      },
      { commandOptions: { timeout: 50 } },
    );
  });

  it('an abort before the write means the command never runs', async () => {
    await withClient(async (c) => {
      await c.sendCommand(['DEL', 'conn:aborted']);
      const controller = new AbortController();
      const incr = c.sendCommand(['INCR', 'conn:aborted'], { abortSignal: controller.signal });
      controller.abort();
      const error = await incr.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AbortError);
      expect((error as AbortError).sent).toBe(false);
      expect(await c.sendCommand(['GET', 'conn:aborted'])).toBeNull();
    });
  });

  it('an abort after the write leaves a tombstone: the next command gets its own reply', async () => {
    await withClient(async (c) => {
      const controller = new AbortController();
      const slow = c.sendCommand(['DEBUG', 'SLEEP', '0.1'], { abortSignal: controller.signal });
      const next = c.sendCommand(['ECHO', 'second']);
      await new Promise((resolve) => setImmediate(resolve));
      controller.abort();
      await expect(slow).rejects.toMatchObject({ sent: true });
      expect(await next).toBe('second');
    });
  });

  it('an already aborted signal rejects at once', async () => {
    await withClient(async (c) => {
      await expect(c.sendCommand(['PING'], { abortSignal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    });
  });
});

describe('connection loss', () => {
  it('rejects written commands as may-have-run, queues new ones while reconnecting, and emits every transition each time', async () => {
    const c = client({ socket: { reconnectStrategy: 20 } });
    const events: string[] = [];
    for (const name of ['connect', 'ready', 'end', 'reconnecting', 'error'] as const) c.on(name, () => events.push(name));
    await c.connect();
    for (let round = 0; round < 2; round++) {
      const blocked = c.sendCommand(['BLPOP', 'conn:never', '0']);
      await until('BLPOP is blocked', async () => ((await server.text('CLIENT', 'LIST')).includes('cmd=blpop') ? done(true) : notYet('blpop')));
      await server.command('CLIENT', 'KILL', 'TYPE', 'normal');
      const error = await blocked.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionLostError);
      expect((error as ConnectionLostError).sent).toBe(true);
      expect((error as Error).message).toMatch(/may have run/);
      // Sent while disconnected: waits in the offline queue and runs once reconnected.
      expect(await c.sendCommand(['ECHO', `after-${round}`])).toBe(`after-${round}`);
    }
    expect(events.filter((e) => e === 'reconnecting')).toHaveLength(2);
    expect(events.filter((e) => e === 'ready')).toHaveLength(3);
    expect(events.filter((e) => e === 'connect')).toHaveLength(3);
    await c.close();
    expect(events.at(-1)).toBe('end');
  });

  it('with disableOfflineQueue, rejects commands at once while disconnected', async () => {
    const c = client({ disableOfflineQueue: true, socket: { reconnectStrategy: 200 } });
    await c.connect();
    const reconnecting = nextEvent(c, 'reconnecting');
    await server.command('CLIENT', 'KILL', 'TYPE', 'normal');
    await reconnecting;
    await expect(c.sendCommand(['PING'])).rejects.toBeInstanceOf(ClientOfflineError);
    c.destroy();
  });

  it('a command issued after the server closed the connection, before the socket closed, is not sent (not may-have-run)', async () => {
    // Between the server's FIN ('end') and the socket's 'close', a write goes nowhere (Node answers it
    // with EPIPE); such a command must be refused as not sent, so a cluster can retry it elsewhere.
    const c = client({ disableOfflineQueue: true, socket: { reconnectStrategy: false } });
    c.on('error', () => undefined);
    await c.connect();
    const outcomes: Array<Promise<unknown>> = [];
    let ended = false;
    const ending = nextEvent(c, 'end').then(() => (ended = true));
    await server.command('CLIENT', 'KILL', 'TYPE', 'normal');
    // One command per event-loop turn until the client has noticed: some land in that window.
    while (!ended) {
      outcomes.push(c.sendCommand(['PING']).catch((e: unknown) => e));
      await new Promise((r) => setImmediate(r));
    }
    await ending;
    const sentIntoClosedSocket = (await Promise.all(outcomes)).filter(
      (o) => o instanceof ConnectionLostError && /ended by the other party/.test(String((o.cause as Error | undefined)?.message)),
    );
    expect(sentIntoClosedSocket).toEqual([]);
  });

  it('a SIGSTOPped server mid-pipeline: commands time out (no hang), and after SIGCONT each gets its own reply', async () => {
    const own = await startRedisServer();
    try {
      const c = new RedisClient({ socket: { host: own.host, port: own.port }, commandOptions: { timeout: 200 } });
      await c.connect();
      await own.pause();
      const frozen = Array.from({ length: 100 }, (_, i) => c.sendCommand(['ECHO', `frozen-${i}`]).catch((e: unknown) => e));
      const results = await Promise.all(frozen);
      for (const r of results) expect(r).toBeInstanceOf(TimeoutError);
      await own.resume();
      // The frozen commands' replies arrive now and are discarded in order.
      const after = await Promise.all(Array.from({ length: 100 }, (_, i) => c.sendCommand(['ECHO', `after-${i}`])));
      after.forEach((r, i) => expect(r).toBe(`after-${i}`));
      c.destroy();
    } finally {
      await own.stop();
    }
  });

  it('a killed server mid-pipeline: written commands are rejected as may-have-run; the client comes back when it restarts', async () => {
    const own = await startRedisServer();
    try {
      // The client on a connection of our own, to see its queue (the node-connection contract).
      const options = { socket: { host: own.host, port: own.port, reconnectStrategy: 50 } };
      const connection = createNodeConnection(options);
      const c = clientOn(connection, options);
      await c.connect();
      await own.pause(); // so the pipeline is surely written and unanswered when the server dies
      const inFlight = Array.from({ length: 50 }, (_, i) => c.sendCommand(['ECHO', `x-${i}`]).catch((e: unknown) => e));
      await until('50 in flight', () => (connection.queueLength === 50 ? done(true) : notYet('queued')));
      await own.kill('SIGKILL');
      for (const r of await Promise.all(inFlight)) expect(r).toBeInstanceOf(ConnectionLostError);
      await own.restart();
      expect(await c.sendCommand(['ECHO', 'back'])).toBe('back');
      c.destroy();
    } finally {
      await own.stop();
    }
  });

  it('pingInterval detects a frozen server and reconnects', async () => {
    const own = await startRedisServer();
    try {
      const c = new RedisClient({ socket: { host: own.host, port: own.port, reconnectStrategy: 50, connectTimeout: 300 }, pingInterval: 100 });
      const errors: Error[] = [];
      c.on('error', (e) => errors.push(e));
      await c.connect();
      await own.pause();
      await nextEvent(c, 'reconnecting');
      expect(errors.some((e) => /PING/.test(e.message) || (e.cause as Error | undefined)?.message?.includes('PING'))).toBe(true);
      await own.resume();
      await until('ready again', () => (c.isReady ? done(true) : notYet('ready')));
      expect(await c.sendCommand(['PING'])).toBe('PONG');
      c.destroy();
    } finally {
      await own.stop();
    }
  });
});

describe('shutdown', () => {
  it('close() waits for replies in flight, then refuses commands', async () => {
    const c = client();
    await c.connect();
    const slow = c.sendCommand(['DEBUG', 'SLEEP', '0.1']);
    const echo = c.sendCommand(['ECHO', 'last']);
    const closing = c.close();
    await expect(c.sendCommand(['PING'])).rejects.toBeInstanceOf(ClientClosedError);
    await closing;
    expect(await slow).toBe('OK');
    expect(await echo).toBe('last');
    expect(c.isOpen).toBe(false);
    await expect(c.sendCommand(['PING'])).rejects.toBeInstanceOf(ClientClosedError);
  });

  it('destroy() rejects replies in flight at once', async () => {
    const c = client();
    await c.connect();
    const slow = c.sendCommand(['DEBUG', 'SLEEP', '0.2']);
    await new Promise((resolve) => setImmediate(resolve));
    c.destroy();
    const error = await slow.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientClosedError);
    expect((error as ClientClosedError).sent).toBe(true);
  });

  it('leaves no handle that keeps the process alive', async () => {
    const before = process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap' || r === 'Timeout').length;
    const c = client({ pingInterval: 1000 });
    await c.connect();
    await c.sendCommand(['PING']);
    await c.close();
    await until('handles released', () => {
      const after = process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap' || r === 'Timeout').length;
      return after <= before ? done(true) : notYet(`${after} handles`);
    });
  });
});
