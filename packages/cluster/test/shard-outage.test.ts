import { startCluster, waitFor, done, notYet, type RedisCluster as TestCluster, type ClusterNode as TestNode } from '@x/test-utils';
import { createCluster, keySlot, ResubscribeError, type RedisClusterType } from '../src';

// A whole shard out (its master and its replica frozen with SIGSTOP, or killed): the cluster can't
// fail it over, so the client lives with it. One 3+1 cluster (cluster-node-timeout 2000 ms); each
// test takes a different shard out and brings it back.
jest.setTimeout(120_000);

let servers: TestCluster;

beforeAll(async () => {
  servers = await startCluster({ masters: 3, replicas: 1 });
});

afterAll(async () => {
  await servers?.stop();
});

/** `n` keys whose slot `master` owns. */
function keysOn(master: TestNode, prefix: string, n: number): string[] {
  const keys: string[] = [];
  for (let i = 0; keys.length < n; i++) {
    const key = `${prefix}:${i}`;
    if (servers.slotOwner(keySlot(key)) === master) keys.push(key);
  }
  return keys;
}

/** Topology reads (`CLUSTER SHARDS` + `CLUSTER SLOTS` calls) the given nodes have served, from INFO commandstats. */
async function topologyReads(nodes: TestNode[]): Promise<number> {
  let total = 0;
  for (const node of nodes) {
    const stats = await node.info('commandstats');
    for (const name of ['cmdstat_cluster|shards', 'cmdstat_cluster|slots']) {
      const calls = /calls=(\d+)/.exec(stats[name] ?? '');
      if (calls !== null) total += Number(calls[1]);
    }
  }
  return total;
}

/** The length of a measurement window (not a synchronisation: the rate over it is what is measured). */
const elapse = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('refresh pacing while a shard stalls (issue 13 item 10)', () => {
  const WINDOW_MS = 6_000;
  let cluster: RedisClusterType;

  afterAll(async () => {
    await cluster?.close();
  });

  it('reads the topology at most 2 times a second, fewer and fewer while nothing changes', async () => {
    cluster = createCluster({
      rootNodes: servers.masters().map((m) => ({ socket: { host: '127.0.0.1', port: m.port } })),
      topologyRefreshInterval: 0,
    });
    cluster.on('error', () => undefined);
    await cluster.connect();
    // A new idle cluster reports its replicas as loading until the first replication ping: let that
    // settle first, so the only change the window sees is the shard being marked failed.
    await waitFor('every replica online', async () => {
      await cluster.refreshTopology();
      const replicas = cluster.replicas;
      return replicas.length === 3 && replicas.every((r) => r.health === 'online') ? done(undefined) : notYet(replicas.map((r) => r.health).join());
    }, { timeoutMs: 30_000, intervalMs: 200 });
    const master = servers.masters()[0]!;
    const replica = servers.replicasOf(master)[0]!;
    const live = servers.masters().concat(servers.replicas()).filter((n) => n !== master && n !== replica);
    const keys = keysOn(master, 'stall', 8);
    const readsBefore = await topologyReads(live);

    await replica.pause();
    await master.pause();
    // Commands keep arriving for the frozen shard: each waits out its deadline, and every one of
    // them, the stall watchdog and the dropped replies all ask for refreshes.
    let stop = false;
    const failures: unknown[] = [];
    const load = keys.map(async (key) => {
      while (!stop) await cluster.get(key).catch((e: unknown) => failures.push(e));
    });
    await elapse(WINDOW_MS);
    const firstHalf = (await topologyReads(live)) - readsBefore;
    await elapse(WINDOW_MS);
    const secondHalf = (await topologyReads(live)) - readsBefore - firstHalf;
    stop = true;
    await master.resume();
    await replica.resume();
    await Promise.all(load);
    await servers.waitForStable();

    // Before: ~14 reads a second (the watchdog re-read every 100 ms while the node stalled).
    // Now: ≤ 2 a second in any case — held there while the frozen master has commands outstanding,
    // until the cluster marks it failed (cluster-node-timeout, 2 s here) and its connection is
    // closed — then backing off to one per 2–2.5 s while nothing changes.
    expect(failures.length).toBeGreaterThan(0);
    expect(firstHalf).toBeGreaterThan(0);
    const figures = `reads: ${firstHalf} in the first ${WINDOW_MS} ms, ${secondHalf} in the next`;
    process.stdout.write(`${figures}\n`);
    // Reads start ≥ 500 ms apart: at most one per 500 ms, plus one when a read falls on each edge.
    expect(firstHalf).toBeLessThanOrEqual((2 * WINDOW_MS) / 1000 + 1);
    expect(secondHalf).toBeLessThanOrEqual(Math.ceil(WINDOW_MS / 2000) + 1);
    expect(secondHalf).toBeLessThanOrEqual(firstHalf);
  });
});

describe('subscriptions on a node that stays down, the cluster unable to fail it over (issue 13 item 14)', () => {
  let cluster: RedisClusterType;

  afterAll(async () => {
    cluster?.destroy();
  });

  /** The node holding a connection subscribed to something (CLIENT LIST: `sub=` or `psub=` above 0). */
  async function subscribedNode(): Promise<TestNode> {
    return waitFor('the node of the channel subscription', async () => {
      for (const node of [...servers.masters(), ...servers.replicas()]) {
        const list = await node.text('CLIENT', 'LIST');
        if (/ sub=[1-9]/.test(list)) return done(node);
      }
      return notYet('no node lists a subscribed client');
    }, { timeoutMs: 10_000, intervalMs: 50 });
  }

  it('moves a channel subscription to a live node, and reports the sharded one its master held', async () => {
    cluster = createCluster({
      rootNodes: servers.masters().map((m) => ({ socket: { host: '127.0.0.1', port: m.port } })),
      topologyRefreshInterval: 0,
      defaults: { socket: { reconnectStrategy: 50 } },
    });
    const errors: Error[] = [];
    cluster.on('error', (e) => errors.push(e));
    await cluster.connect();
    const received: string[] = [];
    await cluster.subscribe('outage:news', (message) => received.push(message));
    const holder = await subscribedNode();
    // Two masters down of three: the last one alone is no majority, so nobody is marked failed and
    // nothing fails over — the topology keeps listing the dead nodes as online.
    const holderMaster = holder.role === 'master' ? holder : servers.masters().find((m) => m.id === holder.masterId)!;
    const other = servers.masters().find((m) => m !== holderMaster)!;
    const survivor = servers.masters().find((m) => m !== holderMaster && m !== other)!;
    const sharded = keysOn(other, 'outage:shard', 1)[0]!;
    await cluster.sSubscribe(sharded, () => undefined);
    for (const node of new Set([holder, holderMaster, other])) await node.kill();

    // A message published on the survivor reaches the subscription once it moved to a live node.
    await waitFor('a message on the moved subscription', async () => {
      await survivor.command('PUBLISH', 'outage:news', 'hello');
      return received.length > 0 ? done(undefined) : notYet('nothing received yet');
    }, { timeoutMs: 30_000, intervalMs: 250 });
    expect(received[0]).toBe('hello');
    // The sharded channel can't move (only its slot's master serves it): said, not silent.
    await waitFor('a ResubscribeError for the sharded channel', async () => {
      const found = errors.find((e) => e instanceof ResubscribeError && e.kind === 'SHARDED');
      return found !== undefined ? done(found) : notYet(errors.map((e) => e.message).join('; ') || 'no error');
    }, { timeoutMs: 30_000, intervalMs: 100 });
    const error = errors.find((e) => e instanceof ResubscribeError && e.kind === 'SHARDED') as ResubscribeError;
    expect(error.channels).toEqual([sharded]);
    expect(error.message).toContain(`127.0.0.1:${other.port}`);
  });
});
