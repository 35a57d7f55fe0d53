import { startRedisServer, type RedisServer } from '@x/test-utils';
import { ClusterConnectError, createCluster } from '../src';

// Issue 13 item 15: connect() resolved on a cluster that could serve nothing. A cluster-mode node
// with no slots assigned (a cluster not created yet) must fail connect() with a ClusterConnectError.
jest.setTimeout(60_000);

let node: RedisServer;

beforeAll(async () => {
  node = await startRedisServer({ config: { 'cluster-enabled': 'yes', 'cluster-config-file': 'nodes.conf' }, clusterBusPort: true });
});

afterAll(async () => {
  await node?.stop();
});

it('connect() rejects when no slot is assigned to any master, and the cluster is closed', async () => {
  const cluster = createCluster({ rootNodes: [{ socket: { host: node.host, port: node.port } }] });
  const error = await cluster.connect().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ClusterConnectError);
  expect((error as Error).message).toMatch(/serves no slot/);
  expect(cluster.isOpen).toBe(false);
});
