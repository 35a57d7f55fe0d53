import { done, notYet, sharedCluster, startFaultProxy, waitFor, type SharedClusterNode } from '@x/test-utils';
import { PubSubListenerError } from '@x/client';
import { ClientClosedError, createCluster, keySlot, ReplyError, type RedisClusterType } from '../src';

// Pub/sub on the shared cluster (nothing here changes its topology; see pub-sub-moves.test.ts).
const shared = sharedCluster();
const rootNodes = shared.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));
const prefix = `pubsub:${process.pid}:`;

/** Each node's count of subscribers to `channel` (PUBSUB NUMSUB / SHARDNUMSUB are per node). */
async function subscribersByNode(channel: string, sharded = false): Promise<number[]> {
  return Promise.all(
    shared.nodes.map(async (node) => {
      const reply = (await node.command('PUBSUB', sharded ? 'SHARDNUMSUB' : 'NUMSUB', channel)) as unknown[];
      return Number(reply[1]);
    }),
  );
}

function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 5_000, intervalMs = 10): Promise<void> {
  return waitFor(what, async () => ((await check()) ? done(undefined) : notYet(what)), { timeoutMs, intervalMs });
}

/** A channel whose slot is owned by `master`. */
function channelOwnedBy(master: SharedClusterNode, name: string): string {
  for (let i = 0; ; i++) {
    const channel = `${prefix}${name}:${i}`;
    if (shared.slotOwner(keySlot(channel)).port === master.port) return channel;
  }
}

describe('channels and patterns', () => {
  let cluster: RedisClusterType;
  beforeAll(async () => {
    cluster = await createCluster({ rootNodes }).connect();
  });
  afterAll(async () => {
    await cluster.close();
  });

  it('delivers every message, published through any node, to string and Buffer listeners — on one connection to one node', async () => {
    const channel = `${prefix}news`;
    const strings: Array<[string, string]> = [];
    const buffers: Array<[Buffer, Buffer]> = [];
    await cluster.subscribe(channel, (message, from) => strings.push([message, from]));
    await cluster.SUBSCRIBE(channel, (message: Buffer, from: Buffer) => buffers.push([message, from]), true);

    // Both listeners share one subscription, held by exactly one node.
    const counts = await subscribersByNode(channel);
    expect(counts.filter((n) => n === 1)).toHaveLength(1);
    expect(counts.filter((n) => n > 1)).toHaveLength(0);

    // The cluster forwards PUBLISH to every node: a message published on any node arrives.
    const binary = Buffer.from([0xff, 0x00, 0xfe, 0x80]);
    for (const node of shared.nodes) await node.command('PUBLISH', channel, `from ${node.port}`);
    await shared.nodes[0]!.command('PUBLISH', channel, binary);
    // cluster.publish goes to a random node.
    for (let i = 0; i < 5; i++) expect(typeof (await cluster.publish(channel, `random ${i}`))).toBe('number');

    const total = shared.nodes.length + 1 + 5;
    await waitUntil('every message', () => strings.length === total && buffers.length === total);
    // Messages published on different nodes travel different paths (the cluster bus): compare as sets.
    expect(strings.map(([m]) => m).sort()).toEqual(
      [...shared.nodes.map((node) => `from ${node.port}`), binary.toString(), ...[0, 1, 2, 3, 4].map((i) => `random ${i}`)].sort(),
    );
    expect(strings.every(([, from]) => from === channel)).toBe(true);
    expect(buffers.filter(([m]) => m.equals(binary))).toHaveLength(1);
    expect(buffers.every(([m, from]) => Buffer.isBuffer(m) && from.equals(Buffer.from(channel)))).toBe(true);
    await cluster.unsubscribe(channel);
  });

  it('pSubscribe: the listener gets each matching channel', async () => {
    const got: Array<[string, string]> = [];
    await cluster.pSubscribe(`${prefix}p.*`, (message, channel) => got.push([message, channel]));
    await cluster.publish(`${prefix}p.one`, '1');
    await cluster.publish(`${prefix}other`, 'not matching');
    await cluster.publish(`${prefix}p.two`, '2');
    await waitUntil('both matching messages', () => got.length === 2);
    expect(got.sort()).toEqual([
      ['1', `${prefix}p.one`],
      ['2', `${prefix}p.two`],
    ]);
    // Each node's PUBLISH reply counts its receivers, pattern subscribers included.
    const receivers = async () => Promise.all(shared.nodes.map((node) => node.integer('PUBLISH', `${prefix}p.three`, '3')));
    expect((await receivers()).reduce((a, b) => a + b)).toBe(1);
    await cluster.PUNSUBSCRIBE(`${prefix}p.*`);
    expect((await receivers()).every((n) => n === 0)).toBe(true);
  });

  it('unsubscribe: one listener leaves, the channel stays for the other; the last one ends the subscription', async () => {
    const channel = `${prefix}unsub`;
    const first: string[] = [];
    const second: string[] = [];
    const one = (message: string) => first.push(message);
    await cluster.subscribe(channel, one);
    await cluster.subscribe(channel, (message) => second.push(message));
    await cluster.publish(channel, 'a');
    await waitUntil('a to both', () => first.length === 1 && second.length === 1);

    await cluster.unsubscribe(channel, one);
    await cluster.publish(channel, 'b');
    await waitUntil('b to the second', () => second.length === 2);
    // One connection delivers in order to both: had the first still listened, it had 'b' by now.
    expect(first).toEqual(['a']);
    expect((await subscribersByNode(channel)).filter((n) => n === 1)).toHaveLength(1);

    await cluster.unsubscribe();
    expect((await subscribersByNode(channel)).every((n) => n === 0)).toBe(true);
    expect(await cluster.publish(channel, 'c')).toBe(0);
  });
});

describe('sharded channels', () => {
  let cluster: RedisClusterType;
  beforeAll(async () => {
    cluster = await createCluster({ rootNodes }).connect();
  });
  afterAll(async () => {
    await cluster.close();
  });

  it('subscribes each channel on the master owning its slot; sPublish reaches it; sUnsubscribe ends it', async () => {
    const masters = shared.masters();
    const channels = masters.map((master) => channelOwnedBy(master, 'shard'));
    const got: Array<[string, string]> = [];
    await cluster.sSubscribe(channels, (message, channel) => got.push([message, channel]));

    for (const [i, channel] of channels.entries()) {
      const counts = await Promise.all(masters.map(async (m) => Number(((await m.command('PUBSUB', 'SHARDNUMSUB', channel)) as unknown[])[1])));
      expect(counts).toEqual(masters.map((_, j) => (j === i ? 1 : 0)));
    }
    for (const channel of channels) expect(await cluster.sPublish(channel, `to ${channel}`)).toBe(1);
    await waitUntil('a message per channel', () => got.length === channels.length);
    expect(got).toEqual(channels.map((channel) => [`to ${channel}`, channel]));

    await cluster.sUnsubscribe(channels[0]);
    expect(await cluster.sPublish(channels[0]!, 'gone')).toBe(0);
    expect(await cluster.sPublish(channels[1]!, 'still')).toBe(1);
    await cluster.SUNSUBSCRIBE();
    for (const channel of channels) expect(await cluster.sPublish(channel, 'none')).toBe(0);
  });

  it('a failed sSubscribe takes back only what it added: a channel the listener had before keeps it', async () => {
    const [reachable, unreachable] = shared.masters();
    const had = channelOwnedBy(reachable!, 'rollback-had');
    const added = channelOwnedBy(reachable!, 'rollback-added');
    const failing = channelOwnedBy(unreachable!, 'rollback-failing');
    // The failing channel's master is reached only through a proxy the test stalls.
    const proxy = await startFaultProxy({ targetPort: unreachable!.port });
    const own = await createCluster({
      rootNodes: [{ url: `redis://127.0.0.1:${reachable!.port}` }],
      nodeAddressMap: { [`127.0.0.1:${unreachable!.port}`]: { host: '127.0.0.1', port: proxy.port } },
      defaults: { socket: { connectTimeout: 300 } },
      maxCommandRedirections: 1,
      topologyRefreshInterval: 0,
    }).connect();
    try {
      const got: string[] = [];
      const listener = (_message: string, channel: string): void => {
        got.push(channel);
      };
      await own.sSubscribe(had, listener);
      proxy.pause();
      await expect(own.sSubscribe([had, added, failing], listener)).rejects.toThrow();
      proxy.resume();
      expect(await own.sPublish(added, 'taken back')).toBe(0);
      expect(await own.sPublish(had, 'kept')).toBe(1);
      await waitUntil('the message of the channel it had', () => got.length === 1);
      expect(got).toEqual([had]);
    } finally {
      await own.close();
      await proxy.stop();
    }
  });

  it('a Buffer listener gets binary messages byte for byte', async () => {
    const channel = `${prefix}{binary}`;
    const got: Buffer[] = [];
    await cluster.sSubscribe(channel, (message: Buffer) => got.push(message), true);
    const binary = Buffer.from([0x00, 0xff, 0xc3, 0x28]);
    await cluster.sPublish(channel, binary);
    await waitUntil('the binary message', () => got.length === 1);
    expect(got[0]!.equals(binary)).toBe(true);
    await cluster.sUnsubscribe(channel);
  });
});

describe('the pub/sub connections', () => {
  it('never open after close(): an sSubscribe backing off after a failed connection gives up instead', async () => {
    const [owner, ...others] = shared.masters();
    const channel = channelOwnedBy(owner!, 'closed-backoff');
    // The owner is reached only through a proxy the test can stall.
    const proxy = await startFaultProxy({ targetPort: owner!.port });
    const cluster = await createCluster({
      rootNodes: others.map((node) => ({ url: `redis://127.0.0.1:${node.port}` })),
      nodeAddressMap: { [`127.0.0.1:${owner!.port}`]: { host: '127.0.0.1', port: proxy.port } },
      defaults: { socket: { connectTimeout: 300 } },
      topologyRefreshInterval: 0,
    }).connect();
    try {
      const before = proxy.connectionCount; // the owner's command connection
      proxy.pause(); // a new connection opens, and its handshake times out
      const subscribing = cluster.sSubscribe(channel, () => undefined);
      subscribing.catch(() => undefined);
      await waitUntil('the pub/sub connection', () => proxy.connectionCount > before, 5_000, 1);
      // It gave up on that connection and backs off (at least 50 ms) before it tries again.
      await waitUntil('the failed connection dropped', () => proxy.connectionCount === before, 5_000, 1);
      const closing = cluster.close();
      proxy.resume(); // had it opened another connection, that one would work
      await closing;
      await expect(subscribing).rejects.toBeInstanceOf(ClientClosedError);
      await waitUntil('no connection left to the owner', () => proxy.connectionCount === 0);
      expect((await subscribersByNode(channel, true)).every((n) => n === 0)).toBe(true);
    } finally {
      await cluster.close();
      await proxy.stop();
    }
  });

  it('are not the command connections: on RESP2 a subscribed cluster keeps running commands', async () => {
    const cluster = await createCluster({ rootNodes, RESP: 2 }).connect();
    const channel = `${prefix}resp2`;
    const got: string[] = [];
    await cluster.subscribe(channel, (message) => got.push(message));
    await cluster.sSubscribe(`${channel}:sharded`, (message) => got.push(message));
    await cluster.set(`${prefix}resp2-key`, 'v');
    expect(await cluster.get(`${prefix}resp2-key`)).toBe('v');
    await cluster.publish(channel, 'm');
    await cluster.sPublish(`${channel}:sharded`, 's');
    await waitUntil('both messages', () => got.length === 2);
    expect(got.sort()).toEqual(['m', 's']);
    await cluster.close();
  });

  it("report a listener that throws as the cluster's error (a PubSubListenerError), never as a node-error — even when it threw a ReplyError", async () => {
    const cluster = await createCluster({ rootNodes }).connect();
    try {
      const errors: Error[] = [];
      const nodeErrors: Error[] = [];
      cluster.on('error', (error) => errors.push(error));
      cluster.on('node-error', (error) => nodeErrors.push(error));
      const thrown = new ReplyError('ERR listener bug');
      const channel = `${prefix}throws`;
      await cluster.subscribe(channel, () => {
        throw thrown;
      });
      await cluster.publish(channel, 'x');
      await waitUntil('the error event', () => errors.length > 0);
      expect(errors[0]).toBeInstanceOf(PubSubListenerError);
      expect(errors[0]!.cause).toBe(thrown);
      expect(nodeErrors).toEqual([]);
    } finally {
      await cluster.close();
    }
  });

  it('wait for connect(), refuse after close(), and close with the cluster', async () => {
    const cluster = createCluster({ rootNodes });
    await expect(cluster.subscribe(`${prefix}x`, () => undefined)).rejects.toBeInstanceOf(ClientClosedError);
    const connecting = cluster.connect();
    const channel = `${prefix}early`;
    const subscribed = cluster.subscribe(channel, () => undefined); // issued while connecting
    const sharded = `${prefix}early-sharded`;
    const shardSubscribed = cluster.sSubscribe(sharded, () => undefined);
    await connecting;
    await Promise.all([subscribed, shardSubscribed]);
    expect((await subscribersByNode(channel)).filter((n) => n === 1)).toHaveLength(1);

    await cluster.close();
    await waitUntil('the server saw the pub/sub connections close', async () => {
      const [plain, shard] = await Promise.all([subscribersByNode(channel), subscribersByNode(sharded, true).catch(() => [1])]);
      return plain.every((n) => n === 0) && shard.every((n) => n === 0);
    });
    await expect(cluster.sSubscribe(sharded, () => undefined)).rejects.toBeInstanceOf(ClientClosedError);
  });
});
