import { execFile } from 'node:child_process';
import * as xClient from '@x/client';
import { done, notYet, sharedServer, waitFor } from '@x/test-utils';
import * as nodeRedis from 'redis';

// The client members node-redis has beside its commands — monitor, reset, ref/unref, the hash value
// iterators, the WATCH state — run on node-redis and on x side by side on the shared server.
const server = sharedServer();
const url = `redis://127.0.0.1:${server.port}`;

type Side = 'node-redis' | 'x';
interface Client {
  connect(): Promise<unknown>;
  destroy(): void;
  monitor(listener: (line: unknown) => void): Promise<void>;
  reset(): Promise<void>;
  withTypeMapping(mapping: object): Client;
  sendCommand(args: string[]): Promise<unknown>;
  hSet(key: string, fields: Record<string, string>): Promise<number>;
  hScanValuesIterator(key: string, options?: object): AsyncIterable<unknown[]>;
  watch(key: string): Promise<unknown>;
  multi(): { set(key: string, value: string): { exec(): Promise<unknown> } };
  setDirtyWatch(message: string): void;
  readonly isWatching: boolean;
  readonly isDirtyWatch: boolean;
  readonly socketEpoch: number;
  on(event: string, listener: (...args: unknown[]) => void): Client;
}

const opened: Client[] = [];
async function clientOf(side: Side, options: object = {}): Promise<Client> {
  const make: (o: object) => unknown = side === 'x' ? (xClient.createClient as (o: object) => unknown) : (nodeRedis.createClient as (o: object) => unknown);
  const client = make({ url, ...options }) as Client;
  client.on('error', () => undefined);
  opened.push(client);
  await client.connect();
  return client;
}
afterEach(() => {
  for (const client of opened.splice(0)) client.destroy();
});

const SIDES: Side[] = ['node-redis', 'x'];
const until = <T>(what: string, check: () => T | undefined): Promise<T> =>
  waitFor(what, async () => {
    const value = check();
    return value === undefined ? notYet(what) : done(value);
  }, { timeoutMs: 10_000, intervalMs: 10 });

/** A monitor line with its time and client address taken out: `[db] "cmd" "arg"…`. */
const shape = (line: unknown): string => (Buffer.isBuffer(line) ? `Buffer:${line.toString()}` : String(line)).replace(/\d+\.\d+ \[(\d+) [^\]]+\]/, '[$1 <addr>]');

describe('monitor(listener)', () => {
  it.each([3, 2])('hands every command the server runs to the listener, as node-redis does (RESP%i)', async (RESP) => {
    const lines: Record<Side, string[]> = { 'node-redis': [], x: [] };
    const key = `cf:monitor:k:${RESP}`;
    for (const side of SIDES) await (await clientOf(side, { RESP })).monitor((line) => lines[side].push(shape(line)));
    await server.command('SET', key, 'v');
    for (const side of SIDES) await until(`${side} saw SET`, () => (lines[side].some((l) => l.includes(`"SET" "${key}"`)) ? true : undefined));
    const pick = (side: Side) => lines[side].filter((l) => l.includes(key));
    expect(pick('x')).toEqual(pick('node-redis'));
    expect(pick('x')).toEqual([`[0 <addr>] "SET" "${key}" "v"`]);
  });

  it("decodes the lines with the view's type mapping (SIMPLE_STRING → Buffer), as node-redis does", async () => {
    const kinds: Record<Side, string[]> = { 'node-redis': [], x: [] };
    const mapping = { [nodeRedis.RESP_TYPES.SIMPLE_STRING]: Buffer };
    for (const side of SIDES) {
      await (await clientOf(side)).withTypeMapping(mapping).monitor((line) => kinds[side].push(Buffer.isBuffer(line) ? 'Buffer' : typeof line));
    }
    await server.command('GET', 'cf:monitor:mapped');
    for (const side of SIDES) await until(`${side} saw GET`, () => (kinds[side].length > 0 ? true : undefined));
    expect(kinds.x[0]).toBe(kinds['node-redis'][0]);
    expect(kinds.x[0]).toBe('Buffer');
  });

  it('keeps monitoring after a reconnect', async () => {
    for (const side of SIDES) {
      const client = await clientOf(side, { name: `cf-monitor-${side === 'x' ? 'x' : 'nr'}` });
      const lines: string[] = [];
      await client.monitor((line) => lines.push(String(line)));
      const epoch = side === 'x' ? client.socketEpoch : 0;
      const name = `cf-monitor-${side === 'x' ? 'x' : 'nr'}`;
      const list = String(await server.command('CLIENT', 'LIST'));
      const id = /^id=(\d+) .* name=(\S+) /m.exec(list.split('\n').find((l) => l.includes(` name=${name} `)) ?? '')?.[1];
      expect(id).toBeDefined();
      await server.command('CLIENT', 'KILL', 'ID', id!);
      if (side === 'x') await until('x reconnected', () => (client.socketEpoch > epoch ? true : undefined));
      // Written until a line arrives: the MONITOR after the reconnect may not have run yet.
      await waitFor(`${side} sees commands after the reconnect`, async () => {
        await server.command('SET', `cf:monitor:again:${side}`, '1');
        return lines.some((l) => l.includes(`cf:monitor:again:${side}`)) ? done(true) : notYet('no line');
      }, { timeoutMs: 10_000, intervalMs: 50 });
    }
  });

  it('x refuses other commands while monitoring (MonitorModeError) until reset(), which leaves a working client', async () => {
    const client = await clientOf('x', { database: 2 });
    await client.monitor(() => undefined);
    await expect(client.sendCommand(['GET', 'k'])).rejects.toBeInstanceOf(xClient.MonitorModeError);
    // A command issued while reset() runs waits for it: it runs on the set-up session, never between
    // RESET (database 0, RESP2) and the handshake.
    const resetting = client.reset();
    const info = client.sendCommand(['CLIENT', 'INFO']);
    await resetting;
    expect(await info).toMatch(/ db=2 .* resp=3\b/);
    expect(await client.sendCommand(['PING'])).toBe('PONG');
  });

  it('rejects a listener that is not a function with a TypeError', async () => {
    const client = await clientOf('x');
    await expect(client.monitor(undefined as never)).rejects.toBeInstanceOf(TypeError);
  });
});

describe('reset()', () => {
  it('ends MONITOR and leaves the client usable, on both', async () => {
    const results: Record<Side, unknown> = { 'node-redis': undefined, x: undefined };
    for (const side of SIDES) {
      const client = await clientOf(side);
      await client.monitor(() => undefined);
      await client.reset();
      results[side] = await client.sendCommand(['ECHO', 'after reset']);
    }
    expect(results.x).toEqual(results['node-redis']);
  });
});

describe('asap() and the static constructors', () => {
  it('asap() is a view whose commands run like any other; RedisClient.create and RedisClientPool.create make working clients', async () => {
    const results: Record<Side, unknown[]> = { 'node-redis': [], x: [] };
    for (const side of SIDES) {
      const client = (await clientOf(side)) as Client & { asap(): Client };
      results[side].push(await client.asap().sendCommand(['ECHO', 'asap']));
      const lib = (side === 'x' ? xClient : nodeRedis) as unknown as {
        RedisClient: { create(o: object): Client };
        RedisClientPool: { create(o: object, p?: object): Client & { close(): Promise<void> } };
      };
      const created = lib.RedisClient.create({ url });
      created.on('error', () => undefined);
      opened.push(created);
      await created.connect();
      results[side].push(await created.sendCommand(['ECHO', 'created']));
      const pool = lib.RedisClientPool.create({ url }, { minimum: 1 });
      await pool.connect();
      results[side].push(await pool.sendCommand(['ECHO', 'pooled']));
      await pool.close();
    }
    expect(results.x).toEqual(results['node-redis']);
    expect(results.x).toEqual(['asap', 'created', 'pooled']);
  });
});

describe('RedisClient.parseURL', () => {
  // node-redis also returns a credentialsProvider built from the user and password: x keeps them as
  // username/password (what it honours), so that field is left out of the comparison.
  it.each([
    'redis://localhost',
    'redis://127.0.0.1:6380/4',
    'rediss://us%40er:p%3Ass@example.com:6390/1',
    'redis://:only-password@[::1]:7000',
    'unix:///tmp/redis.sock',
    'unix://user:pw@/var/run/redis%20x.sock?db=5',
  ])('%s gives the options node-redis gives', (url) => {
    const { credentialsProvider: _ignored, ...theirs } = nodeRedis.RedisClient.parseURL(url) as unknown as Record<string, unknown>;
    expect(xClient.RedisClient.parseURL(url)).toEqual(theirs);
  });
});

describe('hScanValuesIterator', () => {
  it("yields the hash's values, as node-redis's", async () => {
    const values: Record<Side, unknown[]> = { 'node-redis': [], x: [] };
    for (const side of SIDES) {
      const client = await clientOf(side);
      const key = `cf:members:hash:${side}`;
      await client.hSet(key, { a: '1', b: '2', c: '3' });
      for await (const step of client.hScanValuesIterator(key)) values[side].push(...step);
    }
    expect(values.x.sort()).toEqual(values['node-redis'].sort());
    expect(values.x).toEqual(['1', '2', '3']);
  });
});

describe('the WATCH state: isWatching, isDirtyWatch, setDirtyWatch', () => {
  it('reads as node-redis reads, and a dirty watch fails exec() with a WatchError', async () => {
    const seen: Record<Side, unknown[]> = { 'node-redis': [], x: [] };
    for (const side of SIDES) {
      const client = await clientOf(side);
      const key = `cf:members:watch:${side}`;
      seen[side].push(client.isWatching, client.isDirtyWatch);
      await client.watch(key);
      seen[side].push(client.isWatching, client.isDirtyWatch);
      client.setDirtyWatch('changed elsewhere');
      seen[side].push(client.isDirtyWatch);
      const error = await client.multi().set(key, 'v').exec().catch((e: unknown) => e);
      seen[side].push(error instanceof (side === 'x' ? xClient.WatchError : nodeRedis.WatchError), (error as Error).message);
      seen[side].push(client.isWatching, client.isDirtyWatch);
    }
    expect(seen.x).toEqual(seen['node-redis']);
    expect(seen.x).toEqual([false, false, true, false, true, true, 'changed elsewhere', false, false]);
  });
});

describe('ref() / unref()', () => {
  // A child process with one connected client: with unref() it exits on its own (the socket no
  // longer holds the event loop); a ref() after it would keep it running.
  const script = (side: Side, calls: string) => `
    const lib = require(${JSON.stringify(side === 'x' ? require.resolve('@x/client') : require.resolve('redis'))});
    lib.createClient({ url: ${JSON.stringify(url)} }).connect().then((c) => { ${calls}; process.stdout.write('connected'); });
  `;
  const run = (source: string) =>
    new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = execFile(process.execPath, ['-e', source], { timeout: 20_000 }, (error, stdout) => {
        resolve({ code: error === null ? 0 : child.exitCode, stdout });
      });
    });

  it.each(SIDES)('%s: a connected client after unref() lets the process exit', async (side) => {
    expect(await run(script(side, 'c.unref()'))).toEqual({ code: 0, stdout: 'connected' });
  });

  it('x: ref() after unref() keeps the process alive (killed by the timeout, not exited)', async () => {
    const result = await new Promise<{ killed: boolean }>((resolve) => {
      const child = execFile(process.execPath, ['-e', script('x', 'c.unref(); c.ref()')], () => resolve({ killed: child.killed }));
      // Kill it once it connected: had it exited on its own it would not be running to be killed.
      child.stdout!.once('data', () => setImmediate(() => child.kill()));
    });
    expect(result.killed).toBe(true);
  });
});
