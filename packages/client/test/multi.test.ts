import { defineScript, RESP_TYPES, type CommandParser, type RedisArgument } from '@x/modules';
import { ReplyError } from '@x/resp';
import { startFaultProxy, startRedisServer, type FaultProxy, type RedisServer } from '@x/test-utils';
import {
  ConnectionLostError,
  createClient,
  MultiErrorReply,
  TimeoutError,
  WatchError,
  type RedisClientType,
} from '../src';
import { clientOn, createNodeConnection } from '../src/node-connection';
import { nextEvent, until } from './support/inbox';

let server: RedisServer;
let client: RedisClientType;

beforeAll(async () => {
  server = await startRedisServer();
  client = await createClient({ socket: { host: server.host, port: server.port } }).connect();
});

afterAll(async () => {
  client?.destroy();
  await server?.stop();
});

/** Compile-time check: `value` has exactly type T. */
function expectType<T>(value: T): T {
  return value;
}

describe('exec', () => {
  it.each([3, 2] as const)('RESP%i: runs MULTI … EXEC and resolves with each reply, transformed and typed', async (RESP) => {
    const c = await createClient({ RESP, socket: { host: server.host, port: server.port } }).connect();
    try {
      const k = `m${RESP}:`;
      const replies = await c
        .multi()
        .set(`${k}a`, '1')
        .get(`${k}a`)
        .incr(`${k}n`)
        .hSet(`${k}h`, 'f', 'v')
        .hGetAll(`${k}h`)
        .exec<'typed'>();
      expect(replies).toEqual(['OK', '1', 1, 1, { f: 'v' }]);
      const [, value, count, , hash] = replies;
      expectType<string | null>(value);
      expectType<number>(count);
      expectType<string>(hash['f']!);
      // Untyped by default, as in node-redis.
      const generic = await c.multi().get(`${k}a`).exec();
      expect(generic).toEqual(['1']);
      expect(await c.multi().exec()).toEqual([]);
    } finally {
      c.destroy();
    }
  });

  it("follows the view's type mapping", async () => {
    const replies = await client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).multi().set('m:buf', 'x').get('m:buf').execTyped();
    expect(replies[1]).toEqual(Buffer.from('x'));
    expectType<Buffer | null>(replies[1]);
  });

  it('a command the server refuses while queueing aborts the whole transaction: exec() rejects with that refusal, as node-redis, and nothing runs', async () => {
    await client.del('m:abort');
    const error = await client
      .multi()
      .set('m:abort', 'ran')
      .addCommand(['SET', 'only-one-argument'])
      .exec()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReplyError);
    expect((error as ReplyError).code).toBe('ERR');
    expect((error as Error).message).toMatch(/^ERR wrong number of arguments for 'set' command/);
    expect(await client.get('m:abort')).toBeNull();
  });

  it('a command that fails at run time rejects with MultiErrorReply; the others ran', async () => {
    await client.set('m:str', 'x');
    const error = await client
      .multi()
      .set('m:ran', 'yes')
      .lPush('m:str', 'y')
      .get('m:str')
      .exec()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MultiErrorReply);
    const multiError = error as MultiErrorReply;
    expect(multiError.errorIndexes).toEqual([1]);
    expect(multiError.replies[0]).toBe('OK');
    expect((multiError.replies[1] as ReplyError).code).toBe('WRONGTYPE');
    expect(multiError.replies[2]).toBe('x');
    expect([...multiError.errors()].map((e) => (e as ReplyError).code)).toEqual(['WRONGTYPE']);
    expect(await client.get('m:ran')).toBe('yes');
  });

  it('queues script, module and raw commands too (a script runs as EVAL the first time: NOSCRIPT cannot be retried in a transaction)', async () => {
    const incrBy = defineScript({
      SCRIPT: "return redis.call('INCRBY', KEYS[1], ARGV[1])",
      NUMBER_OF_KEYS: 1,
      parseCommand(parser: CommandParser, key: RedisArgument, by: number) {
        parser.pushKey(key);
        parser.push(String(by));
      },
      transformReply: undefined as unknown as () => number,
    });
    const echoModule = {
      say: {
        parseCommand(parser: CommandParser, text: RedisArgument) {
          parser.push('ECHO', text);
        },
        transformReply: (reply: string) => `said ${reply}`,
      },
    };
    const c = await createClient({
      scripts: { addTo: incrBy },
      modules: { shout: echoModule },
      socket: { host: server.host, port: server.port },
    }).connect();
    try {
      await c.sendCommand(['SCRIPT', 'FLUSH']);
      await c.del('m:script');
      const replies = await c.multi().addTo('m:script', 2).addTo('m:script', 3).shout.say('hi').addCommand(['ECHO', 'raw']).exec<'typed'>();
      expect(replies).toEqual([2, 5, 'said hi', 'raw']);
      expectType<number>(replies[0]);
      expectType<string>(replies[2]);
    } finally {
      c.destroy();
    }
  });
});

describe('WATCH', () => {
  it('a watched key changed by another client: WatchError, nothing ran; unchanged: it runs', async () => {
    await client.set('m:w', 'start');
    await client.watch('m:w');
    await server.command('SET', 'm:w', 'theirs');
    const error = await client.multi().set('m:w', 'mine').exec().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchError);
    expect(await client.get('m:w')).toBe('theirs');

    await client.watch(['m:w']);
    expect(await client.multi().set('m:w', 'mine').exec()).toEqual(['OK']);
    expect(await client.get('m:w')).toBe('mine');
  });

  it('a reconnect after WATCH (the server forgot it): WatchError without sending anything', async () => {
    const c = createClient({ socket: { host: server.host, port: server.port, reconnectStrategy: 10 } });
    c.on('error', () => {});
    await c.connect();
    try {
      await c.set('m:wr', 'before');
      await c.WATCH('m:wr');
      const id = await c.sendCommand<number>(['CLIENT', 'ID']);
      const ready = nextEvent(c, 'ready');
      await server.command('CLIENT', 'KILL', 'ID', String(id));
      await ready;
      const error = await c.multi().set('m:wr', 'unguarded').exec().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WatchError);
      expect((error as WatchError).sent).toBe(false);
      expect(await c.get('m:wr')).toBe('before');
      // The failed exec ended the WATCH: the next transaction runs.
      expect(await c.multi().set('m:wr', 'after').exec()).toEqual(['OK']);
    } finally {
      c.destroy();
    }
  });

  it('unwatch() forgets the watched keys', async () => {
    await client.watch('m:uw');
    await server.command('SET', 'm:uw', 'theirs');
    await client.unwatch();
    expect(await client.multi().set('m:uw', 'mine').exec()).toEqual(['OK']);
  });
});

describe('execAsPipeline', () => {
  it('sends the commands without MULTI/EXEC and resolves with their replies; failures reject with MultiErrorReply', async () => {
    expect(await client.multi().set('m:p', '1').incr('m:p').get('m:p').execAsPipeline()).toEqual(['OK', 2, '2']);
    expect(await client.multi().execAsPipeline()).toEqual([]);
    const error = await client.multi().incr('m:p').addCommand(['NOT-A-COMMAND']).execAsPipeline().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MultiErrorReply);
    expect((error as MultiErrorReply).replies[0]).toBe(3);
    expect((error as MultiErrorReply).errorIndexes).toEqual([1]);
  });
});

describe('a transaction is never split', () => {
  let proxy: FaultProxy;

  beforeAll(async () => {
    proxy = await startFaultProxy({ targetPort: server.port });
  });

  afterAll(async () => {
    await proxy?.stop();
  });

  it('the connection drops after the write: the whole exec rejects as may-have-run, and the next command is not inside a MULTI', async () => {
    // The client on a connection of our own, to see its queue (the node-connection contract).
    const options = { socket: { host: proxy.host, port: proxy.port, reconnectStrategy: 10 } };
    const connection = createNodeConnection(options);
    const c = clientOn(connection, options);
    c.on('error', () => {});
    await c.connect();
    try {
      proxy.pause();
      const exec = c.multi().set('m:split', '1').incr('m:split').exec().catch((e: unknown) => e);
      await until('transaction written', () => connection.queueLength === 1);
      proxy.dropConnections();
      proxy.resume();
      const error = await exec;
      expect(error).toBeInstanceOf(ConnectionLostError);
      expect((error as ConnectionLostError).sent).toBe(true);
      expect(await c.sendCommand(['ECHO', 'not queued'])).toBe('not queued');
    } finally {
      c.destroy();
    }
  });

  it('a transaction waiting for a reconnect times out whole: nothing runs (it never loses one command and keeps the rest)', async () => {
    const c = createClient({
      socket: { host: proxy.host, port: proxy.port, reconnectStrategy: 300 },
      commandOptions: { timeout: 50 },
    });
    c.on('error', () => {});
    await c.connect();
    try {
      await c.del('m:whole');
      const reconnecting = nextEvent(c, 'reconnecting');
      proxy.dropConnections();
      await reconnecting;
      const exec = c.multi().set('m:whole', 'a').incr('m:whole:n').exec().catch((e: unknown) => e);
      const error = await exec;
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).sent).toBe(false);
      await nextEvent(c, 'ready');
      expect(await c.sendCommand(['MGET', 'm:whole', 'm:whole:n'], { timeout: 5000 })).toEqual([null, null]);
    } finally {
      c.destroy();
    }
  });
});

it('a WATCH reply arriving after its EXEC does not taint the next transaction', async () => {
  const c = await createClient({ socket: { host: server.host, port: server.port, reconnectStrategy: 10 } }).connect();
  try {
    // Not awaited: WATCH's reply arrives after EXEC was sent.
    const watched = c.watch('review:w');
    const first = await c.multi().set('review:w', '1').exec();
    await watched;
    expect(first).toEqual(['OK']);
    // A reconnect between transactions is fine when nothing is watched.
    const ready = new Promise<void>((resolve) => c.once('ready', () => resolve()));
    await server.command('CLIENT', 'KILL', 'ID', String(await c.sendCommand(['CLIENT', 'ID'])));
    await ready;
    const second = await c.multi().set('review:w', '2').exec().catch((e: unknown) => e);
    expect(second).not.toBeInstanceOf(WatchError);
    expect(second).toEqual(['OK']);
  } finally {
    c.destroy();
  }
});
