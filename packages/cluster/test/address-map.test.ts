import { startCluster, type RedisCluster as TestCluster } from '@x/test-utils';
import { ClusterConnectError, createCluster, MaxRedirectionsError, RedirectTargetError, type NodeAddress } from '../src';

// Nodes announce ports where nothing listens (as behind NAT or in another network); the client
// reaches them only through nodeAddressMap. And a map that points every node at one master makes
// a MOVED loop, which must end in MaxRedirectionsError.
jest.setTimeout(120_000);

let servers: TestCluster;

beforeAll(async () => {
  servers = await startCluster({ masters: 3, replicas: 0, announcePorts: true });
});

afterAll(async () => {
  await servers?.stop();
});

function realAddressOf(announced: string): NodeAddress | undefined {
  const port = Number(announced.slice(announced.lastIndexOf(':') + 1));
  const node = servers.nodes.find((n) => n.announcedPort === port);
  return node === undefined ? undefined : { host: '127.0.0.1', port: node.port };
}

const rootNodes = (): Array<{ url: string }> => [{ url: `redis://127.0.0.1:${servers.nodes[0]!.port}` }];

it('the nodes really announce ports where nothing listens', () => {
  for (const node of servers.nodes) expect(node.announcedPort).not.toBe(node.port);
});

// Issue 13 item 15: without the map no master can be reached (nothing listens where they are
// announced); connect() resolved anyway and every command then failed.
it('connect() rejects with a ClusterConnectError naming each master when none can be reached', async () => {
  const cluster = createCluster({ rootNodes: rootNodes(), defaults: { socket: { connectTimeout: 1_000 } } });
  const error = await cluster.connect().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ClusterConnectError);
  expect((error as Error).message).toMatch(/No master of the cluster could be reached/);
  const addresses = (error as ClusterConnectError).errors.map((e) => e.address).sort();
  expect(addresses).toEqual(servers.nodes.map((n) => `127.0.0.1:${n.announcedPort}`).sort());
  expect(cluster.isOpen).toBe(false);
});

it('reaches every node through a static nodeAddressMap', async () => {
  const map: Record<string, NodeAddress> = {};
  for (const node of servers.nodes) map[`127.0.0.1:${node.announcedPort}`] = { host: '127.0.0.1', port: node.port };
  const cluster = await createCluster({ rootNodes: rootNodes(), nodeAddressMap: map }).connect();
  const keys = Array.from({ length: 300 }, (_, i) => `map:${i}`);
  await Promise.all(keys.map((k) => cluster.set(k, k)));
  expect(await Promise.all(keys.map((k) => cluster.get(k)))).toEqual(keys);
  expect(new Set(cluster.masters.map((m) => m.port))).toEqual(new Set(servers.nodes.map((n) => n.port)));
  await cluster.close();
});

it('reaches every node through a nodeAddressMap function', async () => {
  const seen = new Set<string>();
  const cluster = await createCluster({
    rootNodes: rootNodes(),
    nodeAddressMap(address) {
      seen.add(address);
      return realAddressOf(address);
    },
  }).connect();
  const keys = Array.from({ length: 300 }, (_, i) => `mapfn:${i}`);
  await Promise.all(keys.map((k) => cluster.set(k, k)));
  expect(await Promise.all(keys.map((k) => cluster.get(k)))).toEqual(keys);
  expect([...seen].sort()).toEqual(servers.nodes.map((n) => `127.0.0.1:${n.announcedPort}`).sort());
  await cluster.close();
});

it('ends a MOVED loop with MaxRedirectionsError carrying the last error', async () => {
  const one = servers.nodes[0]!;
  const cluster = await createCluster({
    rootNodes: rootNodes(),
    maxCommandRedirections: 5,
    nodeAddressMap: () => ({ host: '127.0.0.1', port: one.port }),
  }).connect();
  // A key that node 0 does not own: node 0 answers MOVED to another node, which maps back to node 0.
  let key = 'loop:0';
  for (let i = 1; servers.slotOwner(await servers.keySlot(key)) === one; i++) key = `loop:${i}`;
  const error = await cluster.get(key).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MaxRedirectionsError);
  expect((error as MaxRedirectionsError).lastError.message).toMatch(/^MOVED /);
  expect(cluster.stats.moved).toBe(5);
  await cluster.close();
});

describe('a nodeAddressMap that throws or answers garbage for a MOVED target fails that command only', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason);
  };
  beforeAll(() => {
    process.on('unhandledRejection', onUnhandled);
    process.on('uncaughtException', onUnhandled);
  });
  afterAll(() => {
    process.off('unhandledRejection', onUnhandled);
    process.off('uncaughtException', onUnhandled);
  });

  it.each([
    ['throws', (): NodeAddress => {
      throw new Error('no route to that node');
    }, /nodeAddressMap threw: no route to that node/],
    ['returns garbage', (): NodeAddress => ({ host: '', port: -1 }), /nodeAddressMap returned something that is not \{ host, port \}/],
  ] as const)('%s', async (_what, broken, message) => {
    const one = servers.nodes[0]!;
    let brokenNow = false;
    // Every node maps to node 0 (so a key elsewhere gets MOVED), and once broken the map fails.
    const cluster = await createCluster({
      rootNodes: rootNodes(),
      nodeAddressMap: (address) => (brokenNow ? broken() : address === '' ? undefined : { host: '127.0.0.1', port: one.port }),
      topologyRefreshInterval: 0,
    }).connect();
    cluster.on('error', () => undefined); // the refresh a MOVED starts fails on the map too
    try {
      let elsewhere = 'broken:0';
      for (let i = 1; servers.slotOwner(await servers.keySlot(elsewhere)) === one; i++) elsewhere = `broken:${i}`;
      let here = 'here:0';
      for (let i = 1; servers.slotOwner(await servers.keySlot(here)) !== one; i++) here = `here:${i}`;
      brokenNow = true;
      const moved = cluster.get(elsewhere);
      const fine = cluster.set(here, 'v');
      const error = await moved.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedirectTargetError);
      expect((error as Error).message).toMatch(message);
      expect(await fine).toBe('OK');
      expect(await cluster.get(here)).toBe('v');
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      await cluster.close();
    }
  });
});
