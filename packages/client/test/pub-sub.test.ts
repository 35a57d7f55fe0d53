import { startFaultProxy, startRedisServer, type FaultProxy, type RedisServer } from '@x/test-utils';
import {
  ClientClosedError,
  createClient,
  PubSubCommandError,
  PubSubListenerError,
  ReplyError,
  SubscriberModeError,
  SubscriptionLostError,
  TimeoutError,
  type ChannelListeners,
  type RedisClientType,
} from '../src';
import { Inbox, nextEvent, until } from './support/inbox';

let server: RedisServer;
let publisher: RedisClientType;

beforeAll(async () => {
  server = await startRedisServer();
  publisher = await createClient({ socket: { host: server.host, port: server.port } }).connect();
});

afterAll(async () => {
  publisher?.destroy();
  await server?.stop();
});

type Message<T> = [message: T, channel: T];

async function subscriber(RESP: 2 | 3, extra: Parameters<typeof createClient>[0] = {}): Promise<RedisClientType> {
  const client = createClient({ RESP, ...extra, socket: { host: server.host, port: server.port, reconnectStrategy: 20, ...extra.socket } });
  return (await client.connect()) as RedisClientType;
}

async function numSub(channel: string): Promise<number> {
  const reply = (await publisher.sendCommand(['PUBSUB', 'NUMSUB', channel])) as [string, number];
  return reply[1];
}

describe.each([3, 2] as const)('RESP%i', (RESP) => {
  const p = `ps${RESP}:`;

  it('delivers to string and Buffer listeners, several per channel; unsubscribing one keeps the channel for the rest', async () => {
    const sub = await subscriber(RESP);
    try {
      const first = new Inbox<Message<string>>();
      const second = new Inbox<Message<string>>();
      const buffers = new Inbox<Message<Buffer>>();
      const pushFirst = (m: string, c: string): void => first.push([m, c]);
      await sub.subscribe(`${p}a`, pushFirst);
      await sub.subscribe(`${p}a`, (m, c) => second.push([m, c]));
      await sub.subscribe([`${p}a`, `${p}b`], (m, c) => buffers.push([m, c]), true);
      expect(sub.isPubSubActive).toBe(true);

      // Bytes that are not UTF-8 reach a bufferMode listener intact.
      const binary = Buffer.from([0xff, 0x00, 0xfe, 0x80]);
      expect(await publisher.sendCommand(['PUBLISH', `${p}a`, 'hello'])).toBe(1);
      await publisher.sendCommand(['PUBLISH', `${p}b`, binary]);
      expect(await first.atLeast(1)).toEqual([['hello', `${p}a`]]);
      expect(await second.atLeast(1)).toEqual([['hello', `${p}a`]]);
      const got = await buffers.atLeast(2);
      expect(got[0]).toEqual([Buffer.from('hello'), Buffer.from(`${p}a`)]);
      expect(got[1]![0].equals(binary)).toBe(true);
      expect(got[1]![1]).toEqual(Buffer.from(`${p}b`));

      await sub.unsubscribe(`${p}a`, pushFirst);
      expect(await numSub(`${p}a`)).toBe(1);
      await publisher.sendCommand(['PUBLISH', `${p}a`, 'again']);
      // Messages of one connection arrive in order: once `second` has it, `first` would have it too.
      await second.atLeast(2);
      expect(first.items).toHaveLength(1);

      await sub.unsubscribe(`${p}a`);
      expect(await numSub(`${p}a`)).toBe(0);
      expect(await numSub(`${p}b`)).toBe(1);
      await sub.unsubscribe();
      expect(await numSub(`${p}b`)).toBe(0);
      expect(sub.isPubSubActive).toBe(false);
    } finally {
      sub.destroy();
    }
  });

  it('patterns: listeners get (message, channel) with the channel that matched', async () => {
    const sub = await subscriber(RESP);
    try {
      const strings = new Inbox<Message<string>>();
      const buffers = new Inbox<Message<Buffer>>();
      await sub.pSubscribe(`${p}news.*`, (m, c) => strings.push([m, c]));
      await sub.pSubscribe(`${p}news.*`, (m, c) => buffers.push([m, c]), true);
      await publisher.sendCommand(['PUBLISH', `${p}news.tech`, 'x']);
      expect(await strings.atLeast(1)).toEqual([['x', `${p}news.tech`]]);
      expect(await buffers.atLeast(1)).toEqual([[Buffer.from('x'), Buffer.from(`${p}news.tech`)]]);
      await sub.pUnsubscribe(`${p}news.*`);
      expect(await publisher.sendCommand(['PUBLISH', `${p}news.tech`, 'y'])).toBe(0);
    } finally {
      sub.destroy();
    }
  });

  it('sharded channels: sSubscribe, SPUBLISH, sUnsubscribe', async () => {
    const sub = await subscriber(RESP);
    try {
      const inbox = new Inbox<Message<string>>();
      await sub.sSubscribe([`${p}s1`, `${p}s2`], (m, c) => inbox.push([m, c]));
      await publisher.sendCommand(['SPUBLISH', `${p}s1`, 'one']);
      await publisher.sendCommand(['SPUBLISH', `${p}s2`, 'two']);
      expect(await inbox.atLeast(2)).toEqual([
        ['one', `${p}s1`],
        ['two', `${p}s2`],
      ]);
      await sub.sUnsubscribe(`${p}s1`);
      expect(await publisher.sendCommand(['SPUBLISH', `${p}s1`, 'gone'])).toBe(0);
      expect(await publisher.sendCommand(['SPUBLISH', `${p}s2`, 'still'])).toBe(1);
      await inbox.atLeast(3);
    } finally {
      sub.destroy();
    }
  });

  it('resubscribes every kind after the connection is killed, before queued commands run', async () => {
    const sub = await subscriber(RESP);
    try {
      const id = await sub.sendCommand<number>(['CLIENT', 'ID']);
      const inbox = new Inbox<string>();
      await sub.subscribe(`${p}r.c`, (m) => inbox.push(`c:${m}`));
      await sub.pSubscribe(`${p}r.p*`, (m) => inbox.push(`p:${m}`));
      await sub.sSubscribe(`${p}r.s`, (m) => inbox.push(`s:${m}`));
      // Queued while disconnected; on RESP3 the subscriber may publish itself: it hears its own
      // message only if the resubscribe ran first.
      let ownPublish: Promise<unknown> | undefined;
      sub.once('reconnecting', () => {
        if (RESP === 3) ownPublish = sub.sendCommand(['PUBLISH', `${p}r.c`, 'own']);
      });
      const ready = nextEvent(sub, 'ready');
      await server.command('CLIENT', 'KILL', 'ID', String(id));
      await ready;
      if (ownPublish !== undefined) expect(await ownPublish).toBe(1);
      await publisher.sendCommand(['PUBLISH', `${p}r.c`, '1']);
      await publisher.sendCommand(['PUBLISH', `${p}r.p1`, '2']);
      await publisher.sendCommand(['SPUBLISH', `${p}r.s`, '3']);
      const expected = RESP === 3 ? ['c:own', 'c:1', 'p:2', 's:3'] : ['c:1', 'p:2', 's:3'];
      expect(await inbox.atLeast(expected.length)).toEqual(expected);
    } finally {
      sub.destroy();
    }
  });

  it('hands a moved subscription to another client (the cluster hooks)', async () => {
    const from = await subscriber(RESP);
    const to = await subscriber(RESP);
    try {
      const inbox = new Inbox<string>();
      await from.sSubscribe(`${p}mv`, (m) => inbox.push(m));
      expect([...from.getPubSubListeners('SHARDED').keys()]).toEqual([`${p}mv`]);
      const taken = from._takePubSubListeners('SHARDED', [`${p}mv`]);
      await from.sUnsubscribe(`${p}mv`);
      await to.extendPubSubListeners('SHARDED', taken);
      expect(from.isPubSubActive).toBe(false);
      expect(await publisher.sendCommand(['SPUBLISH', `${p}mv`, 'moved'])).toBe(1);
      expect(await inbox.atLeast(1)).toEqual(['moved']);
    } finally {
      from.destroy();
      to.destroy();
    }
  });

  it('listeners taken from a client are copies: a subscribe in flight that fails later does not empty them', async () => {
    const sub = await subscriber(RESP);
    const listener = (): void => {};
    const subscribing = sub.subscribe(`${p}take`, listener);
    const taken = sub._takePubSubListeners('CHANNELS', [`${p}take`]);
    sub.destroy(); // the SUBSCRIBE fails unsent and takes back the listener it added
    await expect(subscribing).rejects.toBeInstanceOf(ClientClosedError);
    expect([...taken.get(`${p}take`)!.strings]).toEqual([listener]);
  });

  it('a listener that throws is reported as a PubSubListenerError (even when it threw a RedisError); the replies behind its message are not held up', async () => {
    const sub = await subscriber(RESP);
    try {
      const errors = new Inbox<Error>();
      sub.on('error', errors.push);
      // A ReplyError: what a listener gets when a command it ran failed, and what the connection's own errors look like too.
      const thrown = new ReplyError('ERR listener bug');
      await sub.pSubscribe(`${p}boom*`, () => {
        throw thrown;
      });
      await publisher.sendCommand(['PUBLISH', `${p}boom!`, 'x']);
      const [error] = await errors.atLeast(1);
      expect(error).toBeInstanceOf(PubSubListenerError);
      expect(error).toMatchObject({ kind: 'PATTERNS', channel: `${p}boom*`, code: 'ERR_PUBSUB_LISTENER', cause: thrown });
      expect(error!.message).toContain('ERR listener bug');
      expect(await sub.sendCommand(['PING'])).toBe('PONG');
    } finally {
      sub.destroy();
    }
  });

  it('refuses raw (un)subscribe commands: their answers are pushes only the pub/sub methods track', async () => {
    const sub = await subscriber(RESP);
    try {
      await expect(sub.sendCommand(['SUBSCRIBE', 'x'])).rejects.toBeInstanceOf(PubSubCommandError);
      expect(() => sub.multi().addCommand(['ssubscribe', 'x'])).toThrow(PubSubCommandError);
      expect(await sub.sendCommand(['PING'])).toBe('PONG');
    } finally {
      sub.destroy();
    }
  });
});

describe('RESP3 and RESP2 differences', () => {
  it('RESP3: a binary message arriving while a string reply is awaited reaches a Buffer listener byte for byte', async () => {
    const sub = await subscriber(3);
    try {
      const buffers = new Inbox<Message<Buffer>>();
      await sub.subscribe('bin-while-busy', (m, c) => buffers.push([m, c]), true);
      // A command of the same connection waits for its (string) reply while the message arrives.
      const waiting = sub.sendCommand(['BLPOP', 'bin-while-busy:list', '5']);
      await until('BLPOP waiting', async () => ((await publisher.sendCommand(['CLIENT', 'LIST'])) as string).includes('cmd=blpop'));
      const binary = Buffer.from([0xc3, 0x28, 0xff, 0x00]);
      await publisher.sendCommand(['PUBLISH', 'bin-while-busy', binary]);
      const [message] = (await buffers.atLeast(1))[0]!;
      expect(message.equals(binary)).toBe(true);
      await publisher.sendCommand(['RPUSH', 'bin-while-busy:list', 'x']);
      expect(await waiting).toEqual(['bin-while-busy:list', 'x']);
    } finally {
      sub.destroy();
    }
  });

  it('RESP3: other commands keep working on the subscribed connection', async () => {
    const sub = await subscriber(3);
    try {
      const inbox = new Inbox<string>();
      await sub.subscribe('d3:c', inbox.push);
      await sub.sendCommand(['RPUSH', 'd3:list', 'message', 'd3:c', 'not a message']);
      // An ordinary reply shaped like a message is still a reply.
      expect(await sub.sendCommand(['LRANGE', 'd3:list', '0', '-1'])).toEqual(['message', 'd3:c', 'not a message']);
      await publisher.sendCommand(['PUBLISH', 'd3:c', 'hi']);
      expect(await inbox.atLeast(1)).toEqual(['hi']);
      expect(await sub.sendCommand(['ECHO', 'beside'])).toBe('beside');
    } finally {
      sub.destroy();
    }
  });

  it('RESP2: subscriber mode refuses other commands with a clear error, PING works, and it ends with the last unsubscribe', async () => {
    const sub = await subscriber(2);
    try {
      await sub.sendCommand(['RPUSH', 'd2:list', 'message', 'd2:c', 'not a message']);
      const inbox = new Inbox<string>();
      await sub.subscribe('d2:c', inbox.push);
      const refused = await sub.sendCommand(['GET', 'd2:x']).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(SubscriberModeError);
      expect((refused as SubscriberModeError).sent).toBe(false);
      expect((refused as Error).message).toMatch(/subscriber mode/);
      await expect(sub.get('d2:x')).rejects.toBeInstanceOf(SubscriberModeError);
      await expect(sub.multi().get('d2:x').exec()).rejects.toBeInstanceOf(SubscriberModeError);
      expect(await sub.ping()).toBe('PONG');
      expect(await sub.ping('hello')).toBe('hello');
      await publisher.sendCommand(['PUBLISH', 'd2:c', 'hi']);
      expect(await inbox.atLeast(1)).toEqual(['hi']);
      await sub.unsubscribe('d2:c');
      // Out of subscriber mode: an array reply that looks like a message is a reply again.
      expect(await sub.sendCommand(['LRANGE', 'd2:list', '0', '-1'])).toEqual(['message', 'd2:c', 'not a message']);
      expect(await sub.sendCommand(['PING'])).toBe('PONG');
    } finally {
      sub.destroy();
    }
  });

  it('RESP2: a command queued right behind the last unsubscribe runs normally', async () => {
    const sub = await subscriber(2);
    try {
      await sub.subscribe('d2b:c', () => {});
      const unsubscribed = sub.unsubscribe('d2b:c');
      const echo = sub.sendCommand(['ECHO', 'after']);
      await unsubscribed;
      expect(await echo).toBe('after');
    } finally {
      sub.destroy();
    }
  });
});

describe('a subscribe that fails takes back exactly what it added, on the server too', () => {
  let proxy: FaultProxy;
  let sub: RedisClientType;

  beforeEach(async () => {
    proxy = await startFaultProxy({ targetPort: server.port });
    sub = createClient({ socket: { host: proxy.host, port: proxy.port }, commandOptions: { timeout: 200 } });
    sub.on('error', () => {});
    await sub.connect();
  });

  afterEach(async () => {
    sub.destroy();
    await proxy.stop();
  });

  /** Lets what the proxy held through; once PING is answered, every command before it ran. */
  async function flush(): Promise<void> {
    proxy.resume();
    expect(await sub.sendCommand(['PING'])).toBe('PONG');
  }

  it('a timed-out SUBSCRIBE that a second caller joined is undone once both give up', async () => {
    proxy.pause(); // the SUBSCRIBE is written, and answered only after both callers timed out
    const first = sub.subscribe('undo:joined', () => {});
    const second = sub.subscribe('undo:joined', () => {});
    await expect(first).rejects.toBeInstanceOf(TimeoutError);
    await expect(second).rejects.toBeInstanceOf(TimeoutError);
    expect(sub.isPubSubActive).toBe(false);
    await flush();
    expect(await numSub('undo:joined')).toBe(0);
  });

  it('a failed subscribe that leaves a confirmed channel without listeners unsubscribes it', async () => {
    const earlier = (): void => {};
    await sub.subscribe('undo:confirmed', earlier);
    proxy.pause();
    // Joins the confirmed channel, and times out on the new one.
    const failing = sub.subscribe(['undo:confirmed', 'undo:new'], () => {});
    const left = sub.unsubscribe('undo:confirmed', earlier); // the channel stays: the other listener is on it
    await expect(failing).rejects.toBeInstanceOf(TimeoutError);
    expect(sub.isPubSubActive).toBe(false);
    await flush();
    await left;
    expect(await numSub('undo:confirmed')).toBe(0);
    expect(await numSub('undo:new')).toBe(0);
  });
});

describe('subscriptions the server takes away', () => {
  it('a resubscribe the server refuses is an error event; the client stays usable', async () => {
    const acl = await startRedisServer({ acl: [{ username: 'sub', password: 'sub-pw', rules: '~* &allowed:* +@all' }] });
    try {
      const sub = createClient({ username: 'sub', password: 'sub-pw', socket: { host: acl.host, port: acl.port, reconnectStrategy: 20 } });
      const errors = new Inbox<Error>();
      sub.on('error', errors.push);
      await sub.connect();
      const listener = (): void => {};
      await sub.subscribe('allowed:news', listener);
      const ready = nextEvent(sub, 'ready');
      // Redis disconnects clients subscribed to channels their user may no longer use.
      await acl.command('ACL', 'SETUSER', 'sub', 'resetchannels', '&other:*');
      await ready;
      await until('SubscriptionLostError reported', () => errors.items.some((e) => e instanceof SubscriptionLostError));
      const lost = errors.items.find((e): e is SubscriptionLostError => e instanceof SubscriptionLostError)!;
      expect(lost.kind).toBe('CHANNELS');
      expect(lost.channels).toEqual(['allowed:news']);
      expect(lost.listeners.get('allowed:news')!.strings.has(listener)).toBe(true);
      expect((lost.cause as { code?: string }).code).toBe('NOPERM');
      expect(sub.isPubSubActive).toBe(false);
      expect(await sub.sendCommand(['ECHO', 'usable'])).toBe('usable');
      sub.destroy();
    } finally {
      await acl.stop();
    }
  });

  describe('a sharded channel whose slot leaves the node (Redis 7 sends sunsubscribe)', () => {
    let node: RedisServer;
    const channel = 'moving';

    // A one-node cluster. It keeps an anchor slot for good, so it stays `cluster_state:ok` while the
    // channel's slot comes and goes (a node left with no slot would wait out a rejoin delay).
    beforeAll(async () => {
      node = await startRedisServer({
        config: { 'cluster-enabled': 'yes', 'cluster-require-full-coverage': 'no', 'cluster-node-timeout': 1000 },
      });
      await node.command('CLUSTER', 'ADDSLOTS', String(await node.command('CLUSTER', 'KEYSLOT', 'anchor')));
      await until('cluster_state:ok', async () => String(await node.command('CLUSTER', 'INFO')).includes('cluster_state:ok'));
    });

    afterAll(async () => {
      await node?.stop();
    });

    async function ownSlot(): Promise<string> {
      const slot = String(await node.command('CLUSTER', 'KEYSLOT', channel));
      await node.command('CLUSTER', 'ADDSLOTS', slot);
      return slot;
    }

    it.each([2, 3] as const)('RESP%i: emits sharded-channel-moved with the channel and its listeners', async (RESP) => {
      const slot = await ownSlot();
      const sub = createClient({ RESP, socket: { host: node.host, port: node.port } });
      await sub.connect();
      try {
        const listener = (): void => {};
        await sub.sSubscribe(channel, listener);
        const moved = nextEvent<[string, ChannelListeners]>(sub, 'sharded-channel-moved');
        await node.command('CLUSTER', 'DELSLOTS', slot);
        const [name, listeners] = await moved;
        expect(name).toBe(channel);
        expect([...listeners.strings]).toEqual([listener]);
        expect(sub.isPubSubActive).toBe(false);
        expect(await sub.sendCommand(['PING'])).toBe('PONG');
      } finally {
        sub.destroy();
      }
    });

    it('with nothing listening to sharded-channel-moved, it is an error event', async () => {
      const slot = await ownSlot();
      const sub = createClient({ socket: { host: node.host, port: node.port } });
      const errors = new Inbox<Error>();
      sub.on('error', errors.push);
      await sub.connect();
      try {
        await sub.sSubscribe(channel, () => {});
        await node.command('CLUSTER', 'DELSLOTS', slot);
        const [error] = await errors.atLeast(1);
        expect(error).toBeInstanceOf(SubscriptionLostError);
        expect((error as SubscriptionLostError).channels).toEqual([channel]);
      } finally {
        sub.destroy();
      }
    });
  });
});
