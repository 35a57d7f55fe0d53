import net from 'node:net';
import { sharedCluster } from '@x/test-utils';
import { createCluster, keySlot, type RedisClusterType } from '../src';

// A node whose handshake falls back to RESP2 (its server does not know HELLO) gets the definitions'
// RESP2 reply transforms on every path — the single command, the transaction, the pipeline, the
// node's own client. Before, the cluster's single-command path applied the RESP3 one: `hGetAll` resolved a
// flat array there while the transaction path resolved an object.
const shared = sharedCluster();

/**
 * A proxy in front of a node that answers the first HELLO like a server before Redis 6 (unknown
 * command) and passes everything else through: the client then speaks RESP2 to a real node.
 */
async function helloRefusingProxy(targetPort: number): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    let first = true;
    client.on('data', (chunk) => {
      if (first && /HELLO/i.test(chunk.toString('latin1'))) {
        first = false;
        client.write("-ERR unknown command 'HELLO', with args beginning with: '3'\r\n");
        return;
      }
      first = false;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const end = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let proxies: Array<{ port: number; close(): Promise<void> }>;
let cluster: RedisClusterType;

beforeAll(async () => {
  const masters = shared.masters();
  proxies = await Promise.all(masters.map((m) => helloRefusingProxy(m.port)));
  const nodeAddressMap = Object.fromEntries(masters.map((m, i) => [`127.0.0.1:${m.port}`, { host: '127.0.0.1', port: proxies[i]!.port }]));
  cluster = await createCluster({ rootNodes: [{ url: `redis://127.0.0.1:${proxies[0]!.port}` }], nodeAddressMap, topologyRefreshInterval: 0 }).connect();
});

afterAll(async () => {
  await cluster?.close();
  await Promise.all(proxies.map((p) => p.close()));
});

it('the nodes really speak RESP2 here (the handshake fell back)', async () => {
  const client = await cluster.nodeClient(cluster.masters[0]!);
  expect(client.respVersion).toBe(2);
});

it('hGetAll resolves an object on every path, as it does on RESP3', async () => {
  await cluster.hSet('{resp2}h', { a: '1', b: '2' });
  const expected = { a: '1', b: '2' };
  expect(await cluster.hGetAll('{resp2}h')).toEqual(expected);
  expect(await cluster.multi().hGetAll('{resp2}h').exec()).toEqual([expected]);
  expect(await cluster.multi().hGetAll('{resp2}h').execAsPipeline()).toEqual([expected]);
  const owner = await cluster.nodeClient(cluster.getSlotMaster(keySlot('{resp2}h')));
  expect(await owner.hGetAll('{resp2}h')).toEqual(expected);
});
