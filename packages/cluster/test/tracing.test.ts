import diagnostics from 'node:diagnostics_channel';
import { sharedCluster } from '@x/test-utils';
import { TRACING_CHANNELS, type ClusterRedirectEvent } from '@x/client';
import { createCluster, keySlot, type RedisClusterType } from '../src';
import { startFakeNode, type FakeNode } from './support/fake-node';

// The cluster publishes node-redis 6's tracing channels like the client, each command's context
// naming its slot and the node that served it, and every MOVED/ASK it follows on x's own
// `x:cluster:redirect` channel.
const shared = sharedCluster();
let cluster: RedisClusterType;

type Message = Record<string, unknown>;

/** Every message of one tracing channel, by event, while subscribed. */
function record(name: string): { events: Array<[string, Message]>; stop(): void } {
  const channel = diagnostics.tracingChannel<object, Message>(name);
  const events: Array<[string, Message]> = [];
  const handlers = {
    start: (m: Message) => events.push(['start', { ...m }]),
    end: () => undefined,
    asyncStart: () => undefined,
    asyncEnd: (m: Message) => events.push(['asyncEnd', { ...m }]),
    error: (m: Message) => events.push(['error', { ...m }]),
  };
  channel.subscribe(handlers);
  return { events, stop: () => channel.unsubscribe(handlers) };
}

const seeds = (): Array<{ socket: { host: string; port: number } }> => shared.seeds.map((s) => ({ socket: { host: s.host, port: s.port } }));

beforeAll(async () => {
  cluster = await createCluster({ rootNodes: seeds(), topologyRefreshInterval: 0 }).connect();
});

afterAll(async () => {
  await cluster?.close();
});

it('traces each node connection on node-redis:connect', async () => {
  const connects = record(TRACING_CHANNELS.TRACE_CONNECT);
  const other = createCluster({ rootNodes: seeds(), topologyRefreshInterval: 0 });
  await other.connect();
  other.destroy();
  connects.stop();
  const ports = connects.events.filter(([event]) => event === 'asyncEnd').map(([, c]) => c.serverPort);
  expect([...new Set(ports)].sort()).toEqual(shared.masters().map((m) => m.port).sort());
});

it('traces a command with its slot and the node that serves it', async () => {
  const commands = record(TRACING_CHANNELS.TRACE_COMMAND);
  await cluster.set('trace:{a}', 'v1');
  expect(await cluster.get('trace:{a}')).toBe('v1');
  commands.stop();
  const slot = keySlot('trace:{a}');
  const owner = shared.slotOwner(slot);
  const starts = commands.events.filter(([event]) => event === 'start').map(([, c]) => c);
  expect(starts).toEqual([
    expect.objectContaining({ command: 'SET', args: ['SET', 'trace:{a}', '?'], slot, serverAddress: '127.0.0.1', serverPort: owner.port, database: 0 }),
    expect.objectContaining({ command: 'GET', args: ['GET', 'trace:{a}'], slot, serverPort: owner.port }),
  ]);
  expect(String(starts[0]!.clientId)).toMatch(/^127\.0\.0\.1:\d+(,127\.0\.0\.1:\d+)*-[0-9a-f]{8}$/);
  expect(commands.events.filter(([event]) => event === 'asyncEnd').map(([, c]) => c.result)).toEqual(['OK', 'v1']);
});

it('traces a transaction on node-redis:batch, and a pipeline as a batch plus one command each', async () => {
  const batches = record(TRACING_CHANNELS.TRACE_BATCH);
  const commands = record(TRACING_CHANNELS.TRACE_COMMAND);
  await cluster.multi().set('trace:{m}', '1').get('trace:{m}').exec();
  await cluster.multi().set('trace:{p}', '2').get('trace:{q}').execAsPipeline();
  batches.stop();
  commands.stop();
  const starts = batches.events.filter(([event]) => event === 'start').map(([, c]) => c);
  expect(starts).toEqual([
    expect.objectContaining({ batchMode: 'MULTI', batchSize: 2, serverPort: shared.slotOwner(keySlot('trace:{m}')).port }),
    expect.objectContaining({ batchMode: 'PIPELINE', batchSize: 2, serverAddress: '*' }),
  ]);
  const piped = commands.events.filter(([event]) => event === 'asyncEnd').map(([, c]) => [c.command, c.batchMode, c.slot, c.serverPort]);
  expect(piped).toEqual([
    ['SET', 'PIPELINE', keySlot('trace:{p}'), shared.slotOwner(keySlot('trace:{p}')).port],
    ['GET', 'PIPELINE', keySlot('trace:{q}'), shared.slotOwner(keySlot('trace:{q}')).port],
  ]);
});

describe('redirects, from a node that claims every slot and sends each command on', () => {
  let fake: FakeNode;
  let fooled: RedisClusterType;

  beforeAll(async () => {
    fake = await startFakeNode((command) => {
      const name = command[0]!.toUpperCase();
      if (name === 'HELLO') return "-ERR unknown command 'HELLO'\r\n";
      if (name === 'CLUSTER' && command[1]!.toUpperCase() === 'SHARDS') {
        // Every slot on the fake; the real masters listed without slots, so they are known members
        // (a redirect to a node the topology does not list is refused, never followed).
        const node = (id: string, port: number): string =>
          `*8\r\n$2\r\nid\r\n$${id.length}\r\n${id}\r\n$4\r\nport\r\n:${port}\r\n$4\r\nrole\r\n$6\r\nmaster\r\n$6\r\nhealth\r\n$6\r\nonline\r\n`;
        const shard = (slots: string, nodeText: string): string => `*4\r\n$5\r\nslots\r\n${slots}$5\r\nnodes\r\n*1\r\n${nodeText}`;
        const masters = shared.masters();
        return [
          `*${1 + masters.length}\r\n`,
          shard('*2\r\n:0\r\n:16383\r\n', node('fake', fake.port)),
          ...masters.map((m) => shard('*0\r\n', node(`real${m.port}`, m.port))),
        ].join('');
      }
      if (name === 'GET') {
        const slot = keySlot(command[1]!);
        const kind = command[1]!.startsWith('ask') ? 'ASK' : 'MOVED';
        return `-${kind} ${slot} 127.0.0.1:${shared.slotOwner(slot).port}\r\n`;
      }
      return '+OK\r\n';
    });
    // Discovery from the fake only, and no refresh it does not ask for: the first GET meets the fake.
    fooled = await createCluster({ rootNodes: [{ socket: { host: '127.0.0.1', port: fake.port } }], topologyRefreshInterval: 0 }).connect();
  });

  afterAll(async () => {
    fooled?.destroy();
    await fake?.close();
  });

  it('publishes each MOVED and ASK on x:cluster:redirect, and ends the command trace on the node that answered', async () => {
    await cluster.set('ask:{r}', 'asked');
    await cluster.set('moved:{r}', 'moved');
    const redirects: ClusterRedirectEvent[] = [];
    const onRedirect = (message: unknown): void => void redirects.push(message as ClusterRedirectEvent);
    diagnostics.subscribe(TRACING_CHANNELS.CLUSTER_REDIRECT, onRedirect);
    const commands = record(TRACING_CHANNELS.TRACE_COMMAND);
    try {
      expect(await fooled.get('ask:{r}')).toBe('asked');
      expect(await fooled.get('moved:{r}')).toBe('moved');
    } finally {
      commands.stop();
      diagnostics.unsubscribe(TRACING_CHANNELS.CLUSTER_REDIRECT, onRedirect);
    }
    const slot = keySlot('moved:{r}');
    const owner = shared.slotOwner(slot).port;
    expect(redirects).toEqual([
      { kind: 'ask', command: 'GET', slot: keySlot('ask:{r}'), from: `127.0.0.1:${fake.port}`, to: `127.0.0.1:${shared.slotOwner(keySlot('ask:{r}')).port}`, clientId: expect.any(String) },
      { kind: 'moved', command: 'GET', slot, from: `127.0.0.1:${fake.port}`, to: `127.0.0.1:${owner}`, clientId: expect.any(String) },
    ]);
    const [askStart, movedStart] = commands.events.filter(([event]) => event === 'start').map(([, c]) => c);
    expect(askStart!.serverPort).toBe(fake.port);
    expect(movedStart!.serverPort).toBe(fake.port);
    const ends = commands.events.filter(([event]) => event === 'asyncEnd').map(([, c]) => [c.command, c.serverPort, c.result]);
    expect(ends).toEqual([
      ['GET', shared.slotOwner(keySlot('ask:{r}')).port, 'asked'],
      ['GET', owner, 'moved'],
    ]);
  });
});
