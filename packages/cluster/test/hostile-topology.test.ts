import { ClusterConnectError, createCluster } from '../src';
import { startFakeNode, type FakeCommand, type FakeNode } from './support/fake-node';

// A node that answers the topology query with a huge, hostile reply: overlapping slot ranges by the
// hundred thousand. Before, the ranges were filled into the slot map one by one (ranges × slots: a
// million of them blocked the event loop for more than 20 s); now the parser refuses the reply in
// time linear in its length and the cluster says which node sent what. (The million-range replies
// are in the parser's unit tests; here the reply must also cross a socket and the decoder within the
// topology query's 1 s timeout on a loaded machine, so it is smaller: 1.2 MB and 1.6 MB.)
jest.setTimeout(60_000);

const RANGES = 100_000;

/** `*<n>` then `n` times the same range, built once as one Buffer (~14 MB). */
function repeated(count: number, item: string): Buffer {
  return Buffer.concat([Buffer.from(`*${count}\r\n`), Buffer.from(item.repeat(count))]);
}

/** CLUSTER SHARDS: one shard whose slot list holds RANGES copies of 0-16383. */
function hostileShards(port: number): Buffer {
  const node = `*10\r\n$2\r\nid\r\n$2\r\nm1\r\n$4\r\nport\r\n:${port}\r\n$2\r\nip\r\n$9\r\n127.0.0.1\r\n$4\r\nrole\r\n$6\r\nmaster\r\n$6\r\nhealth\r\n$6\r\nonline\r\n`;
  return Buffer.concat([
    Buffer.from('*1\r\n*4\r\n$5\r\nslots\r\n'),
    Buffer.from(`*${RANGES * 2}\r\n`),
    Buffer.from(':0\r\n:16383\r\n'.repeat(RANGES)),
    Buffer.from(`$5\r\nnodes\r\n*1\r\n${node}`),
  ]);
}

/** CLUSTER SLOTS: 30k copies of `[0, 16383, [127.0.0.1, port, m1]]` (each range names its node). */
function hostileSlots(port: number): Buffer {
  return repeated(30_000, `*3\r\n:0\r\n:16383\r\n*3\r\n$9\r\n127.0.0.1\r\n:${port}\r\n$2\r\nm1\r\n`);
}

/** A fake node: HELLO unknown (RESP2), the hostile topology, OK to anything else. */
async function hostileNode(kind: 'shards' | 'slots'): Promise<FakeNode> {
  let reply: Buffer | undefined;
  const node = await startFakeNode((command: FakeCommand) => {
    const name = command.map((a) => a.toUpperCase()).join(' ');
    if (name.startsWith('HELLO')) return "-ERR unknown command 'HELLO'\r\n";
    if (name === 'CLUSTER SHARDS') return kind === 'shards' ? (reply ??= hostileShards(node.port)) : "-ERR unknown subcommand 'shards'\r\n";
    if (name === 'CLUSTER SLOTS') return (reply ??= hostileSlots(node.port));
    return '+OK\r\n';
  });
  return node;
}

it.each([
  ['CLUSTER SHARDS', 'shards' as const],
  ['CLUSTER SLOTS', 'slots' as const],
])('refuses a %s reply of tens of thousands of overlapping ranges, naming the node, without hanging', async (command, kind) => {
  const node = await hostileNode(kind);
  try {
    const cluster = createCluster({ rootNodes: [{ socket: { host: '127.0.0.1', port: node.port } }], topologyRefreshInterval: 0 });
    const error = await cluster.connect().then(
      () => undefined,
      (e: unknown) => e,
    );
    cluster.destroy();
    expect(error).toBeInstanceOf(ClusterConnectError);
    expect(String((error as Error).message)).toContain(`127.0.0.1:${node.port}`);
    expect(String((error as Error).message)).toContain(`${command}: `);
    expect(String((error as Error).message)).toMatch(/more than the 16384 slots/);
    expect(node.received.some((c) => c.join(' ').toUpperCase() === command)).toBe(true);
  } finally {
    await node.close();
  }
});
