// Clusters with announced ports, ACL users and TLS: each its own 3 + 0 or 3 + 1 cluster.
import net from 'node:net';
import { parseClusterSlots, startCluster, type ClusterNode, type RedisCluster } from '../src';
import { roundTrip } from './raw-client';

jest.setTimeout(90_000);

/** Whether something accepts TCP connections on the port. */
const listening = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('announcePorts', () => {
  let cluster: RedisCluster;
  beforeAll(async () => {
    cluster = await startCluster({ masters: 3, replicas: 0, announcePorts: true });
  }, 90_000);
  afterAll(() => cluster?.stop());

  it('every node announces a port where nothing listens; the handle tells both', async () => {
    for (const node of cluster.nodes) {
      expect(node.announcedPort).not.toBe(node.port);
      expect(await listening(node.announcedPort)).toBe(false);
      expect(await listening(node.port)).toBe(true);
    }
    const announced = new Set(cluster.nodes.map((n) => n.announcedPort));
    for (const node of cluster.nodes) {
      const ranges = parseClusterSlots(await node.command('CLUSTER', 'SLOTS'));
      for (const range of ranges) expect(announced.has(range.master.port)).toBe(true);
    }
    expect(cluster.node(cluster.nodes[0]?.announcedPort as number)).toBe(cluster.nodes[0]);
  });

  it('with TLS: cluster-announce-tls-port; a TLS client is told the announced ports', async () => {
    const tlsCluster = await startCluster({ masters: 3, replicas: 0, tls: true, announcePorts: true });
    try {
      const node = tlsCluster.nodes[0] as ClusterNode;
      const [slots] = await roundTrip(node.port, [['CLUSTER', 'SLOTS']], { tls: { ca: tlsCluster.tls?.ca as string } });
      const announced = new Set(tlsCluster.nodes.map((n) => n.announcedPort));
      for (const range of parseClusterSlots(slots as string[])) expect(announced.has(range.master.port)).toBe(true);
      for (const n of tlsCluster.nodes) expect(await listening(n.announcedPort)).toBe(false);
    } finally {
      await tlsCluster.stop();
    }
  });

  it('is refused with replicas, naming the option', async () => {
    await expect(startCluster({ replicas: 1, announcePorts: true })).rejects.toThrow(/options\.announcePorts needs replicas: 0/);
  });

  it('MOVED names the announced port; restart() keeps announcing it', async () => {
    const slot = await cluster.keySlot('k');
    const owner = cluster.slotOwner(slot);
    const other = cluster.nodes.find((n) => n.id !== owner.id) as ClusterNode;
    await expect(other.command('GET', 'k')).rejects.toThrow(`MOVED ${slot} 127.0.0.1:${owner.announcedPort}`);
    await other.restart();
    await cluster.waitForStable(); // the views must show announced ports again
    await expect(owner.command('GET', 'k')).resolves.toBeNull();
  });
});

describe('ACL cluster', () => {
  let cluster: RedisCluster;
  beforeAll(async () => {
    cluster = await startCluster({
      masters: 3,
      replicas: 1,
      acl: [
        { username: 'default', rules: 'off' },
        { username: 'app', password: 'app-pass', rules: '~* &* +@all' },
      ],
    });
  }, 90_000);
  afterAll(() => cluster?.stop());

  it('replicas sync with masteruser/masterauth; anonymous clients are refused, users get in', async () => {
    expect(cluster.replicas()).toHaveLength(3);
    for (const replica of cluster.replicas()) expect((await replica.info('replication'))['master_link_status']).toBe('up');
    const node = cluster.nodes[0] as ClusterNode;
    const [anonymous, auth, info] = await roundTrip(node.port, [['CLUSTER', 'INFO'], ['AUTH', 'app', 'app-pass'], ['CLUSTER', 'INFO']]);
    expect((anonymous as Error).message).toMatch(/^NOAUTH/);
    expect(auth).toBe('OK');
    expect(String(info)).toMatch(/cluster_state:ok/);
  });

  it('migrateSlot moves keys with MIGRATE ... AUTH2', async () => {
    const slot = await cluster.keySlot('{acl}');
    const source = cluster.slotOwner(slot);
    const target = cluster.masters().find((m) => m.id !== source.id) as ClusterNode;
    await source.command('SET', '{acl}:1', 'v');
    await cluster.migrateSlot(slot, source, target);
    expect(await target.command('GET', '{acl}:1')).toBe('v');
  });
});

describe('TLS cluster', () => {
  let cluster: RedisCluster;
  beforeAll(async () => {
    cluster = await startCluster({ masters: 3, replicas: 1, tls: true });
  }, 90_000);
  afterAll(() => cluster?.stop());

  it('serves TLS only, with tls-cluster and tls-replication; replicas in sync', async () => {
    const tls = cluster.tls;
    if (tls === undefined) throw new Error('no TLS material');
    const node = cluster.nodes[0] as ClusterNode;
    expect(node.tlsPort).toBe(node.port);
    expect(await node.command('CONFIG', 'GET', 'tls-cluster')).toEqual(['tls-cluster', 'yes']);
    expect(await node.command('CONFIG', 'GET', 'tls-replication')).toEqual(['tls-replication', 'yes']);
    const [info] = await roundTrip(node.port, [['CLUSTER', 'INFO']], { tls: { ca: tls.ca } });
    expect(String(info)).toMatch(/cluster_state:ok/);
    for (const replica of cluster.replicas()) expect((await replica.info('replication'))['master_link_status']).toBe('up');
  });
});
