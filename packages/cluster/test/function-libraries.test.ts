import {
  done,
  notYet,
  startCluster,
  startRedisServer,
  waitFor,
  type ClusterNode,
  type RedisCluster as TestCluster,
  type RedisServer,
} from '@x/test-utils';
import { createCluster, FunctionLibraryLoadError, keySlot, ReplyError, type CommandParser } from '../src';

// The `functionLibraries` option on a real cluster: loaded on every master at connect(), and on a
// master that appears later — a node added with CLUSTER MEET and given a slot, which has never seen
// the library (a promoted replica already has it by replication, so it would prove nothing). Both
// ways a new master is found: a MOVED that sends a command there before any refresh, and a refresh.
jest.setTimeout(120_000);

const MYLIB = `#!lua name=mylib
redis.register_function{function_name='square', callback=function(keys, args)
  local v = tonumber(redis.call('GET', keys[1])) or 0
  return v * v
end, flags={'no-writes'}}`;

const functions = {
  mylib: {
    square: { IS_READ_ONLY: true, NUMBER_OF_KEYS: 1, parseCommand(parser: CommandParser, key: string) { parser.pushKey(key); }, transformReply: (r: number) => r },
  },
};

let servers: TestCluster;
const added: RedisServer[] = [];

beforeAll(async () => {
  servers = await startCluster({ masters: 3, replicas: 0 });
});

afterAll(async () => {
  await Promise.all(added.map((node) => node.stop()));
  await servers?.stop();
});

function rootNodes() {
  return [{ url: `redis://127.0.0.1:${servers.nodes[0]!.port}` }];
}

async function libraries(node: RedisServer): Promise<string[]> {
  const list = (await node.command('FUNCTION', 'LIST')) as Array<Array<unknown>>;
  return list.map((entry) => String(entry[entry.indexOf('library_name') + 1]));
}

async function calls(node: RedisServer, command: string): Promise<number> {
  const line = (await node.info('commandstats'))[`cmdstat_${command}`];
  return line === undefined ? 0 : Number(/calls=(\d+)/.exec(line)![1]);
}

/** A fresh cluster-enabled redis-server, met by the cluster: a master with no slots yet. */
async function addNode(): Promise<{ node: RedisServer; id: string }> {
  const node = await startRedisServer({
    clusterBusPort: true,
    config: { 'cluster-enabled': 'yes', 'cluster-config-file': 'nodes.conf', 'cluster-node-timeout': servers.nodeTimeoutMs },
  });
  added.push(node);
  const id = await node.text('CLUSTER', 'MYID');
  const seed = servers.nodes[0]!;
  await node.command('CLUSTER', 'MEET', '127.0.0.1', seed.port, seed.busPort);
  const everyNode = [...servers.nodes, ...added];
  await waitFor('every node knows the new node, and it sees the cluster up', async () => {
    const views = await Promise.all(everyNode.map((n) => n.text('CLUSTER', 'NODES')));
    const joined = views.every((view) => !/handshake|noaddr/.test(view) && view.split('\n').filter(Boolean).length === everyNode.length);
    // A node that just started keeps cluster_state:fail for a moment (Redis's rejoin delay).
    const up = (await node.text('CLUSTER', 'INFO')).includes('cluster_state:ok');
    return joined && up ? done(true) : notYet(joined ? 'cluster_state not ok yet' : 'still meeting');
  }, { timeoutMs: 20_000, intervalMs: 50 });
  return { node, id };
}

/** An empty slot of `from`, moved to `to` the way a reshard does it (IMPORTING/MIGRATING, then NODE everywhere). */
async function moveEmptySlot(key: string, from: ClusterNode, to: { node: RedisServer; id: string }): Promise<void> {
  const slot = keySlot(key);
  expect(await from.command('CLUSTER', 'COUNTKEYSINSLOT', slot)).toBe(0);
  await to.node.command('CLUSTER', 'SETSLOT', slot, 'IMPORTING', from.id);
  await from.command('CLUSTER', 'SETSLOT', slot, 'MIGRATING', to.id);
  await to.node.command('CLUSTER', 'SETSLOT', slot, 'NODE', to.id);
  await from.command('CLUSTER', 'SETSLOT', slot, 'NODE', to.id);
  await Promise.all(servers.masters().filter((m) => m !== from).map((m) => m.command('CLUSTER', 'SETSLOT', slot, 'NODE', to.id)));
  await waitFor(`slot ${slot} served by the new node everywhere`, async () => {
    const views = await Promise.all([...servers.masters(), to.node].map((n) => n.text('CLUSTER', 'NODES')));
    const agreed = views.every((view) => view.split('\n').some((line) => line.startsWith(to.id) && new RegExp(`(^| )${slot}( |$)`).test(line)));
    return agreed ? done(true) : notYet('propagating');
  }, { timeoutMs: 20_000, intervalMs: 50 });
}

it('connect() loads every library on every master; a library that does not load fails connect(), naming it', async () => {
  const cluster = await createCluster({ rootNodes: rootNodes(), functionLibraries: [MYLIB], functions }).connect();
  try {
    for (const master of servers.masters()) expect(await libraries(master)).toEqual(['mylib']);
    for (const master of servers.masters()) {
      const key = [...Array(1000).keys()].map((i) => `sq:${i}`).find((k) => servers.slotOwner(keySlot(k)) === master)!;
      await cluster.set(key, '3');
      await expect(cluster.mylib.square(key)).resolves.toBe(9);
    }
  } finally {
    await cluster.close();
  }

  const broken = createCluster({ rootNodes: rootNodes(), functionLibraries: ['#!lua name=broken\nthis is not lua'] });
  const error = await broken.connect().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FunctionLibraryLoadError);
  expect((error as FunctionLibraryLoadError).library).toBe('broken');
  expect((error as Error).message).toMatch(/^Could not load function library broken on 127\.0\.0\.1:\d+: /);
  expect(broken.isOpen).toBe(false);
});

it('a node added to the cluster gets the libraries before the first command a MOVED sends there (no refresh in between)', async () => {
  // No periodic refresh: the only way this client learns of the new node is the MOVED.
  const cluster = await createCluster({ rootNodes: rootNodes(), functionLibraries: [MYLIB], functions, topologyRefreshInterval: 0 }).connect();
  const without = await createCluster({ rootNodes: rootNodes(), functions, topologyRefreshInterval: 0 }).connect();
  try {
    const fresh = await addNode();
    const key = 'moved:k';
    await moveEmptySlot(key, servers.slotOwner(keySlot(key)), fresh);
    await fresh.node.command('SET', key, '7');
    expect(await libraries(fresh.node)).toEqual([]);

    // Without the option, the new master has no library: the call fails there.
    const missing = await without.mylib.square(key).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ReplyError);
    expect((missing as Error).message).toMatch(/Function not found/);

    const moved = cluster.stats.moved;
    await expect(cluster.mylib.square(key)).resolves.toBe(49);
    expect(cluster.stats.moved).toBe(moved + 1);
    expect(await libraries(fresh.node)).toEqual(['mylib']);
    expect(await calls(fresh.node, 'function|load')).toBe(1);
  } finally {
    await Promise.all([cluster.close(), without.close()]);
  }
});

it('a new master seen by a topology refresh gets the libraries with no command sent to it; a failed load is an error event and is retried', async () => {
  const cluster = await createCluster({ rootNodes: rootNodes(), functionLibraries: [MYLIB], functions, topologyRefreshInterval: 0 }).connect();
  const errors: Error[] = [];
  cluster.on('error', (error) => errors.push(error));
  try {
    const fresh = await addNode();
    // A library of another name that already registers `square`: loading mylib there fails.
    await fresh.node.command('FUNCTION', 'LOAD', "#!lua name=squatter\nredis.register_function('square', function() return -1 end)");
    await moveEmptySlot('refreshed:k', servers.slotOwner(keySlot('refreshed:k')), fresh);

    await cluster.refreshTopology();
    await waitFor('the failed load reported', async () => (errors.length > 0 ? done(true) : notYet('no error yet')), { timeoutMs: 10_000, intervalMs: 20 });
    expect(errors[0]).toBeInstanceOf(FunctionLibraryLoadError);
    expect(errors[0]!.message).toBe(
      `Could not load function library mylib on 127.0.0.1:${fresh.node.port}: ${(errors[0]!.cause as Error).message}`,
    );
    expect((errors[0]!.cause as Error).message).toMatch(/square already exists/);
    expect(await libraries(fresh.node)).toEqual(['squatter']);

    // Once the conflict is gone, the next refresh loads it.
    await fresh.node.command('FUNCTION', 'DELETE', 'squatter');
    await cluster.refreshTopology();
    await waitFor('mylib loaded on the new master', async () => {
      const names = await libraries(fresh.node);
      return names.includes('mylib') ? done(true) : notYet(names.join(','));
    }, { timeoutMs: 10_000, intervalMs: 20 });
    expect(await calls(fresh.node, 'fcall_ro')).toBe(0); // nothing but the refresh brought it there
    await fresh.node.command('SET', 'refreshed:k', '5');
    await expect(cluster.mylib.square('refreshed:k')).resolves.toBe(25);
    expect(errors).toHaveLength(1);
  } finally {
    await cluster.close();
  }
});
