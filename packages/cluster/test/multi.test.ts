import { sharedCluster, startFaultProxy, type FaultProxy, type SharedClusterNode } from '@x/test-utils';
import { ConnectionLostError, CrossSlotError, createCluster, keySlot, MultiErrorReply, ReplyError, RESP_TYPES, type RedisClusterType } from '../src';

// Transactions and pipelines on the shared cluster (nothing here changes its topology; MOVED and
// ASK are in multi-redirect.test.ts).
const shared = sharedCluster();
const rootNodes = shared.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));
const prefix = `multi:${process.pid}:`;

/** A hash tag whose slot is owned by `master`. */
function tagOwnedBy(master: SharedClusterNode): string {
  for (let i = 0; ; i++) {
    const tag = `{${prefix}${i}}`;
    if (shared.slotOwner(keySlot(tag)).port === master.port) return tag;
  }
}

describe('multi()', () => {
  let cluster: RedisClusterType;
  beforeAll(async () => {
    cluster = await createCluster({ rootNodes }).connect();
  });
  afterAll(async () => {
    await cluster.close();
  });

  it('runs a transaction on the master owning its slot, with each reply transformed and typed', async () => {
    const tag = `{${prefix}t}`;
    await cluster.del(`${tag}n`);
    const [set, value, incremented, hash] = await cluster
      .multi()
      .set(`${tag}a`, 'v')
      .get(`${tag}a`)
      .incr(`${tag}n`)
      .hGetAll(`${tag}missing`)
      .exec<'typed'>();
    expect(set).toBe('OK');
    expect(value).toBe('v');
    expect(incremented).toBe(1);
    expect(hash).toEqual({});
    const owner = shared.slotOwner(keySlot(tag));
    expect(await owner.command('GET', `${tag}a`)).toBe('v');
    // node-redis's spelling, and the generic form.
    expect(await cluster.MULTI().get(`${tag}a`).EXEC()).toEqual(['v']);
  });

  it('every multi() and every view share one class; a view\'s type mapping applies to its own multi', async () => {
    const Multi = Object.getPrototypeOf(cluster.multi()) as object;
    expect(Object.getPrototypeOf(cluster.multi())).toBe(Multi);
    expect(Object.getPrototypeOf(cluster.withTypeMapping({}).multi())).toBe(Multi);
    // The view's options still apply to its own multi.
    const tag = `{${prefix}view}`;
    await cluster.set(`${tag}a`, 'v');
    expect(await cluster.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).multi().get(`${tag}a`).exec()).toEqual([Buffer.from('v')]);
    expect(await cluster.multi().get(`${tag}a`).exec()).toEqual(['v']);
  });

  it('runs a keyless transaction on a master', async () => {
    expect(await cluster.multi().ping().echo('hi').exec()).toEqual(['PONG', 'hi']);
    expect(await cluster.multi().exec()).toEqual([]);
  });

  it('rejects with a MultiErrorReply when a command fails at run time; the others ran', async () => {
    const tag = `{${prefix}e}`;
    await cluster.set(`${tag}s`, 'text');
    const error = await cluster.multi().incr(`${tag}s`).set(`${tag}after`, '1').exec().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MultiErrorReply);
    expect((error as MultiErrorReply).errorIndexes).toEqual([0]);
    expect((error as MultiErrorReply).replies[1]).toBe('OK');
    expect(await cluster.get(`${tag}after`)).toBe('1');
  });

  it('rejects with the refusal (as node-redis) when the server refuses a command while queueing; nothing ran', async () => {
    const tag = `{${prefix}q}`;
    await cluster.del(`${tag}x`);
    const error = await cluster.multi().set(`${tag}x`, '1').addCommand(['SET', `${tag}y`]).exec().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReplyError);
    expect((error as ReplyError).code).toBe('ERR');
    expect((error as ReplyError).message).toMatch(/^ERR wrong number of arguments/);
    expect(await cluster.get(`${tag}x`)).toBeNull();
  });

  it('refuses keys of different slots with a CrossSlotError before anything is sent', async () => {
    // Named connections, so the test finds them on the servers; no periodic refresh to send anything.
    const name = `crossslot-${process.pid}`;
    const named = await createCluster({ rootNodes, defaults: { name }, topologyRefreshInterval: 0 }).connect();
    try {
      // Mark every connection with a last command of our own choosing.
      for (const master of named.masters) await (await named.nodeClient(master)).echo('marker');
      const before = await namedConnections(name);
      expect(before.length).toBe(named.masters.length);
      expect(before.every((c) => c.cmd === 'echo' && c.multi === '-1')).toBe(true);

      const a = `${prefix}cross:a`;
      const b = [1, 2, 3, 4, 5].map((i) => `${prefix}cross:b${i}`).find((key) => keySlot(key) !== keySlot(a))!;
      const error = await named.multi().set(a, '1').set(b, '2').exec().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CrossSlotError);
      expect((error as CrossSlotError).code).toBe('ERR_CROSS_SLOT');
      expect((error as CrossSlotError).slots.sort()).toEqual([keySlot(a), keySlot(b)].sort());
      expect((error as Error).message).toContain(a);
      expect((error as Error).message).toContain('nothing was sent');
      // A second round trip on every connection, so anything the multi wrote would have been read.
      await Promise.all(named.masters.map(async (master) => (await named.nodeClient(master)).echo('marker')));

      // Every connection's last command is still our marker: no MULTI, SET or EXEC reached a node.
      const after = await namedConnections(name);
      expect(after.map((c) => [c.id, c.cmd, c.multi])).toEqual(before.map((c) => [c.id, 'echo', '-1']));
      expect(await shared.slotOwner(keySlot(a)).command('EXISTS', a)).toBe(0);
      expect(await shared.slotOwner(keySlot(b)).command('EXISTS', b)).toBe(0);
    } finally {
      await named.close();
    }
  });

  it('fails fast (no redirect loop) when a raw command of the transaction has a key of another slot', async () => {
    const a = `${prefix}raw:a`;
    const b = [1, 2, 3, 4, 5].map((i) => `${prefix}raw:b${i}`).find((key) => shared.slotOwner(keySlot(key)) !== shared.slotOwner(keySlot(a)))!;
    const moved = cluster.stats.moved;
    const error = await cluster.multi().set(a, '1').addCommand(['SET', b, '2']).exec().catch((e: unknown) => e);
    // The server refused the raw SET (MOVED, while queueing): nothing ran, and it was not followed.
    expect(error).toBeInstanceOf(ReplyError);
    expect((error as ReplyError).code).toBe('MOVED');
    expect(cluster.stats.moved).toBe(moved);
    expect(await cluster.exists([a])).toBe(0);
  });

  it("routes raw commands as node-redis: multi(routing), addCommand(firstKey, isReadonly, args), sendCommand(args, { firstKey }) — no redirect needed", async () => {
    const key = `${prefix}raw-routed`;
    const before = cluster.stats.moved;
    // Several runs: a random master would answer MOVED two times in three.
    for (let i = 0; i < 6; i++) {
      expect(await cluster.multi(key).addCommand(['SET', key, `a${i}`]).exec()).toEqual(['OK']);
      expect(await cluster.multi().addCommand(key, false, ['SET', key, `b${i}`]).addCommand(key, true, ['GET', key]).exec()).toEqual(['OK', `b${i}`]);
      expect(await cluster.multi().sendCommand(['INCR', `${key}:n`], { firstKey: `${key}:n` }).exec()).toEqual([i + 1]);
      expect(await cluster.multi().addCommand(key, true, ['GET', key]).execAsPipeline()).toEqual([`b${i}`]);
    }
    expect(cluster.stats.moved).toBe(before);
  });

  it('with a keyPrefix, multi(routing) routes by the prefixed key (as node-redis), a raw firstKey as given', async () => {
    const prefixed = await createCluster({ rootNodes, keyPrefix: `${prefix}p:` }).connect();
    try {
      const before = prefixed.stats.moved;
      for (let i = 0; i < 6; i++) {
        const key = `routed${i}`;
        expect(await prefixed.multi(key).addCommand([`SET`, `${prefix}p:${key}`, 'v']).exec()).toEqual(['OK']);
        expect(await prefixed.multi().addCommand(`${prefix}p:${key}`, true, ['GET', `${prefix}p:${key}`]).exec()).toEqual(['v']);
      }
      expect(prefixed.stats.moved).toBe(before);
    } finally {
      await prefixed.close();
    }
  });

  it('a raw command’s firstKey counts in the cross-slot check', async () => {
    const [a, b] = shared.masters().slice(0, 2).map(tagOwnedBy);
    await expect(cluster.multi().set(`${a}k`, '1').addCommand(`${b}k`, false, ['SET', `${b}k`, '1']).exec()).rejects.toBeInstanceOf(CrossSlotError);
  });

  it('execAsPipeline runs each command on the master of its own slot, in order', async () => {
    const keys = shared.masters().map((master) => `${tagOwnedBy(master)}p`);
    const multi = cluster.multi();
    for (const [i, key] of keys.entries()) multi.set(key, String(i));
    for (const key of keys) multi.get(key);
    const replies = await multi.execAsPipeline();
    expect(replies).toEqual([...keys.map(() => 'OK'), ...keys.map((_, i) => String(i))]);
    for (const [i, key] of keys.entries()) expect(await shared.slotOwner(keySlot(key)).command('GET', key)).toBe(String(i));

    await cluster.set(`${keys[0]}s`, 'text');
    const error = await cluster.multi().get(keys[1]!).incr(`${keys[0]}s`).exec(true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MultiErrorReply);
    expect((error as MultiErrorReply).errorIndexes).toEqual([1]);
    expect((error as MultiErrorReply).replies[0]).toBe('1');
  });
});

interface ClientListEntry {
  id: string;
  cmd: string;
  multi: string;
}

/** Our named connections on every master (CLIENT LIST, parsed). */
async function namedConnections(name: string): Promise<ClientListEntry[]> {
  const lists = await Promise.all(shared.masters().map((master) => master.text('CLIENT', 'LIST')));
  const entries: ClientListEntry[] = [];
  for (const line of lists.join('\n').split('\n')) {
    const fields = new Map(line.trim().split(' ').map((pair) => pair.split('=') as [string, string]));
    if (fields.get('name') !== name) continue;
    entries.push({ id: fields.get('id')!, cmd: fields.get('cmd')!, multi: fields.get('multi')! });
  }
  return entries.sort((x, y) => Number(x.id) - Number(y.id));
}

describe('a transaction whose connection drops after EXEC was written', () => {
  let proxy: FaultProxy;
  let cluster: RedisClusterType;
  const master = shared.masters()[0]!;
  beforeAll(async () => {
    // Every connection to this master goes through a proxy the test can cut.
    proxy = await startFaultProxy({ targetPort: master.port });
    cluster = await createCluster({
      rootNodes,
      nodeAddressMap: { [`127.0.0.1:${master.port}`]: { host: '127.0.0.1', port: proxy.port } },
    }).connect();
  });
  afterAll(async () => {
    await cluster.close();
    await proxy.stop();
  });

  it('is rejected as may-have-run, and never run again', async () => {
    const tag = tagOwnedBy(master);
    await cluster.del(`${tag}n`);
    const retries = cluster.stats.retries;
    proxy.pause(); // the bytes reach the proxy (written, for the client) but not the server
    const exec = cluster.multi().incr(`${tag}n`).exec().catch((e: unknown) => e);
    // The write is flushed on the next tick; a macrotask later it is on the socket.
    await new Promise((resolve) => setImmediate(resolve));
    const ready = new Promise<void>((resolve) => cluster.once('node-ready', () => resolve()));
    proxy.dropConnections();
    const error = await exec;
    expect(error).toBeInstanceOf(ConnectionLostError);
    expect((error as ConnectionLostError).sent).toBe(true);
    expect(cluster.stats.retries).toBe(retries);

    proxy.resume();
    await ready; // reconnected: a re-run would have gone out by now, ahead of this GET
    expect(await cluster.get(`${tag}n`)).toBeNull();
    expect(await master.command('EXISTS', `${tag}n`)).toBe(0);
  });
});
