import { sharedCluster, startFaultProxy } from '@x/test-utils';
import {
  createCluster,
  keySlot,
  PubSubCommandError,
  ReplyOrderError,
  TimeoutError,
  type RedisClusterType,
} from '../src';

// How one command lives on the cluster, start to end: a bad argument is refused when issued, a
// command that can never succeed is refused at once (not retried), and the timeout is the command's
// whole deadline — waiting for the cluster to connect, for a node, or out an outage included.
const shared = sharedCluster();
const rootNodes = shared.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));

let cluster: RedisClusterType;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

beforeAll(async () => {
  cluster = await createCluster({ rootNodes }).connect();
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
  await cluster?.close();
});

async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

describe('a bad argument rejects that call alone, with a TypeError naming the argument', () => {
  const bad: Array<[string, (c: RedisClusterType) => Promise<unknown>, RegExp]> = [
    ["set('k', undefined)", (c) => c.set('{args}k', undefined as unknown as string), /argument 2 of SET: undefined/],
    ["set('k', null)", (c) => c.set('{args}k', null as unknown as string), /argument 2 of SET: null/],
    ["set('k', {})", (c) => c.set('{args}k', {} as unknown as string), /argument 2 of SET: an object/],
    ["set('k', Symbol())", (c) => c.set('{args}k', Symbol('s') as unknown as string), /argument 2 of SET: a Symbol/],
    ["set(undefined, 'v')", (c) => c.set(undefined as unknown as string, 'v'), /argument 1 of SET: undefined/],
    ["hSet(h, { a: undefined })", (c) => c.hSet('{args}h', { a: undefined as unknown as string }), /HSET: the value of field "a" is undefined/],
    ["sendCommand(k, false, [])", (c) => c.sendCommand('{args}k', false, []), /argument list is empty/],
    ['sendCommand(undefined, false, [null, undefined])', (c) => c.sendCommand(undefined, false, [null, undefined] as unknown as string[]), /argument 0: null/],
    ["mGet(['{a}1', undefined])", (c) => c.mGet(['{args}1', undefined as unknown as string]), /argument 2 of MGET: undefined/],
  ];

  it.each(bad)('%s', async (_name, call, message) => {
    const retries = cluster.stats.retries;
    const before = cluster.set('{args}before', '1');
    const failing = call(cluster);
    const after = cluster.get('{args}before');
    await expect(failing).rejects.toThrow(TypeError);
    await expect(failing).rejects.toThrow(message);
    expect(await before).toBe('OK');
    expect(await after).toBe('1');
    expect(cluster.stats.retries).toBe(retries);
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('in a cluster transaction: the queueing method throws at once', () => {
    expect(() => cluster.multi().set('{args}m', undefined as unknown as string)).toThrow(/argument 2 of SET: undefined/);
  });
});

describe('what can never succeed is rejected at once, never retried', () => {
  it.each([
    ['MONITOR', ['MONITOR'], ReplyOrderError],
    ['CLIENT REPLY OFF', ['CLIENT', 'REPLY', 'OFF'], ReplyOrderError],
    ['a raw SUBSCRIBE', ['SUBSCRIBE', 'ch'], PubSubCommandError],
  ] as const)('%s', async (_name, args, type) => {
    const retries = cluster.stats.retries;
    const error = await cluster.sendCommand(undefined, false, [...args]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect((error as { sent: boolean }).sent).toBe(false);
    expect(cluster.stats.retries).toBe(retries);
    expect(await cluster.sendCommand(undefined, false, ['ECHO', 'next'])).toBe('next');
  });
});

describe('the timeout is the command\'s whole deadline', () => {
  it('a node that accepts the connection and never answers: the command fails at its deadline, not after retries', async () => {
    const owner = shared.masters()[0]!;
    let key = 'deadline:0';
    for (let i = 1; shared.slotOwner(keySlot(key)) !== owner; i++) key = `deadline:${i}`;
    const proxy = await startFaultProxy({ targetPort: owner.port });
    const own = await createCluster({
      rootNodes,
      nodeAddressMap: { [`127.0.0.1:${owner.port}`]: { host: '127.0.0.1', port: proxy.port } },
      topologyRefreshInterval: 0,
    }).connect();
    try {
      proxy.blackhole();
      const started = performance.now();
      const error = await own.withCommandOptions({ timeout: 300 }).get(key).catch((e: unknown) => e);
      const elapsed = performance.now() - started;
      expect(error).toBeInstanceOf(TimeoutError);
      // The deadline, not a multiple of it: bounded with room for a loaded machine.
      expect(elapsed).toBeGreaterThanOrEqual(290);
      expect(elapsed).toBeLessThan(3_000);
    } finally {
      own.destroy();
      await proxy.stop();
    }
  });

  it('a command issued while connect() cannot finish (the root node never answers) fails at its deadline', async () => {
    const proxy = await startFaultProxy({ targetPort: shared.masters()[0]!.port });
    proxy.blackhole();
    const own = createCluster({ rootNodes: [{ url: `redis://127.0.0.1:${proxy.port}` }], defaults: { socket: { connectTimeout: 2_000 } } });
    const connecting = own.connect().catch((e: unknown) => e);
    try {
      const started = performance.now();
      const error = await own.withCommandOptions({ timeout: 300 }).get('deadline:connecting').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).message).toMatch(/did not finish connecting/);
      expect(performance.now() - started).toBeLessThan(3_000);
    } finally {
      own.destroy();
      await connecting;
      await proxy.stop();
    }
  });
});

describe('lifecycle', () => {
  it('quit() and close() leave isOpen false at once, as in node-redis', async () => {
    const own = await createCluster({ rootNodes }).connect();
    expect(own.isOpen).toBe(true);
    const quitting = own.quit();
    expect(own.isOpen).toBe(false);
    expect(await quitting).toBe('OK');
    expect(own.isOpen).toBe(false);
  });
});
