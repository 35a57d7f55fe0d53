import { ft as redisearch12 } from '@x/search';
import { sharedCluster, sharedServer } from '@x/test-utils';
import { createClient, createClientPool, createCluster, DEFAULT_MODULES, ErrorReply, keySlot, type RedisClusterType, type RedisDefaultModules } from '../src';

// The module namespaces node-redis's `redis` package bundles (json, ft, ts, bf, cf, cms, topK,
// tDigest) come with @x/cluster's createClient, createClientPool and createCluster, as with `redis`'s.
// The servers here run none of those modules, so a module command is answered "unknown command" —
// which names the command and its first arguments, and is counted in the errorstats of the node that
// answered: enough to show, on real servers, what was sent and where. (The definitions themselves are
// compared with node-redis's in @x/conformance.)

const shared = sharedCluster();
const rootNodes = () => shared.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));
const NAMESPACES = ['bf', 'cf', 'cms', 'topK', 'tDigest', 'json', 'ft', 'ts'];

/** `ERR` replies a node has answered so far (INFO errorstats), read through the harness. */
async function errCount(port: number): Promise<number> {
  const node = shared.masters().find((n) => n.port === port)!;
  const info = String(await node.command('INFO', 'errorstats'));
  return Number(/errorstat_ERR:count=(\d+)/.exec(info)?.[1] ?? 0);
}

describe('createCluster', () => {
  let cluster: RedisClusterType<RedisDefaultModules>;
  beforeAll(async () => {
    cluster = await createCluster({ rootNodes: rootNodes() }).on('error', () => undefined).connect();
  });
  afterAll(() => cluster.close());

  it('has every bundled namespace, on the cluster and its multi()', () => {
    for (const ns of NAMESPACES) {
      expect([ns, typeof (cluster as unknown as Record<string, unknown>)[ns]]).toEqual([ns, 'object']);
      expect([ns, typeof (cluster.multi() as unknown as Record<string, unknown>)[ns]]).toEqual([ns, 'object']);
    }
    expect(Object.keys(DEFAULT_MODULES).sort()).toEqual([...NAMESPACES].sort());
  });

  it("sends a module command to the master of its key's slot, with node-redis's arguments", async () => {
    const key = 'modules:{routing}';
    const owner = shared.slotOwner(keySlot(key));
    const before = await Promise.all(shared.masters().map((n) => errCount(n.port)));
    const error = await cluster.json.get(key, { path: '$.a' }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorReply);
    expect((error as Error).message).toMatch(/unknown command 'JSON\.GET', with args beginning with: '\{?modules:\{routing\}'? '\$\.a'/);
    const after = await Promise.all(shared.masters().map((n) => errCount(n.port)));
    const answered = shared.masters().filter((_n, i) => after[i]! > before[i]!).map((n) => n.port);
    expect(answered).toEqual([owner.port]);
  });

  it('a module command in multi() is queued like any other (the server refuses the transaction)', async () => {
    const key = 'modules:{multi}';
    const error = await cluster.multi().set(key, '1').ts.add(key, 1, 2).exec().then(() => undefined, (e: unknown) => e);
    expect(String((error as Error)?.message)).toMatch(/^ERR unknown command 'TS\.ADD', with args beginning with: 'modules:\{multi\}' '1' '2'/);
  });

  it('a module of the caller’s own under a bundled name replaces it (@x/search’s RediSearch 1.2 `ft`)', () => {
    const withOwn = createCluster({ rootNodes: rootNodes(), modules: { ft: redisearch12 } });
    expect(typeof withOwn.ft.add).toBe('function'); // FT.ADD: RediSearch 1.2's only
    expect(typeof withOwn.json.get).toBe('function');
  });
});

describe('createClient and createClientPool', () => {
  const url = () => `redis://127.0.0.1:${sharedServer().port}`;

  it("createClient's namespaces send the module's command", async () => {
    const client = await createClient({ url: url() }).on('error', () => undefined).connect();
    try {
      for (const ns of NAMESPACES) expect([ns, typeof (client as unknown as Record<string, unknown>)[ns]]).toEqual([ns, 'object']);
      await expect(client.bf.add('modules:bf', 'item')).rejects.toThrow(/unknown command 'BF\.ADD', with args beginning with: 'modules:bf' 'item'/);
    } finally {
      await client.close();
    }
  });

  it("createClientPool's namespaces send the module's command", async () => {
    const pool = (await createClientPool({ url: url() }).on('error', () => undefined).connect())!;
    try {
      await expect(pool.cms.query('modules:cms', 'a')).rejects.toThrow(/unknown command 'CMS\.QUERY', with args beginning with: 'modules:cms' 'a'/);
    } finally {
      await pool.close();
    }
  });

  it("does not change the caller's options object", () => {
    const options = { url: url() };
    createClient(options);
    expect(options).toEqual({ url: url() });
  });
});
