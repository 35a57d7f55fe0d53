import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter, createShardedAdapter } from '@socket.io/redis-adapter';
import * as nodeRedis from 'redis';
import { Server, type Socket as ServerSocket } from 'socket.io';
import { io as connectClient, type Socket as ClientSocket } from 'socket.io-client';
import * as x from '@x/cluster';
import { done, notYet, sharedCluster, waitFor } from '@x/test-utils';

// The socket.io Redis adapter — the most used library on top of a node-redis cluster — on x's
// cluster, as its README sets it up (`pubClient.duplicate()` for the subscriber): two socket.io
// servers on the shared 3+3 cluster, each with its own pub and sub clusters. The same scenarios run
// on node-redis's cluster, as the baseline.

const cluster = sharedCluster();
const rootNodes = () => cluster.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));

type Library = 'x' | 'node-redis';
type AdapterKind = 'createAdapter' | 'createShardedAdapter';

interface RedisPair {
  pub: {
    connect(): Promise<unknown>;
    close(): Promise<unknown>;
    duplicate(): RedisPair['pub'];
    sendCommand(firstKey: string, isReadonly: boolean, args: string[]): Promise<unknown>;
  };
  sub: RedisPair['pub'];
}

function makeClusters(library: Library): RedisPair {
  const pub = (library === 'x' ? x.createCluster({ rootNodes: rootNodes() }) : nodeRedis.createCluster({ rootNodes: rootNodes() })) as unknown as RedisPair['pub'];
  return { pub, sub: pub.duplicate() };
}

interface Node {
  io: Server;
  http: HttpServer;
  port: number;
  redis: RedisPair;
}

let keyspace = 0;

async function startNode(library: Library, kind: AdapterKind, key: string): Promise<Node> {
  const redis = makeClusters(library);
  await Promise.all([redis.pub.connect(), redis.sub.connect()]);
  const adapter = kind === 'createAdapter' ? createAdapter(redis.pub, redis.sub, { key }) : createShardedAdapter(redis.pub, redis.sub, { channelPrefix: key });
  const http = createServer();
  const io = new Server(http, { adapter });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { io, http, redis, port: (http.address() as AddressInfo).port };
}

async function stopNode(node: Node): Promise<void> {
  await new Promise<void>((resolve) => node.io.close(() => resolve()));
  await Promise.all([node.redis.pub.close(), node.redis.sub.close()]);
}

function connectTo(node: Node): Promise<ClientSocket> {
  const socket = connectClient(`http://127.0.0.1:${node.port}`, { transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

function waitUntil(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  return waitFor(what, async () => ((await check()) ? done(undefined) : notYet(what)), { timeoutMs, intervalMs: 20 });
}

/** The next `event` a client socket receives; a lost message fails the test instead of hanging it. */
function nextEvent<T = unknown>(socket: ClientSocket, event: string, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no '${event}' within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event, (value: T) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/** Subscribers of a shard channel, asked of the master that owns the channel's slot. */
async function shardSubscribers(node: Node, channel: string): Promise<number> {
  const reply = (await node.redis.pub.sendCommand(channel, false, ['PUBSUB', 'SHARDNUMSUB', channel])) as [string, number];
  return Number(reply[1]);
}

describe.each<[Library, AdapterKind]>([
  ['x', 'createAdapter'],
  ['x', 'createShardedAdapter'],
  ['node-redis', 'createAdapter'],
  ['node-redis', 'createShardedAdapter'],
])('socket.io adapter on %s’s cluster: %s', (library, kind) => {
  let a: Node;
  let b: Node;
  let onA: ClientSocket;
  let onB: ClientSocket;
  const errors: unknown[] = [];
  const key = `sio-${library}-${kind}-${process.pid}-${++keyspace}`;

  beforeAll(async () => {
    a = await startNode(library, kind, key);
    b = await startNode(library, kind, key);
    for (const node of [a, b]) node.io.of('/').adapter.on('error', (error: unknown) => errors.push(error));
    // The adapters subscribe without waiting: both are counted once both hold their subscriptions.
    await waitUntil('both servers counted', async () => (await a.io.of('/').adapter.serverCount()) === 2 && (await b.io.of('/').adapter.serverCount()) === 2);
    [onA, onB] = await Promise.all([connectTo(a), connectTo(b)]);
  });

  afterAll(async () => {
    onA?.disconnect();
    onB?.disconnect();
    await Promise.all([a && stopNode(a), b && stopNode(b)]);
  });

  it('serverCount() is 2 on both servers', async () => {
    expect(await a.io.of('/').adapter.serverCount()).toBe(2);
    expect(await b.io.of('/').adapter.serverCount()).toBe(2);
  });

  it('broadcasts from one server reach the clients of both', async () => {
    const got = Promise.all([nextEvent<string>(onA, 'news'), nextEvent<string>(onB, 'news')]);
    a.io.emit('news', 'hello');
    expect(await got).toEqual(['hello', 'hello']);
  });

  it('a room spans servers: only its members receive', async () => {
    const [serverSideOfB] = await b.io.in(onB.id!).fetchSockets();
    serverSideOfB!.join('room-1');
    await waitUntil('B in room-1 as A sees it', async () => (await a.io.in('room-1').fetchSockets()).length === 1);
    // The sharded adapter gives a room its own channel, subscribed when the room is created and not
    // awaited: a message published before that subscription holds is lost on any client.
    if (kind === 'createShardedAdapter') {
      const roomChannel = `${key}#/#room-1#`;
      await waitUntil('B subscribed to the room channel', async () => (await shardSubscribers(a, roomChannel)) === 1);
    }
    let aGotIt = false;
    onA.once('room-news', () => (aGotIt = true));
    const got = nextEvent<string>(onB, 'room-news');
    a.io.to('room-1').emit('room-news', 'for the room');
    expect(await got).toBe('for the room');
    // A message to everyone, sent after: once A has it, A would have had the room's too.
    const later = nextEvent(onA, 'after');
    a.io.emit('after');
    await later;
    expect(aGotIt).toBe(false);
  });

  it('fetchSockets() sees the sockets of both servers', async () => {
    const sockets = await a.io.fetchSockets();
    expect(sockets.map((s) => s.id).sort()).toEqual([onA.id, onB.id].sort());
  });

  it('serverSideEmit with an ack gets the other server’s answer', async () => {
    b.io.on('ping-server', (payload: string, ack: (answer: string) => void) => ack(`pong:${payload}`));
    const answers = await new Promise<unknown[]>((resolve, reject) => {
      a.io.serverSideEmit('ping-server', 'p1', (error: Error | null, replies: unknown[]) => (error ? reject(error) : resolve(replies)));
    });
    expect(answers).toEqual(['pong:p1']);
  });

  it('emitWithAck collects the answer of every client, on both servers', async () => {
    const answer = (name: string) => (question: string, ack: (reply: string) => void) => ack(`${name}:${question}`);
    onA.once('question', answer('A'));
    onB.once('question', answer('B'));
    const replies = (await a.io.timeout(5_000).emitWithAck('question', 'q')) as string[];
    expect(replies.sort()).toEqual(['A:q', 'B:q']);
  });

  it('reported no adapter error', () => {
    expect(errors).toEqual([]);
  });
});

export type { ServerSocket };
