import net from 'node:net';
import { inspect } from 'node:util';
import { done, notYet, startCluster, waitFor, type RedisCluster as TestCluster } from '@x/test-utils';
import {
  createCluster,
  CredentialsError,
  keySlot,
  RedirectToUnknownNodeError,
  ReplyError,
  type BasicAuth,
  type StreamingCredentialsListener,
  type StreamingCredentialsProvider,
} from '../src';

// ACL users through `defaults` and through a root node URL, and a TLS cluster.
jest.setTimeout(120_000);

describe('ACL', () => {
  let servers: TestCluster;
  beforeAll(async () => {
    servers = await startCluster({
      masters: 3,
      replicas: 0,
      acl: [
        { username: 'default', rules: 'off' },
        { username: 'app', password: 'app-secret', rules: '~* &* +@all' },
        { username: 'ops', password: 'ops/secret:1', rules: '~* &* +@all' },
        { username: 'noscan', password: 'noscan-secret', rules: '~* &* +@all -scan' },
        { username: 'nonodes', password: 'nonodes-secret', rules: '~* &* +@all -cluster|nodes' },
        { username: 'noshards', password: 'noshards-secret', rules: '~* &* +@all -cluster|shards' },
        { username: 'rotating', password: 'rot-old', rules: '~* &* +@all' },
        { username: 'cp', password: 'cp-1', rules: '~* &* +@all' },
      ],
    });
  });
  afterAll(async () => {
    await servers?.stop();
  });

  it('authenticates every node connection with the user given in defaults', async () => {
    const cluster = await createCluster({
      rootNodes: [{ socket: { host: '127.0.0.1', port: servers.nodes[0]!.port } }],
      defaults: { username: 'app', password: 'app-secret' },
    }).connect();
    const keys = Array.from({ length: 100 }, (_, i) => `acl:${i}`);
    await Promise.all(keys.map((k) => cluster.set(k, k)));
    expect(await Promise.all(keys.map((k) => cluster.get(k)))).toEqual(keys);
    for (const master of cluster.masters) expect(await (await cluster.nodeClient(master)).sendCommand(['ACL', 'WHOAMI'])).toBe('app');
    await cluster.close();
  });

  it('applies a root node URL\'s user to that node\'s connection, and defaults to the others', async () => {
    const root = servers.nodes[0]!;
    const cluster = await createCluster({
      rootNodes: [{ url: `redis://ops:${encodeURIComponent('ops/secret:1')}@127.0.0.1:${root.port}` }],
      defaults: { username: 'app', password: 'app-secret' },
    }).connect();
    for (const master of cluster.masters) {
      const whoami = await (await cluster.nodeClient(master)).sendCommand(['ACL', 'WHOAMI']);
      expect(whoami).toBe(master.port === root.port ? 'ops' : 'app');
    }
    expect(await cluster.set('acl:x', '1')).toBe('OK');
    await cluster.close();
  });

  // A failure no pass can get past ends the scan with that error at once (it was 30 s of retries, then
  // a ScanIncompleteError without a cause); a CLUSTER NODES that fails is not "nothing migrating".
  it.each([
    ['SCAN', 'noscan'],
    ['CLUSTER NODES (whether slots are migrating)', 'nonodes'],
  ])('scanIterator rejects with NOPERM at once when %s is refused', async (_what, username) => {
    const cluster = await createCluster({
      rootNodes: [{ socket: { host: '127.0.0.1', port: servers.nodes[0]!.port } }],
      defaults: { username, password: `${username}-secret` },
    }).connect();
    try {
      await cluster.set('acl:scan', '1');
      const error = await (async () => {
        for await (const _keys of cluster.scanIterator({ MATCH: 'acl:*' })) {
          // only the outcome matters
        }
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReplyError);
      expect((error as ReplyError).code).toBe('NOPERM');
    } finally {
      await cluster.close();
    }
  });

  // Issue 13 item 4: a MOVED/ASK to any host:port got `HELLO 3 AUTH user password`, once per bounce.
  // A real node answers the redirect here (a script's error reply); the address is a `net` server
  // that records every byte it gets.
  it.each(['MOVED', 'ASK'])('a %s to an address that is not a member opens no connection there and names it', async (kind) => {
    const received: Buffer[] = [];
    let connections = 0;
    const outsider = net.createServer((socket) => {
      connections++;
      socket.on('data', (chunk) => received.push(chunk));
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => outsider.listen(0, '127.0.0.1', resolve));
    const outsiderAddress = `127.0.0.1:${(outsider.address() as net.AddressInfo).port}`;
    const cluster = await createCluster({
      rootNodes: [{ socket: { host: '127.0.0.1', port: servers.nodes[0]!.port } }],
      defaults: { username: 'app', password: 'app-secret' },
    }).connect();
    try {
      const slot = keySlot('redirect:k');
      const error = await cluster
        .eval(`return redis.error_reply('${kind} ${slot} ${outsiderAddress}')`, { keys: ['redirect:k'] })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedirectToUnknownNodeError);
      expect((error as RedirectToUnknownNodeError).announced).toBe(outsiderAddress);
      expect((error as Error).message).toContain(outsiderAddress);
      expect(connections).toBe(0);
      expect(Buffer.concat(received).toString()).not.toContain('app-secret');
      // The slot map was not changed by the refused MOVED: the key's commands still work.
      expect(await cluster.set('redirect:k', 'v')).toBe('OK');
    } finally {
      await cluster.close();
      outsider.close();
    }
  });

  // Issue 13 item 6: util.inspect(cluster) and JSON.stringify(cluster.options) printed the passwords.
  it('util.inspect and JSON show no password (defaults, a root node URL, a node client), other options stay visible', async () => {
    const root = servers.nodes[0]!;
    const cluster = await createCluster({
      rootNodes: [{ url: `redis://ops:${encodeURIComponent('ops/secret:1')}@127.0.0.1:${root.port}` }],
      defaults: { username: 'app', password: 'app-secret', name: 'visible-name' },
    }).connect();
    try {
      const node = await cluster.nodeClient(cluster.masters[0]!);
      const text = [
        inspect(cluster),
        inspect(cluster, { depth: Infinity, showHidden: true }),
        JSON.stringify(cluster.options),
        inspect(cluster.options.defaults),
        inspect(cluster.options.rootNodes[0]),
        inspect(node, { depth: Infinity }),
        JSON.stringify(node.options),
      ].join('\n');
      expect(text).not.toContain('app-secret');
      expect(text).not.toContain('ops/secret');
      expect(text).not.toContain(encodeURIComponent('ops/secret:1'));
      expect(text).toContain('visible-name');
      expect(text).toContain(`redis://ops:<redacted>@127.0.0.1:${root.port}`);
      expect(cluster.options.defaults?.password).toBe('app-secret');
    } finally {
      await cluster.close();
    }
  });

  // Issue 11 §5: credentialsProvider on a cluster — every node connection.
  it('an async credentials provider authenticates every node connection', async () => {
    let calls = 0;
    const cluster = await createCluster({
      rootNodes: [{ socket: { host: '127.0.0.1', port: servers.nodes[0]!.port } }],
      defaults: {
        credentialsProvider: {
          type: 'async-credentials-provider',
          credentials: () => {
            calls++;
            return Promise.resolve({ username: 'cp', password: 'cp-1' });
          },
        },
      },
    }).connect();
    try {
      for (const master of cluster.masters) expect(await (await cluster.nodeClient(master)).sendCommand(['ACL', 'WHOAMI'])).toBe('cp');
      // The root node's topology connection, then one per master.
      expect(calls).toBeGreaterThanOrEqual(1 + cluster.masters.length);
    } finally {
      await cluster.close();
    }
  });

  it('a streaming credentials provider re-authenticates every node connection on rotation, dropping no command', async () => {
    const listeners = new Set<StreamingCredentialsListener<BasicAuth>>();
    let current: BasicAuth = { username: 'cp', password: 'cp-1' };
    const reAuthErrors: Error[] = [];
    const provider: StreamingCredentialsProvider = {
      type: 'streaming-credentials-provider',
      subscribe: (listener) => {
        listeners.add(listener);
        return Promise.resolve([current, { dispose: () => listeners.delete(listener) }]);
      },
      onReAuthenticationError: (error) => reAuthErrors.push(error),
    };
    const authCalls = async (port: number): Promise<number> => {
      const line = (await servers.node(port).info('commandstats'))['cmdstat_auth'];
      return line === undefined ? 0 : Number(/calls=(\d+)/.exec(line)![1]);
    };
    const cluster = await createCluster({
      rootNodes: [{ socket: { host: '127.0.0.1', port: servers.nodes[0]!.port } }],
      defaults: { credentialsProvider: provider },
    }).connect();
    const nodeErrors: Error[] = [];
    cluster.on('node-error', (error) => nodeErrors.push(error));
    try {
      // One live subscription per node connection (the root's topology connection released its own).
      expect(listeners.size).toBe(cluster.masters.length);
      const ports = cluster.masters.map((m) => m.port);
      const before = await Promise.all(ports.map(authCalls));
      const keys = Array.from({ length: 300 }, (_, i) => `cp:${i}`);
      const first = keys.map((k) => cluster.set(k, k));
      for (const node of servers.nodes) await node.command('ACL', 'SETUSER', 'cp', '>cp-2');
      current = { username: 'cp', password: 'cp-2' };
      for (const listener of [...listeners]) listener.onNext(current);
      const second = keys.map((k) => cluster.get(k));
      expect(await Promise.all(first)).toEqual(keys.map(() => 'OK'));
      expect(await Promise.all(second)).toEqual(keys);
      const after = await Promise.all(ports.map(authCalls));
      expect(after).toEqual(before.map((n) => n + 1));
      // Only the new password works now: reconnects authenticate with it.
      for (const node of servers.nodes) {
        await node.command('ACL', 'SETUSER', 'cp', '<cp-1');
        await node.command('CLIENT', 'KILL', 'USER', 'cp');
      }
      expect(await Promise.all(keys.map((k) => cluster.get(k)))).toEqual(keys);
      // A rotation the servers refuse: an error per node connection, never silent.
      for (const listener of [...listeners]) listener.onNext({ username: 'cp', password: 'not-cp' });
      await waitFor('a re-authentication error per node', async () =>
        reAuthErrors.length >= cluster.masters.length ? done(true) : notYet(`${reAuthErrors.length} so far`), { timeoutMs: 5_000, intervalMs: 10 });
      expect(reAuthErrors.every((e) => e instanceof CredentialsError)).toBe(true);
      expect(nodeErrors.filter((e) => e instanceof CredentialsError)).toHaveLength(cluster.masters.length);
      expect(inspect({ reAuthErrors, nodeErrors }, { depth: Infinity })).not.toContain('not-cp');
      expect(await cluster.get(keys[0]!)).toBe(keys[0]);
    } finally {
      await cluster.close();
      for (const node of servers.nodes) await node.command('ACL', 'SETUSER', 'cp', 'resetpass', '>cp-1');
    }
    expect(listeners.size).toBe(0);
  });

  // Issue 13 item 15: after a password rotation the error said MaxRedirectionsError / not connected,
  // after 13 s. Now it is the server's WRONGPASS (a ReplyError), once the reconnect was refused.
  it('after a password rotation, a command fails with the server\'s WRONGPASS', async () => {
    const cluster = await createCluster({
      rootNodes: [{ socket: { host: '127.0.0.1', port: servers.nodes[0]!.port } }],
      defaults: { username: 'rotating', password: 'rot-old' },
    }).connect();
    const nodeErrors: Error[] = [];
    cluster.on('node-error', (error) => nodeErrors.push(error));
    try {
      expect(await cluster.set('rotation:k', '1')).toBe('OK');
      for (const node of servers.nodes) {
        await node.command('ACL', 'SETUSER', 'rotating', 'resetpass', '>rot-new');
        await node.command('CLIENT', 'KILL', 'USER', 'rotating');
      }
      const error = (await cluster.get('rotation:k').catch((e: unknown) => e)) as Error;
      const causes: string[] = [];
      for (let e: unknown = error; e instanceof Error; e = e.cause) causes.push(`${e.name}: ${e.message}`);
      expect(error).toBeInstanceOf(ReplyError);
      expect((error as ReplyError).code).toBe('WRONGPASS');
      expect(causes.join(' / ')).not.toContain('rot-old');
      expect(nodeErrors.some((e) => /WRONGPASS/.test(e.message))).toBe(true);
    } finally {
      cluster.destroy();
      for (const node of servers.nodes) await node.command('ACL', 'SETUSER', 'rotating', 'resetpass', '>rot-old');
    }
  });

  // Issue 13 item 15: CLUSTER SHARDS refused with NOPERM failed connect(); CLUSTER SLOTS describes the same slots.
  it('connects with an ACL that allows CLUSTER SLOTS but not CLUSTER SHARDS', async () => {
    const cluster = await createCluster({
      rootNodes: [{ socket: { host: '127.0.0.1', port: servers.nodes[0]!.port } }],
      defaults: { username: 'noshards', password: 'noshards-secret' },
    }).connect();
    try {
      const keys = Array.from({ length: 30 }, (_, i) => `noshards:${i}`);
      await Promise.all(keys.map((k) => cluster.set(k, k)));
      expect(await Promise.all(keys.map((k) => cluster.get(k)))).toEqual(keys);
      expect(new Set(cluster.masters.map((m) => m.port))).toEqual(new Set(servers.masters().map((m) => m.port)));
    } finally {
      await cluster.close();
    }
  });

  it('rejects connect() with WRONGPASS, and never shows the password', async () => {
    const cluster = createCluster({
      rootNodes: [{ socket: { host: '127.0.0.1', port: servers.nodes[0]!.port } }],
      defaults: { username: 'app', password: 'not-the-password' },
    });
    const error = (await cluster.connect().catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/WRONGPASS/);
    expect(JSON.stringify({ message: error.message, stack: error.stack })).not.toContain('not-the-password');
  });
});

describe('TLS', () => {
  let servers: TestCluster;
  beforeAll(async () => {
    servers = await startCluster({ masters: 3, replicas: 1, tls: true, password: 'tls-secret' });
  });
  afterAll(async () => {
    await servers?.stop();
  });

  it('discovers and uses the TLS ports of a TLS-only cluster', async () => {
    const ca = servers.tls!.ca;
    const cluster = await createCluster({
      rootNodes: [{ url: `rediss://127.0.0.1:${servers.nodes[0]!.port}` }],
      defaults: { socket: { tls: true, ca }, password: 'tls-secret' },
    }).connect();
    const keys = Array.from({ length: 200 }, (_, i) => `tls:${i}`);
    await Promise.all(keys.map((k) => cluster.set(k, k)));
    expect(await Promise.all(keys.map((k) => cluster.get(k)))).toEqual(keys);
    expect(new Set(cluster.masters.map((m) => m.port))).toEqual(new Set(servers.masters().map((m) => m.port)));
    await cluster.close();
  });

  it('a second root node that says nothing about TLS inherits it too (credentials never in cleartext)', async () => {
    const masters = servers.masters();
    const cluster = await createCluster({
      rootNodes: [
        { url: `rediss://127.0.0.1:${masters[0]!.port}`, socket: { ca: servers.tls!.ca } },
        { socket: { host: '127.0.0.1', port: masters[1]!.port } },
      ],
      defaults: { password: 'tls-secret' },
    }).connect();
    try {
      // Every master, the second root node included, answers over TLS.
      for (const master of cluster.masters) expect(await (await cluster.nodeClient(master)).ping()).toBe('PONG');
      const keys = Array.from({ length: 60 }, (_, i) => `tls-roots:${i}`);
      await Promise.all(keys.map((k) => cluster.set(k, k)));
      expect(await Promise.all(keys.map((k) => cluster.get(k)))).toEqual(keys);
    } finally {
      await cluster.close();
    }
  });

  // Issue 13 item 5: TLS on the root node only — the discovered nodes were dialled in cleartext
  // (credentials included), connect() resolved, and every command to them failed.
  it.each([
    ['a rediss:// URL and flat TLS options', (port: number, ca: string) => ({ url: `rediss://127.0.0.1:${port}`, socket: { ca } })],
    ['socket.tls as an object', (port: number, ca: string) => ({ socket: { host: '127.0.0.1', port, tls: { ca } } })],
  ])('TLS set on a root node only (%s): every discovered node inherits it', async (_how, root) => {
    const cluster = await createCluster({
      rootNodes: [root(servers.nodes[0]!.port, servers.tls!.ca)],
      // The case: the password in defaults, TLS on the root node only.
      defaults: { name: 'tls-inherited', password: 'tls-secret' },
    }).connect();
    try {
      const keys = Array.from({ length: 60 }, (_, i) => `tls-root:${i}`);
      await Promise.all(keys.map((k) => cluster.set(k, k)));
      expect(await Promise.all(keys.map((k) => cluster.get(k)))).toEqual(keys);
      for (const master of cluster.masters) {
        const info = String(await (await cluster.nodeClient(master)).sendCommand(['CLIENT', 'INFO']));
        expect(info).toMatch(/ name=tls-inherited /);
      }
    } finally {
      await cluster.close();
    }
  });
});
