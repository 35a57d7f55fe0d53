import { execFile } from 'node:child_process';
import path from 'node:path';
import { done, notYet, startRedisServer, waitFor, type RedisServer } from '@x/test-utils';
import { AbortError, ClientClosedError, createClient, createClientPool, InvalidOptionError, TimeoutError, type RedisClientOptions } from '../src';

// Commands that wait for data run on dedicated connections (blockingPool): the client's own
// connection keeps serving everything else at its normal pace.
jest.setTimeout(30_000);

let server: RedisServer;
const clients: Array<{ destroy(): void }> = [];

beforeAll(async () => {
  server = await startRedisServer();
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.stop();
});

async function connect(options: Partial<RedisClientOptions> = {}) {
  const client = await createClient({ socket: { host: server.host, port: server.port }, ...options }).connect();
  clients.push(client);
  return client;
}

/** Wait until the server has exactly `n` blocked clients (BLPOP & co. waiting for data). */
function blocked(n: number): Promise<void> {
  return waitFor(`${n} blocked clients`, async () => {
    const now = await blockedClients();
    return now === n ? done(undefined) : notYet(`${now} blocked`);
  }, { timeoutMs: 10_000 });
}

/** Clients the server has blocked right now. */
async function blockedClients(): Promise<number> {
  return Number((await server.info('clients'))['blocked_clients']);
}

/** Track whether a promise settled yet. */
function track<T>(promise: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
  let settled = false;
  const watched = promise.finally(() => {
    settled = true;
  });
  watched.catch(() => undefined);
  return { promise: watched, settled: () => settled };
}

it('100 BLPOPs blocked on the server while 10k GET/SET on the same client complete', async () => {
  const client = await connect({ blockingPool: { maximum: 128 } });
  const keys = Array.from({ length: 100 }, (_, i) => `blk:many:${i}`);
  const pops = keys.map((key) => track(client.blPop(key, 0)));
  await blocked(100);

  const writes = Array.from({ length: 5_000 }, (_, i) => client.set(`blk:plain:${i}`, String(i)));
  const reads = Array.from({ length: 5_000 }, (_, i) => client.get(`blk:plain:${i}`));
  expect(new Set(await Promise.all(writes))).toEqual(new Set(['OK']));
  expect(await Promise.all(reads)).toEqual(Array.from({ length: 5_000 }, (_, i) => String(i)));
  // Every GET/SET is done, and the BLPOPs are all still waiting on the server.
  expect(pops.filter((p) => p.settled())).toHaveLength(0);
  expect(await blockedClients()).toBe(100);
  expect(client.blockingConnections).toMatchObject({ total: 100, busy: 100, waiting: 0 });

  await Promise.all(keys.map((key) => client.rPush(key, `v:${key}`)));
  const popped = await Promise.all(pops.map((p) => p.promise));
  expect(popped).toEqual(keys.map((key) => ({ key, element: `v:${key}` })));
});

it('with blockingPool: false (node-redis behaviour) a GET waits behind the BLPOP', async () => {
  const client = await connect({ blockingPool: false });
  const pop = track(client.blPop('blk:off', 0));
  const get = track(client.get('blk:off:other'));
  await blocked(1);
  // The server reads nothing more from a blocked connection: the GET cannot be answered yet.
  await server.command('PING');
  expect(get.settled()).toBe(false);
  expect(client.blockingConnections).toBeUndefined();
  await server.command('RPUSH', 'blk:off', 'x');
  expect(await pop.promise).toEqual({ key: 'blk:off', element: 'x' });
  expect(await get.promise).toBeNull();
});

it('beyond maximum, blocking commands wait in turn for a connection; their timeout applies to the wait', async () => {
  const client = await connect({ blockingPool: { maximum: 4 } });
  const pops = Array.from({ length: 10 }, () => track(client.blPop('blk:queue', 0)));
  await blocked(4);
  expect(client.blockingConnections).toMatchObject({ total: 4, busy: 4, waiting: 6 });
  // One more, with a timeout: it never gets a connection, and was never sent.
  const late = await client.withCommandOptions({ timeout: 100 }).blPop('blk:queue', 0).catch((e: unknown) => e);
  expect(late).toBeInstanceOf(TimeoutError);
  expect((late as TimeoutError).sent).toBe(false);
  expect(await client.ping()).toBe('PONG');

  for (let i = 0; i < 10; i++) await client.rPush('blk:queue', String(i));
  const popped = await Promise.all(pops.map((p) => p.promise));
  expect(popped.map((p) => p?.element).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 10 }, (_, i) => String(i)));
  expect(await blockedClients()).toBe(0);
  expect(await client.lLen('blk:queue')).toBe(0);
});

// An idle connection is closed after cleanupDelay: a long one, so only the recycling can unblock the server.
const KEEP_IDLE = { blockingPool: { cleanupDelay: 60_000 } };

it('a timed-out BLPOP closes its connection: the server stops blocking it, and no element is lost to it', async () => {
  const client = await connect(KEEP_IDLE);
  const error = await client.withCommandOptions({ timeout: 100 }).blPop('blk:timeout', 0).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TimeoutError);
  expect((error as TimeoutError).sent).toBe(true);
  await blocked(0);
  expect(client.blockingConnections?.total).toBe(0);
  // Had the connection been kept, the stale BLPOP would take this element and its reply be dropped.
  await client.rPush('blk:timeout', 'kept');
  expect(await client.lLen('blk:timeout')).toBe(1);
  expect(await client.blPop('blk:timeout', 0)).toEqual({ key: 'blk:timeout', element: 'kept' });
});

it('an aborted BLPOP closes its connection; the next blocking command gets a fresh one and its own reply', async () => {
  const client = await connect(KEEP_IDLE);
  const controller = new AbortController();
  const aborted = client.withAbortSignal(controller.signal).blPop('blk:abort', 0).catch((e: unknown) => e);
  await blocked(1);
  controller.abort();
  expect(await aborted).toBeInstanceOf(AbortError);
  await blocked(0);
  await client.rPush('blk:abort', 'a');
  expect(await client.blPop('blk:abort', 0)).toEqual({ key: 'blk:abort', element: 'a' });
  expect(await client.lLen('blk:abort')).toBe(0);
});

it('a connection is lent again after a reply: ten BLPOPs in a row use one connection', async () => {
  const client = await connect();
  for (let i = 0; i < 10; i++) {
    await client.rPush('blk:reuse', String(i));
    expect(await client.blPop('blk:reuse', 0)).toEqual({ key: 'blk:reuse', element: String(i) });
  }
  expect(client.blockingConnections).toMatchObject({ total: 1, idle: 1, busy: 0 });
});

it('close() ends pending blocking commands and closes their connections', async () => {
  const client = await connect();
  const pop = client.blPop('blk:close', 0).catch((e: unknown) => e);
  const read = client.xRead({ key: 'blk:stream', id: '$' }, { BLOCK: 0 }).catch((e: unknown) => e);
  await blocked(2);
  await client.close();
  expect(await pop).toBeInstanceOf(ClientClosedError);
  expect(await read).toBeInstanceOf(ClientClosedError);
  await blocked(0);
  await expect(client.blPop('blk:close', 0)).rejects.toBeInstanceOf(ClientClosedError);
});

it('inside MULTI a BLPOP does not block and stays on the client connection; WAIT stays there too', async () => {
  const client = await connect();
  expect(await client.multi().blPop('blk:multi', 0).exec()).toEqual([null]);
  await client.set('blk:wait', '1');
  // WAIT counts the replicas that acknowledged this connection's writes: it must go where the SET went.
  expect(await client.wait(0, 0)).toBe(0);
  expect(client.blockingConnections?.total).toBe(0);
});

it('a dedicated connection that cannot be opened fails that blocking command (not sent); the client goes on', async () => {
  const client = await connect();
  const connected = Number((await server.info('clients'))['connected_clients']);
  await server.command('CONFIG', 'SET', 'maxclients', String(connected));
  try {
    const error = await client.blPop('blk:refused', 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientClosedError);
    expect((error as ClientClosedError).sent).toBe(false);
    expect((error as Error).message).toMatch(/No connection for the blocking command/);
    expect(((error as Error).cause as Error).message).toMatch(/max number of clients/);
    expect(await client.ping()).toBe('PONG');
    expect(client.blockingConnections).toMatchObject({ total: 0, waiting: 0 });
  } finally {
    await server.command('CONFIG', 'SET', 'maxclients', '10000');
  }
  await client.rPush('blk:refused', 'later');
  expect(await client.blPop('blk:refused', 0)).toEqual({ key: 'blk:refused', element: 'later' });
});

it('unref() lets the process exit with a BLPOP waiting on a dedicated connection (a child process)', async () => {
  const source = `
    const { createClient } = require(${JSON.stringify(path.join(__dirname, '../dist/index.js'))});
    createClient({ socket: { host: '127.0.0.1', port: ${server.port} } }).connect().then((c) => {
      c.blPop('blk:unref', 0).catch(() => undefined);
      const poll = setInterval(() => {
        if (c.blockingConnections.busy !== 1) return;
        clearInterval(poll);
        c.unref();
        process.stdout.write('blocked');
      }, 5);
    });
  `;
  const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
    const child = execFile(process.execPath, ['-e', source], { timeout: 20_000 }, (error, stdout) => resolve({ code: error === null ? 0 : child.exitCode, stdout }));
  });
  expect(result).toEqual({ code: 0, stdout: 'blocked' });
});

it('a blocking command refused before it was queued (its signal aborted already) gives its connection back', async () => {
  const client = await connect();
  await client.rPush('blk:refusal', 'a');
  expect(await client.blPop('blk:refusal', 0)).toEqual({ key: 'blk:refusal', element: 'a' });
  expect(client.blockingConnections).toMatchObject({ total: 1, idle: 1 });
  const aborted = AbortSignal.abort();
  const error = await client.withAbortSignal(aborted).blPop('blk:refusal', 0).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AbortError);
  expect((error as AbortError).sent).toBe(false);
  await waitFor('the connection back in the pool', async () => {
    const stats = client.blockingConnections!;
    return stats.busy === 0 ? done(undefined) : notYet(JSON.stringify(stats));
  }, { timeoutMs: 5_000 });
  expect(client.blockingConnections).toMatchObject({ total: 1, idle: 1, busy: 0 });
  await client.rPush('blk:refusal', 'b');
  expect(await client.blPop('blk:refusal', 0)).toEqual({ key: 'blk:refusal', element: 'b' });
  expect(client.blockingConnections?.total).toBe(1);
});

it("a pool's clients have no dedicated connections (each runs one command at a time); blockingPool given to one is refused", async () => {
  const socket = { host: server.host, port: server.port };
  expect(() => createClientPool({ socket, blockingPool: { maximum: 2 } })).toThrow(InvalidOptionError);
  expect(() => createClientPool({ socket, blockingPool: { maximum: 2 } })).toThrow(/blockingPool/);
  const pool = createClientPool({ socket }, { maximum: 2 });
  await pool.connect();
  try {
    expect(await pool.execute((client) => Promise.resolve(client.blockingConnections))).toBeUndefined();
    const pop = pool.blPop('blk:pool', 0);
    expect(await pool.set('blk:pool:other', '1')).toBe('OK');
    await pool.rPush('blk:pool', 'p');
    expect(await pop).toEqual({ key: 'blk:pool', element: 'p' });
  } finally {
    pool.destroy();
  }
});

it('a write issued before a blocking command, not awaited, still runs before it (as on one connection)', async () => {
  const client = await connect();
  // A lane ready and idle, so the BLPOP could leave at once.
  await client.rPush('blk:order', 'warm');
  expect(await client.blPop('blk:order', 0)).toEqual({ key: 'blk:order', element: 'warm' });
  // A 20 MB value keeps the shared connection busy writing; the RPUSH and DEL queue behind it.
  const big = client.set('blk:order:big', Buffer.alloc(20 * 1024 * 1024, 'x'));
  const pushed = client.rPush('blk:order', 'stale');
  const deleted = client.del('blk:order');
  // Had it gone ahead on its own connection, the BLPOP would take 'stale' before the DEL.
  const popped = await client.blPop('blk:order', 0.3);
  expect(await Promise.all([big, pushed, deleted])).toEqual(['OK', 1, 1]);
  expect(popped).toBeNull();
});
