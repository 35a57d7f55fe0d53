import net from 'node:net';
import { done, notYet, sharedCluster, waitFor } from '@x/test-utils';
import { ClientClosedError, createCluster, keySlot } from '../src';

// close() or destroy() while connect() is still discovering the topology or opening node
// connections must end every socket the cluster opened — before, the connections opened after the
// close stayed (three, one per master) and the process never exited — and must end promptly.
const shared = sharedCluster();
const rootNodes = shared.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));

/** TCP sockets this process holds open (the resources that keep it alive). */
function openSockets(): number {
  return process.getActiveResourcesInfo().filter((name) => name === 'TCPSocketWrap' || name === 'TLSSocketWrap').length;
}

function backTo(baseline: number): Promise<void> {
  return waitFor(
    `open sockets back to ${baseline}`,
    async () => {
      const now = openSockets();
      return now <= baseline ? done(undefined) : notYet(`${now} open`);
    },
    { timeoutMs: 3_000, intervalMs: 5 },
  );
}

/** Let `turns` event-loop turns pass (I/O included): a point somewhere inside connect(). */
async function turns(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe.each(['close', 'destroy'] as const)('%s() while connect() is in progress', (how) => {
  // 0 turns: before anything was sent; more: during discovery, then while node connections open.
  it.each([0, 1, 2, 3, 5, 8, 13, 21])('after %i event-loop turns: no socket stays open, connect() settles', async (count) => {
    const baseline = openSockets();
    const cluster = createCluster({ rootNodes });
    cluster.on('error', () => undefined);
    const connecting = cluster.connect().then(
      () => 'connected',
      (error: Error) => error.name,
    );
    await turns(count);
    if (how === 'close') await cluster.close();
    else cluster.destroy();
    const outcome = await connecting;
    // Either it finished before the close (then the close ended it) or it was cut short.
    expect(['connected', 'ClientClosedError', 'DisconnectsClientError']).toContain(outcome);
    expect(cluster.isOpen).toBe(false);
    await backTo(baseline);
  });
});

it('close() while the root node never answers the handshake ends at once (not after the connect timeout)', async () => {
  const accepted = new Set<net.Socket>();
  const silent = net.createServer((socket) => {
    accepted.add(socket);
    socket.on('close', () => accepted.delete(socket));
    socket.on('error', () => undefined);
    socket.resume(); // reads (and drops) what comes, so the client's close is seen
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const port = (silent.address() as net.AddressInfo).port;
  try {
    const baseline = openSockets();
    // A connect timeout far longer than the test: only the close can end it in time.
    const cluster = createCluster({ rootNodes: [{ url: `redis://127.0.0.1:${port}` }], defaults: { socket: { connectTimeout: 60_000 } } });
    const connecting = cluster.connect().catch((error: Error) => error);
    await waitFor('the root node connection', async () => (accepted.size > 0 ? done(undefined) : notYet('none yet')), { timeoutMs: 3_000, intervalMs: 5 });
    await cluster.close();
    expect(await connecting).toBeInstanceOf(Error);
    await waitFor('the server sees the socket closed', async () => (accepted.size === 0 ? done(undefined) : notYet(`${accepted.size} open`)), { timeoutMs: 3_000, intervalMs: 5 });
    await backTo(baseline);
  } finally {
    for (const socket of accepted) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  }
});

it('close() with a BLPOP k 0 pending on a node resolves; the BLPOP is rejected as may-have-run', async () => {
  const cluster = await createCluster({ rootNodes }).connect();
  const pop = cluster.blPop('{close}list', 0).catch((e: unknown) => e);
  const master = cluster.getSlotMaster(keySlot('{close}list'));
  const node = shared.masters().find((m) => m.port === master.port)!;
  await waitFor('BLPOP blocked', async () => ((await node.text('CLIENT', 'LIST')).includes('cmd=blpop') ? done(undefined) : notYet('not yet')), {
    timeoutMs: 5_000,
    intervalMs: 10,
  });
  await cluster.close();
  const error = await pop;
  expect(error).toBeInstanceOf(ClientClosedError);
  expect((error as ClientClosedError).sent).toBe(true);
});
