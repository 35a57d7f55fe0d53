// A cluster of its own: these tests change the topology, in order.
import { isProcessAlive, startCluster, type ClusterNode, type RedisCluster } from '../src';

jest.setTimeout(90_000);

let cluster: RedisCluster;
beforeAll(async () => {
  cluster = await startCluster({ masters: 3, replicas: 1 });
}, 90_000);
afterAll(() => cluster?.stop());

const roleOf = async (node: ClusterNode): Promise<string | undefined> => (await node.info('replication'))['role'];

describe('cluster topology changes', () => {
  it('failover(): a replica becomes master and its old master its replica', async () => {
    const replica = cluster.replicas()[0] as ClusterNode;
    const oldMaster = cluster.node(replica.masterId as string);
    const slot = (oldMaster.slots[0] as readonly [number, number])[0];
    await cluster.failover(replica);
    expect(replica.role).toBe('master');
    expect(oldMaster.role).toBe('replica');
    expect(oldMaster.masterId).toBe(replica.id);
    expect(cluster.slotOwner(slot).id).toBe(replica.id);
    expect(await roleOf(replica)).toBe('master');
    expect(await roleOf(oldMaster)).toBe('slave');
  });

  it.each(['force', 'takeover'] as const)('failover({ mode: "%s" }) also works', async (mode) => {
    const replica = cluster.replicas().find((r) => r.masterId !== undefined && cluster.node(r.masterId).state === 'running') as ClusterNode;
    const oldMaster = cluster.node(replica.masterId as string);
    await cluster.failover(replica, { mode });
    expect(replica.role).toBe('master');
    expect(oldMaster.role).toBe('replica');
    expect(cluster.masters()).toHaveLength(3);
  });

  it('kill + waitForFailover(): a replica takes over the dead master\'s slots; restart() rejoins as a replica', async () => {
    const master = cluster.masters().find((m) => cluster.replicasOf(m).length > 0) as ClusterNode;
    const [replica] = cluster.replicasOf(master);
    const slot = (master.slots[0] as readonly [number, number])[0];
    const pid = master.pid;
    await master.kill();
    expect(isProcessAlive(pid)).toBe(false);
    const started = Date.now();
    const promoted = await cluster.waitForFailover(master);
    console.log(`kill → failover agreed in ${Date.now() - started} ms (node timeout ${cluster.nodeTimeoutMs} ms)`);
    expect(promoted.id).toBe(replica?.id);
    expect(cluster.slotOwner(slot).id).toBe(promoted.id);
    expect(cluster.masters().map((m) => m.id)).not.toContain(master.id);

    await master.restart();
    await cluster.waitForStable();
    expect(master.role).toBe('replica');
    expect(master.masterId).toBe(promoted.id);
  });

  it('pause() a master: waitForFailover() sees a replica take over; resume() rejoins it as a replica', async () => {
    const master = cluster.masters().find((m) => cluster.replicasOf(m).length > 0) as ClusterNode;
    await master.pause();
    const promoted = await cluster.waitForFailover(master);
    expect(promoted.role).toBe('master');
    await master.resume();
    await cluster.waitForStable();
    expect(master.role).toBe('replica');
    expect(master.masterId).toBe(promoted.id);
  });

  it('pause() a replica: it is flagged failed; resume() brings it back', async () => {
    const replica = cluster.replicas()[0] as ClusterNode;
    await replica.pause();
    await cluster.waitForStable(); // stable = the live nodes agree it is failed
    expect(cluster.replicas().map((r) => r.id)).not.toContain(replica.id);
    await replica.resume();
    await cluster.waitForStable();
    expect(cluster.replicas().map((r) => r.id)).toContain(replica.id);
  });
});
