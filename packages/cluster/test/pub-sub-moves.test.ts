import { done, notYet, startCluster, startFaultProxy, waitFor, type ClusterNode, type RedisCluster as TestCluster } from '@x/test-utils';
import { createCluster, keySlot, ResubscribeError } from '../src';

// Subscriptions that move when the cluster changes: a slot migration, a move that fails for a
// while, a failed-over shard master, a killed pub/sub node. Its own cluster: slots move, nodes die.
jest.setTimeout(120_000);

let servers: TestCluster;

beforeAll(async () => {
  servers = await startCluster({ masters: 3, replicas: 1 });
});

afterAll(async () => {
  await servers?.stop();
});

function rootNodes(): Array<{ socket: { host: string; port: number } }> {
  return servers.masters().map((node) => ({ socket: { host: '127.0.0.1', port: node.port } }));
}

function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  return waitFor(what, async () => ((await check()) ? done(undefined) : notYet(what)), { timeoutMs, intervalMs: 20 });
}

async function subscribers(node: ClusterNode, channel: string, sharded: boolean): Promise<number> {
  const reply = (await node.command('PUBSUB', sharded ? 'SHARDNUMSUB' : 'NUMSUB', channel)) as unknown[];
  return Number(reply[1]);
}

/** A node's health as `from` sees it in CLUSTER SHARDS. */
async function healthOf(from: ClusterNode, port: number): Promise<string | undefined> {
  const shards = (await from.command('CLUSTER', 'SHARDS')) as unknown[][];
  for (const shard of shards) {
    const nodes = shard[shard.indexOf('nodes') + 1] as unknown[][];
    for (const node of nodes) if (Number(node[node.indexOf('port') + 1]) === port) return String(node[node.indexOf('health') + 1]);
  }
  return undefined;
}

const running = (): ClusterNode[] => servers.nodes.filter((node) => node.state === 'running');

/** A channel whose slot's master has a running replica (so a failover can replace it). */
function channelWithReplica(name: string): string {
  for (let i = 0; ; i++) {
    const channel = `${name}:${i}`;
    const owner = servers.slotOwner(keySlot(channel));
    if (servers.replicasOf(owner).some((replica) => replica.state === 'running')) return channel;
  }
}

/** A channel of another slot that `node` owns too. */
function sameNodeChannel(node: ClusterNode, notSlot: number, name: string): string {
  for (let i = 0; ; i++) {
    const channel = `${name}:${i}`;
    const slot = keySlot(channel);
    if (slot !== notSlot && servers.slotOwner(slot) === node) return channel;
  }
}

function collect(): { got: string[]; listener: (message: string) => void } {
  const got: string[] = [];
  return { got, listener: (message) => got.push(message) };
}

it('a sharded subscription follows its slot through a migration (the server drops it, the cluster resubscribes it)', async () => {
  const cluster = await createCluster({ rootNodes: rootNodes(), topologyRefreshInterval: 0 }).connect();
  const errors: Error[] = [];
  cluster.on('error', (error) => errors.push(error));
  try {
    const channel = '{migrating}news';
    const slot = keySlot(channel);
    const from = servers.slotOwner(slot);
    const to = servers.masters().find((m) => m !== from)!;
    const { got, listener } = collect();
    await cluster.sSubscribe(channel, listener);
    await cluster.sPublish(channel, 'before');
    await waitUntil('before', () => got.includes('before'));

    const migration = await servers.migrateSlot(slot, from, to, { stopHalfway: true });
    await from.command('SPUBLISH', channel, 'during'); // the source still owns it mid-migration
    await waitUntil('during', () => got.includes('during'));
    await migration.finish();

    await waitUntil('subscribed on the new owner only', async () => (await subscribers(to, channel, true)) === 1 && (await subscribers(from, channel, true)) === 0);
    await to.command('SPUBLISH', channel, 'after');
    expect(await cluster.sPublish(channel, 'through the cluster')).toBe(1);
    await waitUntil('after', () => got.length === 4);
    expect(got).toEqual(['before', 'during', 'after', 'through the cluster']);
    expect(errors).toEqual([]);
  } finally {
    await cluster.close();
  }
});

it('an sUnsubscribe is not undone by the slot moving at that moment (called from a listener, just before the server drops the channel)', async () => {
  const cluster = await createCluster({ rootNodes: rootNodes(), topologyRefreshInterval: 0 }).connect();
  try {
    const channel = '{leaving}news';
    const slot = keySlot(channel);
    const from = servers.slotOwner(slot);
    const to = servers.masters().find((m) => m !== from)!;
    // Another channel of the same node (so on the same pub/sub connection), whose listener unsubscribes `leaving`.
    const trigger = sameNodeChannel(from, slot, 'leaving-trigger');
    const leaving = collect();
    const staying = collect();
    let unsubscribed: Promise<void> | undefined;
    await cluster.sSubscribe(channel, leaving.listener);
    await cluster.sSubscribe(channel, staying.listener);
    await cluster.sSubscribe(trigger, () => {
      unsubscribed ??= cluster.sUnsubscribe(channel, leaving.listener);
    });

    const migration = await servers.migrateSlot(slot, from, to, { stopHalfway: true });
    // One transaction, so one write to the client: the trigger's message, then the slot leaves the
    // node (Redis 7 drops the channel's subscribers: a sunsubscribe push right behind the message).
    // The source first: had the target claimed the slot already, the cluster bus could tell the
    // source before this transaction runs.
    await Promise.all([
      from.command('MULTI'),
      from.command('SPUBLISH', trigger, 'unsubscribe now'),
      from.command('CLUSTER', 'SETSLOT', slot, 'NODE', to.id),
      from.command('EXEC'),
    ]);
    await to.command('CLUSTER', 'SETSLOT', slot, 'NODE', to.id);
    await waitUntil('the listener unsubscribed', () => unsubscribed !== undefined);
    await unsubscribed;
    await migration.finish();

    // The channel's listeners moved to the new owner together, in one subscribe: had the
    // unsubscribed one moved too, it would hear what the other hears.
    let n = 0;
    await waitUntil('the staying listener hears the new owner', async () => {
      await to.command('SPUBLISH', channel, `after ${n++}`);
      return staying.got.length > 0;
    });
    expect(leaving.got).toEqual([]);
  } finally {
    await cluster.close();
  }
});

it('a move that fails is an error event (and sharded-channel-moved-error), retried until it works', async () => {
  const channel = '{unreachable}news';
  const slot = keySlot(channel);
  const from = servers.slotOwner(slot);
  const to = servers.masters().find((m) => m !== from)!;
  // The client reaches the slot's next owner only through a proxy the test can stall.
  const proxy = await startFaultProxy({ targetPort: to.port });
  const cluster = await createCluster({
    rootNodes: [{ socket: { host: '127.0.0.1', port: from.port } }],
    nodeAddressMap: { [`127.0.0.1:${to.port}`]: { host: '127.0.0.1', port: proxy.port } },
    defaults: { socket: { connectTimeout: 500 } },
    topologyRefreshInterval: 0,
  }).connect();
  try {
    const errors: Error[] = [];
    const movedErrors: string[] = [];
    cluster.on('error', (error) => errors.push(error));
    cluster.on('sharded-channel-moved-error', (_error, movedChannel, listeners) => {
      expect(listeners.strings.size).toBe(1);
      movedErrors.push(movedChannel);
    });
    const { got, listener } = collect();
    await cluster.sSubscribe(channel, listener);

    proxy.pause(); // connections to the new owner open but never finish their handshake
    await (await servers.migrateSlot(slot, from, to)).finish();
    await waitUntil('an error event for the channel', () =>
      errors.some((error) => error instanceof ResubscribeError && error.kind === 'SHARDED' && error.channels.includes(channel)),
    );
    expect(movedErrors).toContain(channel);

    proxy.resume();
    await waitUntil('subscribed on the new owner', async () => (await subscribers(to, channel, true)) === 1, 20_000);
    await to.command('SPUBLISH', channel, 'after');
    await waitUntil('after', () => got.includes('after'));
  } finally {
    await cluster.close();
    await proxy.stop();
  }
});

it('channels and patterns leave a master that a failover demotes: a master holds them again (NUMSUB summed over the masters counts them)', async () => {
  const cluster = await createCluster({ rootNodes: rootNodes(), topologyRefreshInterval: 0 }).connect();
  try {
    const channel = 'demoted:news';
    const plain = collect();
    // No periodic refresh: the one refresh below must be the one that shows the demotion.
    await cluster.subscribe(channel, plain.listener);
    const holder = servers.nodes.find((node) => `127.0.0.1:${node.port}` === cluster.pubSubNode!.address)!;
    expect(holder.role).toBe('master');
    const replica = servers.replicasOf(holder).find((node) => node.state === 'running')!;
    await servers.failover(replica);
    await waitUntil('the old master demoted', () => servers.nodes.find((node) => node.port === holder.port)!.role === 'replica', 20_000);
    // Once it is an online replica (Redis 7.0 says "loading" until its replication offset moves), it
    // could still hold the channels — and a master-summed PUBSUB NUMSUB would not see them.
    await waitUntil('the demoted master an online replica', async () => (await healthOf(replica, holder.port)) === 'online', 20_000);
    await cluster.refreshTopology();

    const onMasters = async (): Promise<number> => {
      const counts = await Promise.all(servers.masters().filter((m) => m.state === 'running').map((m) => subscribers(m, channel, false)));
      return counts.reduce((sum, n) => sum + n, 0);
    };
    await waitUntil('held by a master again', async () => (await onMasters()) === 1, 20_000);
    expect(cluster.masters.map((m) => m.address)).toContain(cluster.pubSubNode!.address);
    let n = 0;
    await waitUntil('a message published after the failover arrives', async () => {
      await replica.command('PUBLISH', channel, `after ${n++}`);
      return plain.got.some((m) => m.startsWith('after'));
    });
  } finally {
    await cluster.close();
  }
});

it('channels and patterns move to another node when the pub/sub node is killed', async () => {
  const cluster = await createCluster({ rootNodes: rootNodes() }).connect();
  try {
    const channel = 'killed:news';
    const plain = collect();
    const pattern = collect();
    await cluster.subscribe(channel, plain.listener);
    await cluster.pSubscribe('killed:*', pattern.listener);
    const counts = await Promise.all(running().map((node) => subscribers(node, channel, false)));
    const pubSubNode = running()[counts.indexOf(1)]!;
    expect(counts.filter((n) => n === 1)).toHaveLength(1);

    const wasMaster = pubSubNode.role === 'master';
    await pubSubNode.kill();
    if (wasMaster) await servers.waitForFailover(pubSubNode);
    else await servers.waitForStable();

    // Published on a live node until both listeners hear it: they were subscribed again elsewhere.
    let n = 0;
    await waitUntil(
      'both listeners hear a message published after the kill',
      async () => {
        await running()[0]!.command('PUBLISH', channel, `after ${n++}`);
        return plain.got.some((m) => m.startsWith('after')) && pattern.got.some((m) => m.startsWith('after'));
      },
      20_000,
    );
    const after = await Promise.all(running().map((node) => subscribers(node, channel, false)));
    expect(after.filter((count) => count === 1)).toHaveLength(1);
  } finally {
    await cluster.close();
  }
});

it('a sharded subscription moves to the new master when its master fails over', async () => {
  const cluster = await createCluster({ rootNodes: rootNodes() }).connect();
  try {
    const channel = channelWithReplica('failover');
    const owner = servers.slotOwner(keySlot(channel));
    const { got, listener } = collect();
    await cluster.sSubscribe(channel, listener);
    expect(await subscribers(owner, channel, true)).toBe(1);

    await owner.kill();
    const promoted = await servers.waitForFailover(owner);
    await waitUntil('subscribed on the promoted replica', async () => (await subscribers(promoted, channel, true)) === 1, 20_000);
    await promoted.command('SPUBLISH', channel, 'after');
    await waitUntil('after', () => got.includes('after'));
  } finally {
    await cluster.close();
  }
});
