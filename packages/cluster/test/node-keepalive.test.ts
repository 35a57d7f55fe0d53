import { done, notYet, sharedCluster, startFaultProxy, waitFor } from '@x/test-utils';
import { createCluster, keySlot, SocketTimeoutError, StalledConnectionError } from '../src';

// `defaults.pingInterval` and `defaults.socket.socketTimeout` (node-redis's options) reach every node
// connection, and a node connection that stops answering is reset (and the cluster refreshes).
const shared = sharedCluster();
const rootNodes = shared.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));

function until(what: string, check: () => boolean): Promise<void> {
  return waitFor(what, async () => (check() ? done(undefined) : notYet(what)), { timeoutMs: 10_000, intervalMs: 5 });
}

it('defaults.pingInterval: every master connection pings (a ping-interval event on its node client)', async () => {
  const cluster = await createCluster({ rootNodes, defaults: { pingInterval: 30 } }).connect();
  try {
    const pinged = new Set<number>();
    for (const master of cluster.masters) {
      const client = await cluster.nodeClient(master);
      client.on('ping-interval', (reply) => {
        if (reply === 'PONG') pinged.add(master.port);
      });
    }
    await until('a PONG from every master', () => pinged.size === cluster.masters.length);
  } finally {
    await cluster.close();
  }
});

describe('a node that stops answering (its path blackholed)', () => {
  const [reachable, stalled] = shared.masters();

  it.each([
    ['defaults.socket.socketTimeout', { socket: { socketTimeout: 150, connectTimeout: 300 } }, SocketTimeoutError],
    ['the stall watchdog (a command timed out, nothing since)', { socket: { connectTimeout: 300 }, commandOptions: { timeout: 150 } }, StalledConnectionError],
  ] as const)('%s: its connection is reset (node-error), the cluster notices', async (_name, defaults, errorClass) => {
    const proxy = await startFaultProxy({ targetPort: stalled!.port });
    const cluster = await createCluster({
      rootNodes: [{ url: `redis://127.0.0.1:${reachable!.port}` }],
      nodeAddressMap: { [`127.0.0.1:${stalled!.port}`]: { host: '127.0.0.1', port: proxy.port } },
      defaults,
      topologyRefreshInterval: 0,
    }).connect();
    const nodeErrors: Error[] = [];
    const disconnected: number[] = [];
    cluster.on('node-error', (error: Error) => nodeErrors.push(error));
    cluster.on('node-disconnect', (node: { port: number }) => disconnected.push(node.port));
    try {
      const key = keyOwnedBy(stalled!.slots);
      expect(await cluster.set(key, 'v')).toBe('OK');
      proxy.blackhole();
      // The command fails or times out; what matters is that the node's connection is reset.
      const pending = cluster.get(key).catch((e: unknown) => e);
      await until('the stalled node connection reset', () => nodeErrors.some((e) => e instanceof errorClass));
      // (The node is known by the address it is reached at: the proxy's.)
      await until('its node-disconnect', () => disconnected.includes(proxy.port));
      proxy.resume();
      await pending;
      expect(await retryUntilOk(() => cluster.get(key))).toBe('v');
    } finally {
      proxy.resume();
      await cluster.close();
      await proxy.stop();
    }
  });
});

/** A key in one of these slot ranges (those of a master of the shared cluster). */
function keyOwnedBy(slots: ReadonlyArray<readonly [number, number]>): string {
  for (let i = 0; i < 100_000; i++) {
    const key = `keepalive:${i}`;
    const slot = keySlot(key);
    if (slots.some(([from, to]) => slot >= from && slot <= to)) return key;
  }
  throw new Error('no key found for those slots');
}

async function retryUntilOk<T>(run: () => Promise<T>): Promise<T> {
  return waitFor('the command succeeds again', async () => {
    try {
      return done(await run());
    } catch (error) {
      return notYet(String(error));
    }
  }, { timeoutMs: 10_000, intervalMs: 20 });
}
