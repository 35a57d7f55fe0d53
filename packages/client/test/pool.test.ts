import { getFreePort, releasePort, startRedisServer, type RedisServer } from '@x/test-utils';
import {
  AbortError,
  ClientClosedError,
  createClient,
  createClientPool,
  defineScript,
  InvalidOptionError,
  PoolAcquireTimeoutError,
  PoolStickyCommandError,
  RedisClientPool,
  RESP_TYPES,
  TimeoutError,
  WatchError,
  type CommandParser,
  type RedisArgument,
  type RedisClientPoolType,
  type RedisPoolOptions,
  type SocketOptions,
} from '../src';
import { nextEvent, until } from './support/inbox';

// The pool against a real server. What the pool did on the server (how many connections, what ran)
// is read through the harness (CLIENT LIST, GET), never through the pool under test.

let server: RedisServer;
const pools: Array<{ destroy(): void }> = [];

beforeAll(async () => {
  server = await startRedisServer();
});

afterEach(() => {
  for (const pool of pools.splice(0)) pool.destroy();
});

afterAll(async () => {
  await server?.stop();
});

let names = 0;

/** A pool whose clients carry a connection name of their own, so CLIENT LIST can count them. */
function pool(options?: Partial<RedisPoolOptions>, clientOptions?: { socket?: SocketOptions }) {
  const name = `pool${++names}`;
  const p = createClientPool({ socket: { host: server.host, port: server.port }, name, ...clientOptions }, options);
  pools.push(p);
  return Object.assign(p, { connectionName: name });
}

/** Connections on the server named `name` (the pool's clients), as the server counts them. */
async function serverConnections(name: string): Promise<number> {
  const list = String(await server.command('CLIENT', 'LIST'));
  return list.split('\n').filter((line) => line.includes(` name=${name} `)).length;
}

/** Kill the pool's connections on the server (by the ids CLIENT LIST gives for its name). */
async function killConnections(name: string): Promise<number> {
  const list = String(await server.command('CLIENT', 'LIST'));
  const ids = list
    .split('\n')
    .filter((line) => line.includes(` name=${name} `))
    .map((line) => /^id=(\d+)/.exec(line)![1]!);
  for (const id of ids) await server.command('CLIENT', 'KILL', 'ID', id);
  return ids.length;
}

function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Hold one client of `p` until the returned release is called. */
async function hold(p: RedisClientPoolType): Promise<{ release: () => void; done: Promise<unknown> }> {
  const gate = deferred();
  const started = deferred();
  const done = p.execute(async () => {
    started.resolve();
    await gate.promise;
  });
  await started.promise;
  return { release: () => gate.resolve(), done };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('sizing', () => {
  it('connect() opens `minimum` clients and resolves with the pool; a second connect() resolves undefined', async () => {
    const p = pool({ minimum: 3, maximum: 5 });
    expect(p.isOpen).toBe(false);
    await expect(p.connect()).resolves.toBe(p);
    expect(p.isOpen).toBe(true);
    expect(p.totalClients).toBe(3);
    expect(p.idleClients).toBe(3);
    expect(await serverConnections(p.connectionName)).toBe(3);
    await expect(p.connect()).resolves.toBeUndefined();
    expect(p.totalClients).toBe(3);
  });

  it('opens clients on demand up to `maximum`, never more; the rest of the tasks wait and are served in order', async () => {
    const p = pool({ minimum: 1, maximum: 3 });
    await p.connect();
    const gate = deferred();
    const order: number[] = [];
    const tasks = Array.from({ length: 6 }, (_, i) =>
      p.execute(async (client) => {
        order.push(i);
        await client.ping();
        await gate.promise;
        return i;
      }),
    );
    await until('3 clients running tasks', () => p.clientsInUse === 3 && order.length === 3);
    expect(p.totalClients).toBe(3);
    expect(p.tasksQueueLength).toBe(3);
    expect(await serverConnections(p.connectionName)).toBe(3);
    gate.resolve();
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(order.slice(3)).toEqual([3, 4, 5]);
    expect(p.tasksQueueLength).toBe(0);
    expect(p.totalClients).toBe(3);
    expect(await serverConnections(p.connectionName)).toBe(3);
  });

  it('cleanupDelay: idle clients above `minimum` are closed once no task finished for that long', async () => {
    const p = pool({ minimum: 1, maximum: 4, cleanupDelay: 50 });
    await p.connect();
    const gate = deferred();
    let started = 0;
    const tasks = Array.from({ length: 4 }, () =>
      p.execute(() => {
        started++;
        return gate.promise;
      }),
    );
    await until('4 tasks running, on 4 clients', () => started === 4);
    gate.resolve();
    await Promise.all(tasks);
    expect(p.idleClients).toBe(4);
    await until('shrunk to the minimum', () => p.totalClients === 1);
    expect(p.idleClients).toBe(1);
    await until('the server saw 3 connections close', async () => (await serverConnections(p.connectionName)) === 1);
    await expect(p.get('pool:cleanup:missing')).resolves.toBeNull();
  });
});

describe('commands', () => {
  it('every command is a method with the client\'s reply shapes; sendCommand sends raw', async () => {
    const p = pool();
    await p.connect();
    await expect(p.set('pool:cmd:a', '1')).resolves.toBe('OK');
    await expect(p.get('pool:cmd:a')).resolves.toBe('1');
    await expect(p.incr('pool:cmd:n')).resolves.toBe(1);
    await p.hSet('pool:cmd:h', { f: 'v', g: 'w' });
    await expect(p.hGetAll('pool:cmd:h')).resolves.toEqual({ f: 'v', g: 'w' });
    await expect(p.HGETALL('pool:cmd:h')).resolves.toEqual({ f: 'v', g: 'w' });
    await expect(p.sendCommand(['GET', 'pool:cmd:a'])).resolves.toBe('1');
    expect(await server.text('GET', 'pool:cmd:a')).toBe('1');
  });

  it('withTypeMapping applies to the commands and to the client execute() hands out', async () => {
    const p = pool();
    await p.connect();
    await p.set('pool:tm', 'v');
    const buffers = p.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
    await expect(buffers.get('pool:tm')).resolves.toEqual(Buffer.from('v'));
    await expect(buffers.execute((client) => client.get('pool:tm'))).resolves.toEqual(Buffer.from('v'));
    await expect(buffers.sendCommand(['GET', 'pool:tm'])).resolves.toEqual(Buffer.from('v'));
    await expect(p.get('pool:tm')).resolves.toBe('v');
  });

  it('a blocking BLPOP k 0 through execute() holds one client and stalls no other command', async () => {
    const p = pool({ minimum: 1, maximum: 3 });
    await p.connect();
    const viaTask = p.execute((client) => client.blPop('pool:block:a', 0));
    const viaMethod = p.blPop('pool:block:b', 0);
    await until('both blocked on the server', async () => Number((await server.info('clients'))['blocked_clients']) === 2);
    const replies = await Promise.all(Array.from({ length: 200 }, (_, i) => p.set(`pool:block:k${i}`, String(i))));
    expect(replies.every((reply) => reply === 'OK')).toBe(true);
    expect(await p.get('pool:block:k199')).toBe('199');
    await server.command('LPUSH', 'pool:block:a', 'x');
    await server.command('LPUSH', 'pool:block:b', 'y');
    await expect(viaTask).resolves.toEqual({ key: 'pool:block:a', element: 'x' });
    await expect(viaMethod).resolves.toEqual({ key: 'pool:block:b', element: 'y' });
  });

  it('multi() runs a transaction (and a pipeline) on one client', async () => {
    const p = pool();
    await p.connect();
    await expect(p.multi().set('pool:multi:a', '1').incr('pool:multi:a').get('pool:multi:a').exec()).resolves.toEqual(['OK', 2, '2']);
    await expect(p.MULTI().get('pool:multi:a').execAsPipeline()).resolves.toEqual(['2']);
    await expect(p.multi().exec()).resolves.toEqual([]);
  });

  it('WATCH … MULTI … EXEC inside execute() is guarded on its one client', async () => {
    const p = pool();
    await p.connect();
    await p.set('pool:watch', '1');
    const failed = p.execute(async (client) => {
      await client.watch('pool:watch');
      await server.command('SET', 'pool:watch', 'changed');
      return client.multi().set('pool:watch', 'mine').exec();
    });
    await expect(failed).rejects.toBeInstanceOf(WatchError);
    expect(await server.text('GET', 'pool:watch')).toBe('changed');
  });

  it('scripts, functions and modules of the configuration are methods of the pool too', async () => {
    await server.command(
      'FUNCTION',
      'LOAD',
      'REPLACE',
      "#!lua name=poollib\nredis.register_function{function_name='pooldouble', callback=function(keys, args) return tonumber(args[1]) * 2 end, flags={'no-writes'}}",
    );
    const p = createClientPool(
      {
        socket: { host: server.host, port: server.port },
        scripts: {
          addTo: defineScript({
            SCRIPT: 'return redis.call("INCRBY", KEYS[1], ARGV[1])',
            NUMBER_OF_KEYS: 1,
            parseCommand(parser: CommandParser, key: RedisArgument, by: number) {
              parser.pushKey(key);
              parser.push(String(by));
            },
            transformReply: undefined as unknown as () => number,
          }),
        },
        functions: {
          poollib: {
            pooldouble: {
              NUMBER_OF_KEYS: 0,
              IS_READ_ONLY: true,
              parseCommand(parser: CommandParser, n: number) {
                parser.push(String(n));
              },
              transformReply: undefined as unknown as () => number,
            },
          },
        },
        modules: {
          shout: {
            echo: {
              parseCommand(parser: CommandParser, text: string) {
                parser.push('ECHO', text.toUpperCase());
              },
              transformReply: undefined as unknown as () => string,
            },
          },
        },
      },
      { maximum: 2 },
    );
    pools.push(p);
    await p.connect();
    await server.command('SCRIPT', 'FLUSH');
    await expect(p.addTo('pool:script', 5)).resolves.toBe(5); // NOSCRIPT, then EVAL on the same client
    await expect(p.addTo('pool:script', 1)).resolves.toBe(6);
    await expect(p.poollib.pooldouble(21)).resolves.toBe(42);
    await expect(p.shout.echo('hi')).resolves.toBe('HI');
    await expect(p.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).shout.echo('hi')).resolves.toEqual(Buffer.from('HI'));
    await expect(p.multi().addTo('pool:script', 1).poollib.pooldouble(2).shout.echo('x').exec()).resolves.toEqual([7, 4, 'X']);
  });

  it('commands that change one connection\'s state are refused, not run on whichever client is free', async () => {
    const p = pool();
    await p.connect();
    for (const attempt of [
      p.sendCommand(['SELECT', '1']),
      p.sendCommand(['MULTI']),
      p.sendCommand(['client', 'TRACKING', 'on']),
      p.readonly(),
      p.hello(),
      p.auth({ password: 'not-sent' }),
    ]) {
      const error = await rejection(attempt);
      expect(error).toBeInstanceOf(PoolStickyCommandError);
      expect(error).toMatchObject({ sent: false });
    }
    // As in node-redis, the pool has no select/watch/unwatch methods at all.
    expect((p as unknown as Record<string, unknown>)['select']).toBeUndefined();
    expect((p as unknown as Record<string, unknown>)['watch']).toBeUndefined();
    // Nothing changed on the clients: a SET lands in database 0.
    await p.set('pool:sticky', 'db0');
    expect(await server.text('GET', 'pool:sticky')).toBe('db0');
  });
});

describe('waiting for a client', () => {
  it('acquireTimeout: a task that waited too long fails with a PoolAcquireTimeoutError (a TimeoutError) and never runs', async () => {
    const p = pool({ minimum: 1, maximum: 1, acquireTimeout: 30 });
    await p.connect();
    const held = await hold(p);
    const waiting = p.execute((client) => client.set('pool:acquire:ran', 'yes'));
    const command = p.set('pool:acquire:cmd', 'yes');
    expect(p.tasksQueueLength).toBe(2);
    const [taskError, commandError] = await Promise.all([rejection(waiting), rejection(command)]);
    for (const error of [taskError, commandError]) {
      expect(error).toBeInstanceOf(PoolAcquireTimeoutError);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ sent: false, code: 'ERR_POOL_ACQUIRE_TIMEOUT', acquireTimeout: 30 });
      expect(error.message).toMatch(/^Timeout waiting for a client after 30ms/);
    }
    expect(p.tasksQueueLength).toBe(0);
    held.release();
    await held.done;
    expect(await server.command('EXISTS', 'pool:acquire:ran', 'pool:acquire:cmd')).toBe(0);
    await expect(p.get('pool:acquire:ran')).resolves.toBeNull();
  });

  it("a command's own timeout counts the wait for a client: it fails as a TimeoutError that was not sent", async () => {
    const p = pool({ minimum: 1, maximum: 1, acquireTimeout: 0 });
    await p.connect();
    const held = await hold(p);
    const error = await rejection(p.withCommandOptions({ timeout: 30 }).set('pool:deadline', 'late'));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).not.toBeInstanceOf(PoolAcquireTimeoutError);
    expect(error).toMatchObject({ sent: false });
    held.release();
    await held.done;
    expect(await server.command('EXISTS', 'pool:deadline')).toBe(0);
  });

  it('an abort signal that fires while the command waits takes it out of the queue (AbortError, not sent)', async () => {
    const p = pool({ minimum: 1, maximum: 1, acquireTimeout: 0 });
    await p.connect();
    const held = await hold(p);
    const controller = new AbortController();
    const waiting = p.withAbortSignal(controller.signal).set('pool:abort', 'x');
    expect(p.tasksQueueLength).toBe(1);
    controller.abort();
    const error = await rejection(waiting);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ sent: false });
    expect(p.tasksQueueLength).toBe(0);
    held.release();
    await held.done;
    expect(await server.command('EXISTS', 'pool:abort')).toBe(0);
    // Already aborted: refused at once.
    await expect(p.withAbortSignal(controller.signal).get('pool:abort')).rejects.toBeInstanceOf(AbortError);
  });
});

describe('tasks', () => {
  it('a task that throws (synchronously or not) rejects with its error and gives its client back', async () => {
    const p = pool({ minimum: 1, maximum: 1 });
    await p.connect();
    const sync = new Error('sync');
    const async = new Error('async');
    await expect(
      p.execute(() => {
        throw sync;
      }),
    ).rejects.toBe(sync);
    await expect(
      p.execute(async (client) => {
        await client.ping();
        throw async;
      }),
    ).rejects.toBe(async);
    await until('the client is back', () => p.idleClients === 1);
    await expect(p.execute((client) => client.ping())).resolves.toBe('PONG');
    await expect(p.execute(() => 42)).resolves.toBe(42);
    await expect(p.execute(undefined as never)).rejects.toBeInstanceOf(TypeError);
  });

  it('a task whose client dies mid-task fails; the dead client is dropped and the next task gets a new one', async () => {
    const p = pool({ minimum: 1, maximum: 1 }, { socket: { host: server.host, port: server.port, reconnectStrategy: false } });
    await p.connect();
    const failed = p.execute(async (client) => {
      const id = await client.clientId();
      await server.command('CLIENT', 'KILL', 'ID', String(id));
      return client.ping();
    });
    await expect(failed).rejects.toBeInstanceOf(Error);
    await until('the dead client dropped', () => p.totalClients === 0);
    await expect(p.ping()).resolves.toBe('PONG');
    expect(p.totalClients).toBe(1);
  });

  it('an idle client whose reconnect strategy gives up is dropped at once, and its error reaches the pool', async () => {
    const p = pool({ minimum: 2, maximum: 2 }, { socket: { host: server.host, port: server.port, reconnectStrategy: false } });
    await p.connect();
    const errors: Error[] = [];
    p.on('error', (error) => errors.push(error));
    expect(await killConnections(p.connectionName)).toBe(2);
    await until('both dropped', () => p.totalClients === 0);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.every((error) => error.name === 'SocketClosedUnexpectedlyError')).toBe(true);
    await expect(Promise.all([p.ping(), p.ping()])).resolves.toEqual(['PONG', 'PONG']);
  });
});

describe('connecting', () => {
  it('connect() to a server that is not there rejects with the error, and the pool is destroyed', async () => {
    const port = await getFreePort();
    releasePort(port);
    const p = createClientPool({ socket: { host: '127.0.0.1', port, reconnectStrategy: false } }, { minimum: 2 });
    pools.push(p);
    const error = await rejection(p.connect());
    expect(error.message).toMatch(/ECONNREFUSED|connect/i);
    expect(p.isOpen).toBe(false);
    expect(p.totalClients).toBe(0);
  });

  it('a client that fails to open fails the task it was opened for — also one queued behind it (node-redis leaves it waiting)', async () => {
    const port = await getFreePort();
    releasePort(port);
    const p = createClientPool({ socket: { host: '127.0.0.1', port, reconnectStrategy: false } }, { minimum: 0, maximum: 1, acquireTimeout: 0 });
    pools.push(p);
    await p.connect();
    const [first, second] = await Promise.all([rejection(p.ping()), rejection(p.ping())]);
    expect(first.message).toMatch(/ECONNREFUSED|connect/i);
    expect(second.message).toMatch(/ECONNREFUSED|connect/i);
    expect(p.tasksQueueLength).toBe(0);
    expect(p.totalClients).toBe(0);
  });

  it('a client factory that throws fails the task it was called for (the task never runs later)', async () => {
    let made = 0;
    const failure = new Error('no more clients');
    const p = new RedisClientPool({}, { minimum: 1, maximum: 2, acquireTimeout: 0 }, () => {
      if (++made > 1) throw failure; // the first is made with the pool (it checks the options) and opened by connect()
      return createClient({ socket: { host: server.host, port: server.port } });
    });
    pools.push(p);
    await p.connect();
    const held = await hold(p as unknown as RedisClientPoolType);
    let ran = false;
    const second = p.execute(() => {
      ran = true;
    });
    expect(await rejection(second)).toBe(failure);
    held.release();
    await held.done;
    await expect(p.execute(() => 'first client again')).resolves.toBe('first client again');
    expect(ran).toBe(false);
  });
});

describe('closing', () => {
  it('close() while tasks wait: new tasks are refused, waiting ones still run, then every client closes', async () => {
    const p = pool({ minimum: 1, maximum: 1, acquireTimeout: 0 });
    await p.connect();
    const held = await hold(p);
    const queued = [p.set('pool:close:a', '1'), p.execute((client) => client.set('pool:close:b', '2'))];
    const closed = p.close();
    expect(p.isClosing).toBe(true);
    expect(p.isOpen).toBe(true);
    expect(p.close()).toBe(closed);
    await expect(p.get('pool:close:a')).rejects.toBeInstanceOf(ClientClosedError);
    await expect(p.execute(() => 1)).rejects.toBeInstanceOf(ClientClosedError);
    held.release();
    await expect(Promise.all(queued)).resolves.toEqual(['OK', 'OK']);
    await closed;
    expect(p.isOpen).toBe(false);
    expect(p.isClosing).toBe(false);
    expect(p.totalClients).toBe(0);
    expect(await server.command('MGET', 'pool:close:a', 'pool:close:b')).toEqual(['1', '2']);
    await until('its connections closed on the server', async () => (await serverConnections(p.connectionName)) === 0);
    // It can be opened again.
    await p.connect();
    await expect(p.get('pool:close:a')).resolves.toBe('1');
  });

  it('destroy(): waiting tasks fail with a ClientClosedError, running ones fail as a destroyed client\'s commands do, a close() in progress resolves', async () => {
    const p = pool({ minimum: 1, maximum: 1, acquireTimeout: 0 });
    await p.connect();
    const running = p.execute((client) => client.blPop('pool:destroy:list', 0));
    await until('blocked', async () => Number((await server.info('clients'))['blocked_clients']) >= 1);
    const waiting = p.get('pool:destroy:other');
    const closing = p.close();
    p.destroy();
    expect(p.isOpen).toBe(false);
    expect(p.isClosing).toBe(false);
    expect(await rejection(waiting)).toBeInstanceOf(ClientClosedError);
    expect(await rejection(running)).toBeInstanceOf(ClientClosedError);
    await expect(closing).resolves.toBeUndefined();
    expect(p.totalClients).toBe(0);
    await expect(p.ping()).rejects.toBeInstanceOf(ClientClosedError);
    await until('its connections closed on the server', async () => (await serverConnections(p.connectionName)) === 0);
  });

  it('a pool never connected refuses tasks with a ClientClosedError; close() resolves', async () => {
    const p = pool();
    await expect(p.get('x')).rejects.toBeInstanceOf(ClientClosedError);
    await expect(p.close()).resolves.toBeUndefined();
  });
});

describe('options', () => {
  it('a bad pool option throws an InvalidOptionError naming it; a cache with RESP2 or bad cache options too', () => {
    expect(() => createClientPool({}, { minimum: 3, maximum: 2 })).toThrow(expect.objectContaining({ option: 'maximum' }));
    expect(() => createClientPool({ RESP: 2 }, { clientSideCache: {} })).toThrow(expect.objectContaining({ option: 'clientSideCache' }));
    expect(() => createClientPool({}, { clientSideCache: { ttl: -1 } })).toThrow(expect.objectContaining({ option: 'clientSideCache.ttl' }));
    expect(() => createClientPool({}, { maximun: 2 } as never)).toThrow(InvalidOptionError);
  });

  it('a bad client option throws when the pool is created, not when it connects', () => {
    expect(() => createClientPool({ socket: { port: 'x' as never } })).toThrow(expect.objectContaining({ option: 'socket.port' }));
  });

  it("client.createPool() makes a pool with the client's options (here: its database)", async () => {
    const client = createClient({ socket: { host: server.host, port: server.port }, database: 3 });
    const p: RedisClientPoolType = client.createPool({ maximum: 2 });
    pools.push(p);
    expect(p).toBeInstanceOf(RedisClientPool);
    await p.connect();
    await p.set('pool:fromclient', 'db3');
    expect(await server.command('EXISTS', 'pool:fromclient')).toBe(0);
    await server.command('SELECT', '3');
    try {
      expect(await server.text('GET', 'pool:fromclient')).toBe('db3');
    } finally {
      await server.command('SELECT', '0');
    }
    expect(client.isOpen).toBe(false);
  });

  it("'error' events: forwarded from the pool's clients, only when listened to", async () => {
    const p = pool({ minimum: 1, maximum: 1 });
    await p.connect();
    const event = nextEvent<[Error]>(p, 'error');
    expect(await killConnections(p.connectionName)).toBe(1);
    const [error] = await event;
    expect(error.name).toBe('SocketClosedUnexpectedlyError');
    await expect(p.ping()).resolves.toBe('PONG');
  });
});
