// The commands that change a server's role or a cluster's topology, run live on servers and a cluster
// this file starts and stops itself (never on the shared ones): the same call on node-redis and on x,
// each against the same state, replies compared; and the state each call left checked.
import { createClient as createXClient } from '@x/client';
import { createCluster as createXCluster } from '@x/cluster';
import { done, notYet, startCluster, startRedisServer, waitFor, type RedisCluster, type RedisServer } from '@x/test-utils';
import { canonical } from './support/canonical';
import { oracle } from './support/oracle';
import { structure } from './support/reply-shape';

type Methods = Record<string, (...args: unknown[]) => Promise<unknown>> & { close(): Promise<unknown> };

/** A node-redis client and an x client of one server, in one protocol. */
async function clientsOf(port: number, RESP: 2 | 3): Promise<{ nr: Methods; x: Methods }> {
  const url = `redis://127.0.0.1:${port}`;
  const nr = oracle.redis.createClient({ url, RESP }).on('error', () => undefined);
  const x = createXClient({ url, RESP }).on('error', () => undefined);
  await Promise.all([nr.connect(), x.connect()]);
  return { nr: nr as unknown as Methods, x: x as unknown as Methods };
}

async function settle(call: () => Promise<unknown>): Promise<unknown> {
  try {
    return { ok: canonical(await call()) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('on a cluster of its own', () => {
  let cluster: RedisCluster;
  const open: Methods[] = [];

  beforeAll(async () => {
    cluster = await startCluster({ masters: 3, replicas: 0 });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(open.map((c) => c.close().catch(() => undefined)));
    await cluster?.stop();
  });

  async function pair(port: number, RESP: 2 | 3 = 3) {
    const clients = await clientsOf(port, RESP);
    open.push(clients.nr, clients.x);
    return clients;
  }

  /** The `[slot-<-id]` / `[slot->-id]` marks of `CLUSTER NODES` on a node: the open migrations. */
  async function openMigrations(port: number): Promise<string[]> {
    const node = cluster.nodes.find((n) => n.port === port)!;
    const text = await node.text('CLUSTER', 'NODES');
    return text.match(/\[\d+-[<>]-[0-9a-f]+\]/g) ?? [];
  }

  it('CLUSTER SETSLOT IMPORTING / MIGRATING / STABLE in node-redis\u2019s form: the same replies and state', async () => {
    const [a, b] = cluster.masters();
    const slot = a!.slots[0]![0];
    const { nr, x } = await pair(b!.port);
    for (const side of [nr, x]) {
      expect(await side.clusterSetSlot(slot, 'IMPORTING', a!.id)).toBe('OK');
      expect(await openMigrations(b!.port)).toEqual([`[${slot}-<-${a!.id}]`]);
      expect(await side.clusterSetSlot(slot, 'STABLE')).toBe('OK');
      expect(await openMigrations(b!.port)).toEqual([]);
    }
    // x's earlier { type, value } form sends the same command.
    expect(await x.clusterSetSlot(slot, { type: 'IMPORTING', value: a!.id })).toBe('OK');
    expect(await openMigrations(b!.port)).toEqual([`[${slot}-<-${a!.id}]`]);
    expect(await x.clusterSetSlot(slot, 'STABLE')).toBe('OK');
    const owner = await pair(a!.port);
    for (const side of [owner.nr, owner.x]) {
      expect(await side.clusterSetSlot(slot, 'MIGRATING', b!.id)).toBe('OK');
      expect(await openMigrations(a!.port)).toEqual([`[${slot}->-${b!.id}]`]);
      expect(await side.clusterSetSlot(slot, 'STABLE')).toBe('OK');
    }
    // Errors alike: an unknown node.
    const unknown = '0000000000000000000000000000000000000000';
    expect(await settle(() => x.clusterSetSlot(slot, 'NODE', unknown))).toEqual(await settle(() => nr.clusterSetSlot(slot, 'NODE', unknown)));
  });

  it('CLUSTER DELSLOTS / ADDSLOTS / DELSLOTSRANGE / ADDSLOTSRANGE: the same replies, the slot back where it was', async () => {
    const [a] = cluster.masters();
    const [start, end] = a!.slots[0]!;
    const { nr, x } = await pair(a!.port);
    for (const side of [nr, x]) {
      expect(await side.clusterDelSlots(start)).toBe('OK');
      expect(await side.clusterAddSlots([start])).toBe('OK');
      expect(await side.clusterDelSlotsRange({ start, end: start + 1 })).toBe('OK');
      expect(await side.clusterAddSlotsRange([{ start, end: start + 1 }])).toBe('OK');
    }
    expect(await settle(() => x.clusterAddSlots(start))).toEqual(await settle(() => nr.clusterAddSlots(start)));
    await cluster.waitForStable();
    expect(cluster.slotOwner(start).id).toBe(a!.id);
    expect(cluster.slotOwner(end).id).toBe(a!.id);
  });

  it("ACL SETUSER on the cluster: x sends it to one node (Redis 7.0 tips), node-redis to every node (Redis 8's) — a difference kept", async () => {
    const rootNodes = cluster.masters().map((n) => ({ url: `redis://127.0.0.1:${n.port}` }));
    const nr = oracle.redis.createCluster({ rootNodes }).on('error', () => undefined);
    const x = createXCluster({ rootNodes }).on('error', () => undefined);
    await Promise.all([nr.connect(), x.connect()]);
    const knowing = async (user: string) => {
      const replies = await Promise.all(cluster.nodes.map((n) => n.command('ACL', 'GETUSER', user)));
      return replies.filter((r) => r !== null).length;
    };
    try {
      expect(await nr.aclSetUser('cmdd-nr', 'on')).toBe('OK');
      expect(await x.aclSetUser('cmdd-x', 'on')).toBe('OK');
      expect(await knowing('cmdd-nr')).toBe(cluster.nodes.length);
      expect(await knowing('cmdd-x')).toBe(1);
    } finally {
      await Promise.all(cluster.nodes.map((n) => n.command('ACL', 'DELUSER', 'cmdd-nr', 'cmdd-x')));
      await Promise.all([nr.close(), x.close()]);
    }
  });

  it('CLUSTER BUMPEPOCH, SAVECONFIG, COUNT-FAILURE-REPORTS, REPLICAS: the same replies', async () => {
    const [a, b] = cluster.masters();
    const { nr, x } = await pair(a!.port);
    // BUMPED the first time, STILL once the epoch is the greatest: the reply depends on the state.
    for (const side of [nr, x]) expect(await side.clusterBumpEpoch()).toMatch(/^(BUMPED|STILL) \d+$/);
    expect(await x.clusterSaveConfig()).toBe(await nr.clusterSaveConfig());
    expect(await x['CLUSTER_COUNT-FAILURE-REPORTS']!(b!.id)).toBe(await nr['CLUSTER_COUNT-FAILURE-REPORTS']!(b!.id));
    expect(await x.clusterReplicas(b!.id)).toEqual(await nr.clusterReplicas(b!.id));
    await cluster.waitForStable();
  });
});

describe('on standalone servers of its own', () => {
  let master: RedisServer;
  let replica: RedisServer;
  const open: Methods[] = [];

  beforeAll(async () => {
    [master, replica] = await Promise.all([startRedisServer(), startRedisServer()]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(open.map((c) => c.close().catch(() => undefined)));
    await Promise.all([master?.stop(), replica?.stop()]);
  });

  async function pair(port: number, RESP: 2 | 3) {
    const clients = await clientsOf(port, RESP);
    open.push(clients.nr, clients.x);
    return clients;
  }

  /** The replica is synced and its master lists it online. */
  async function linkUp(): Promise<void> {
    await waitFor('the replica to sync', async () => ((await replica.info('replication')).master_link_status === 'up' ? done(true) : notYet('link down')), { timeoutMs: 20_000 });
    await waitFor('the master to list its replica online', async () => (/state=online/.test((await master.info('replication')).slave0 ?? '') ? done(true) : notYet('not listed')), { timeoutMs: 20_000 });
  }

  it.each([3, 2] as const)('REPLICAOF host port, ROLE of a replica and of its master, REPLICAOF NO ONE (RESP%d)', async (resp) => {
    const { nr, x } = await pair(replica.port, resp);
    const onMaster = await pair(master.port, resp);
    for (const side of [nr, x]) {
      expect(await side.replicaOf('NO', 'ONE')).toBe('OK');
      expect(await side.replicaOf('127.0.0.1', master.port)).toBe('OK');
      await linkUp();
    }
    const [xRole, nrRole] = [await x.role(), await nr.role()];
    expect(xRole).toEqual(expect.objectContaining({ role: 'slave', master: { host: '127.0.0.1', port: master.port }, state: 'connected' }));
    expect(structure(xRole)).toEqual(structure(nrRole));
    // The master lists its replica: host, port and offset as node-redis shapes them (numbers).
    const [xMaster, nrMaster] = [await onMaster.x.role(), await onMaster.nr.role()];
    expect(structure(xMaster)).toEqual(structure(nrMaster));
    expect((xMaster as { replicas: Array<{ port: number }> }).replicas.map((r) => typeof r.port)).toEqual(['number']);
    // x's earlier object form, then node-redis's NO ONE.
    expect(await x.replicaOf({ type: 'no-one' })).toBe('OK');
    expect(await x.replicaOf({ type: 'host-port', host: '127.0.0.1', port: master.port })).toBe('OK');
    for (const side of [nr, x]) expect(await side.replicaOf('NO', 'ONE')).toBe('OK');
    expect((await x.role() as { role: string }).role).toBe('master');
  }, 60_000);

  it('BGSAVE, BGREWRITEAOF, CONFIG REWRITE, MODULE LOAD / UNLOAD: the same replies, one after the other', async () => {
    const { nr, x } = await pair(master.port, 3);
    const idle = async () =>
      waitFor(
        'no background child',
        async () => {
          const info = await master.info('persistence');
          return info.rdb_bgsave_in_progress === '0' && info.aof_rewrite_in_progress === '0' && info.aof_rewrite_scheduled === '0' ? done(true) : notYet('busy');
        },
        { timeoutMs: 20_000 },
      );
    for (const call of [(s: Methods) => s.bgSave(), (s: Methods) => s.bgRewriteAof(), (s: Methods) => s.configRewrite()]) {
      await idle();
      const nrReply = await settle(() => call(nr));
      await idle();
      expect(await settle(() => call(x))).toEqual(nrReply);
    }
    await idle();
    const scheduled = await settle(() => nr.bgSave({ SCHEDULE: true }));
    await idle();
    expect(await settle(() => x.bgSave({ SCHEDULE: true }))).toEqual(scheduled);
    await idle();
    expect(await settle(() => x.moduleLoad('/nonexistent/cmdd.so', ['a']))).toEqual(await settle(() => nr.moduleLoad('/nonexistent/cmdd.so', ['a'])));
    expect(await settle(() => x.moduleUnload('cmdd'))).toEqual(await settle(() => nr.moduleUnload('cmdd')));
  }, 60_000);
});
