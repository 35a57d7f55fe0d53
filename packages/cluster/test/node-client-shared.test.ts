import { sharedCluster } from '@x/test-utils';
import { createCluster, ReplyOrderError } from '../src';

// `cluster.nodeClient(node)` is a client on the cluster's own connection to that node: what would
// change how that connection replies for every command of the cluster is refused there.
const shared = sharedCluster();
const rootNodes = shared.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));

it("monitor() and reset() on a node client are refused (ReplyOrderError), and the cluster's commands keep working", async () => {
  const cluster = await createCluster({ rootNodes }).on('error', () => undefined).connect();
  try {
    const node = cluster.masters[0]!;
    const client = await cluster.nodeClient(node);
    await expect(client.monitor(() => undefined)).rejects.toBeInstanceOf(ReplyOrderError);
    await expect(client.reset()).rejects.toBeInstanceOf(ReplyOrderError);
    await cluster.set('cf:node-client:k', 'v');
    expect(await cluster.get('cf:node-client:k')).toBe('v');
    expect(await client.sendCommand(['PING'])).toBe('PONG');
  } finally {
    await cluster.close();
  }
});
