// Uses the servers this package's jest global setup started (jest.config.js: globals.xTestServers).
import { parseClusterNodes, RedisReplyError, sharedCluster, sharedServer, type SharedClusterNode } from '../src';
import { roundTrip } from './raw-client';

describe('sharedServer()', () => {
  it('is a running standalone server published by the global setup', async () => {
    const server = sharedServer();
    expect(server.host).toBe('127.0.0.1');
    expect(await server.command('PING')).toBe('PONG');
    expect(await roundTrip(server.port, [['ECHO', 'hi']])).toEqual(['hi']);
    expect((await server.info('cluster'))['cluster_enabled']).toBe('0');
  });
});

describe('sharedCluster(): a default 3 + 3 cluster', () => {
  const cluster = sharedCluster();

  it('has 3 masters, each with one replica, covering all 16384 slots', async () => {
    expect(cluster.nodes).toHaveLength(6);
    expect(cluster.masters()).toHaveLength(3);
    expect(cluster.replicas()).toHaveLength(3);
    for (const master of cluster.masters()) {
      expect(cluster.replicas().filter((r) => r.masterId === master.id)).toHaveLength(1);
    }
    const owners = new Set<string>();
    for (let slot = 0; slot < 16384; slot++) owners.add(cluster.slotOwner(slot).id);
    expect(owners.size).toBe(3);
    expect(cluster.seeds).toHaveLength(3);
  });

  it('every node agrees: cluster_state ok, same CLUSTER NODES roles and slots, replicas linked', async () => {
    const views = await Promise.all(cluster.nodes.map(async (n) => parseClusterNodes(await n.text('CLUSTER', 'NODES'))));
    const summary = (view: ReturnType<typeof parseClusterNodes>): string =>
      view.map((e) => `${e.id} ${e.role} ${e.masterId ?? '-'} ${JSON.stringify(e.slots)}`).sort().join('\n');
    for (const view of views) expect(summary(view)).toBe(summary(views[0] ?? []));
    for (const node of cluster.nodes) {
      expect(await node.text('CLUSTER', 'INFO')).toMatch(/cluster_state:ok/);
      if (node.role === 'replica') expect((await node.info('replication'))['master_link_status']).toBe('up');
    }
  });

  it('keySlot() is CLUSTER KEYSLOT; slotOwner() serves the key and others redirect with MOVED', async () => {
    const slot = await cluster.keySlot('{user}:1');
    expect(slot).toBe(await cluster.keySlot('{user}:2'));
    const owner = cluster.slotOwner(slot);
    expect(await owner.command('SET', '{user}:1', 'v')).toBe('OK');
    const other = cluster.masters().find((m) => m.id !== owner.id) as SharedClusterNode;
    const error: unknown = await other.command('GET', '{user}:1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedisReplyError);
    expect((error as Error).message).toBe(`MOVED ${slot} 127.0.0.1:${owner.announcedPort}`);
    await owner.command('DEL', '{user}:1');
  });
});
