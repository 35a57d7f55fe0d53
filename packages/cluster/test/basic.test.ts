import { sharedCluster, sharedServer } from '@x/test-utils';
import {
  ClientClosedError,
  ClusterConnectError,
  createCluster,
  InvalidOptionError,
  keySlot,
  NotClusterModeError,
  ReplyError,
  type RedisClusterType,
} from '../src';

const shared = sharedCluster();
const rootNodes = shared.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));

describe('the clustering docs example', () => {
  it('works verbatim', async () => {
    const errors: unknown[] = [];
    const cluster = await createCluster({ rootNodes })
      .on('error', (err) => errors.push(err))
      .connect();

    await cluster.set('key', 'value');
    const value = await cluster.get('key');
    await cluster.close();

    expect(value).toBe('value');
    expect(errors).toEqual([]);
  });
});

describe('routing', () => {
  let cluster: RedisClusterType;
  beforeAll(async () => {
    cluster = await createCluster({ rootNodes }).connect();
  });
  afterAll(async () => {
    await cluster.close();
  });

  it('writes and reads 10k keys spread over all slots, each landing on its slot owner', async () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `basic:${i}`);
    await Promise.all(keys.map((key, i) => cluster.set(key, String(i))));
    const values = await Promise.all(keys.map((key) => cluster.get(key)));
    values.forEach((v, i) => expect(v).toBe(String(i)));
    // Every master holds some of them, and each key is on the master that owns its slot.
    const sample = keys.filter((_, i) => i % 500 === 0);
    for (const key of sample) {
      const owner = shared.slotOwner(keySlot(key));
      expect(await owner.command('GET', key)).not.toBeNull();
    }
    const slotsUsed = new Set(keys.map((key) => keySlot(key)));
    expect(slotsUsed.size).toBeGreaterThan(5_000);
  });

  it('routes keys with a hash tag to one slot', async () => {
    await cluster.mSet([['{tag}a', '1'], ['{tag}b', '2']]);
    expect(await cluster.mGet(['{tag}a', '{tag}b'])).toEqual(['1', '2']);
  });

  it('sends keyless commands to a master', async () => {
    expect(await cluster.ping()).toBe('PONG');
    expect(await cluster.sendCommand(undefined, true, ['ECHO', 'x'])).toBe('x');
  });

  it('exposes the topology: masters, replicas, slots, nodeByAddress, getSlotMaster', async () => {
    expect(cluster.masters).toHaveLength(3);
    expect(cluster.replicas).toHaveLength(3);
    expect(cluster.slots).toHaveLength(16384);
    expect(cluster.slots.every((s) => s !== undefined)).toBe(true);
    const slot = keySlot('key');
    const master = cluster.getSlotMaster(slot);
    expect(master.port).toBe(shared.slotOwner(slot).port);
    expect(cluster.nodeByAddress.get(master.address)).toBe(master);
    expect(cluster.getSlotRandomNode(slot)).toBeDefined();
    const node = cluster.getRandomNode();
    const client = await cluster.nodeClient(node);
    expect(await client.ping()).toBe('PONG');
  });

  it('rejects a server error with its ReplyError', async () => {
    await cluster.set('basic:str', 'x');
    await expect(cluster.lPush('basic:str', 'y')).rejects.toMatchObject({ code: 'WRONGTYPE' });
    await expect(cluster.lPush('basic:str', 'y')).rejects.toBeInstanceOf(ReplyError);
  });
});

describe('lifecycle', () => {
  it('refuses commands before connect() and after close() with a clear error', async () => {
    const cluster = createCluster({ rootNodes });
    await expect(cluster.get('x')).rejects.toBeInstanceOf(ClientClosedError);
    await cluster.connect();
    await cluster.close();
    await expect(cluster.get('x')).rejects.toThrow(/closed/);
  });

  it('close() leaves no socket or timer that would keep the process alive; destroy() too', async () => {
    const handles = (): number => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap' || r === 'Timeout').length;
    const before = handles();
    for (const end of ['close', 'destroy'] as const) {
      const cluster = await createCluster({ rootNodes, topologyRefreshInterval: 1_000 }).connect();
      await cluster.set('basic:exit', '1');
      if (end === 'close') await cluster.close();
      else cluster.destroy();
      const deadline = Date.now() + 5_000;
      while (handles() > before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(handles()).toBeLessThanOrEqual(before);
    }
  });

  it('commands issued during connect() wait for it', async () => {
    const cluster = createCluster({ rootNodes });
    const connecting = cluster.connect();
    const value = cluster.set('basic:during-connect', 'v');
    await connecting;
    expect(await value).toBe('OK');
    await cluster.close();
  });

  it('emits connect and disconnect, and node events for each node connection', async () => {
    const events: string[] = [];
    const cluster = createCluster({ rootNodes });
    for (const e of ['connect', 'disconnect', 'node-connect', 'node-ready'] as const) cluster.on(e, () => events.push(e));
    await cluster.connect();
    await cluster.close();
    expect(events.filter((e) => e === 'node-ready')).toHaveLength(3);
    expect(events.filter((e) => e === 'node-connect')).toHaveLength(3);
    expect(events[events.length - 1]).toBe('disconnect');
    expect(events).toContain('connect');
  });

  it('rejects connect() with each root node\'s reason when none answers', async () => {
    const cluster = createCluster({ rootNodes: [{ socket: { host: '127.0.0.1', port: 1 } }, { url: 'redis://127.0.0.1:2' }] });
    const error = await cluster.connect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterConnectError);
    expect((error as ClusterConnectError).errors).toHaveLength(2);
    expect((error as Error).message).toMatch(/127\.0\.0\.1:1: .*ECONNREFUSED/);
  });

  it('says clearly when a root node is not in cluster mode', async () => {
    const server = sharedServer();
    const cluster = createCluster({ rootNodes: [{ socket: { host: server.host, port: server.port } }] });
    await expect(cluster.connect()).rejects.toBeInstanceOf(NotClusterModeError);
    await expect(createCluster({ rootNodes: [{ socket: { host: server.host, port: server.port } }] }).connect()).rejects.toThrow(/not in cluster mode/);
  });

  it('throws an InvalidOptionError naming the option', () => {
    expect(() => createCluster({ rootNodes: [] })).toThrow(InvalidOptionError);
    expect(() => createCluster({ rootNodes: [] })).toThrow(/rootNodes/);
    expect(() => createCluster({ rootNodes, maxCommandRedirections: -1 })).toThrow(/maxCommandRedirections/);
    expect(() => createCluster({ rootNodes, useReplicas: 'yes' as unknown as boolean })).toThrow(/useReplicas/);
    expect(() => createCluster({ rootNodes, nodeAddressMap: { 'a:1': { host: '', port: 1 } } })).toThrow(/nodeAddressMap/);
  });
});
