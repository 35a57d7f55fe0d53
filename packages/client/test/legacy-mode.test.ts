import { startRedisServer, type RedisServer } from '@x/test-utils';
import { createClient, MultiErrorReply, ReplyError, type RedisClientType, type RedisLegacyClientType } from '../src';
import { nextEvent } from './support/inbox';

// client.legacy(): node-redis's v3-style callback interface, against a real server.

let server: RedisServer;
const clients: Array<{ destroy(): void }> = [];

beforeAll(async () => {
  server = await startRedisServer();
});

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

afterAll(async () => {
  await server?.stop();
});

async function connect(RESP: 2 | 3 = 3): Promise<RedisClientType<Record<never, never>, Record<never, never>, Record<never, never>, 2 | 3>> {
  const client = createClient({ RESP, socket: { host: server.host, port: server.port } });
  clients.push(client);
  await client.connect();
  return client;
}

/** Call a legacy method and resolve with what its callback got. */
function callback<R = unknown>(invoke: (cb: (err: Error | null, reply?: R) => void) => void): Promise<{ err: Error | null; reply: R | undefined }> {
  return new Promise((resolve) => invoke((err, reply) => resolve({ err, reply })));
}

describe.each([3, 2] as const)('RESP%i', (RESP) => {
  let legacy: RedisLegacyClientType;

  beforeEach(async () => {
    legacy = (await connect(RESP)).legacy();
  });

  it('commands take a trailing callback: (null, reply)', async () => {
    const key = `legacy${RESP}:set`;
    expect(await callback((cb) => legacy.set(key, 'v', cb))).toEqual({ err: null, reply: 'OK' });
    expect(await callback((cb) => legacy.get(key, cb))).toEqual({ err: null, reply: 'v' });
    expect(await callback((cb) => legacy.GET(key, cb))).toEqual({ err: null, reply: 'v' });
    expect(await server.text('GET', key)).toBe('v');
  });

  it('arguments are flattened v3-style: nested arrays, numbers and Dates as strings', async () => {
    const key = `legacy${RESP}:flat`;
    const date = new Date(0);
    expect(await callback((cb) => legacy.hSet(key, ['a', 1, ['b', 2.5]], 'c', date, cb))).toEqual({ err: null, reply: 3 });
    expect(await server.command('HMGET', key, 'a', 'b', 'c')).toEqual(['1', '2.5', date.toString()]);
  });

  it('replies are raw, except HGETALL, which is an object as in v3', async () => {
    const key = `legacy${RESP}:hash`;
    await server.command('HSET', key, 'f', '1', 'g', '2');
    expect(await callback((cb) => legacy.hGetAll(key, cb))).toEqual({ err: null, reply: { f: '1', g: '2' } });
    // node-redis transforms nothing else: ZRANGE WITHSCORES stays the server's flat array.
    await server.command('ZADD', `${key}:z`, '1', 'a');
    expect(await callback((cb) => legacy.sendCommand('ZRANGE', `${key}:z`, '0', '-1', 'WITHSCORES', cb))).toEqual({
      err: null,
      reply: RESP === 2 ? ['a', '1'] : [['a', 1]],
    });
  });

  it('an error reply goes to the callback as a ReplyError', async () => {
    const key = `legacy${RESP}:wrongtype`;
    await server.command('SET', key, 'v');
    const { err, reply } = await callback((cb) => legacy.lPush(key, 'x', cb));
    expect(err).toBeInstanceOf(ReplyError);
    expect(err!.message).toMatch(/^WRONGTYPE/);
    expect(reply).toBeUndefined();
  });

  it('sendCommand takes the command and its arguments flat, with a callback', async () => {
    const key = `legacy${RESP}:raw`;
    expect(await callback((cb) => legacy.sendCommand('SET', key, ['v', 'EX'], 100, cb))).toEqual({ err: null, reply: 'OK' });
    expect(await server.integer('TTL', key)).toBeGreaterThan(0);
  });

  it('multi() chains commands; exec(callback) gets the replies', async () => {
    const key = `legacy${RESP}:multi`;
    const { err, reply } = await callback((cb) => legacy.multi().set(key, 1).incrBy(key, 2).sendCommand('GET', key).hGetAll(`${key}:none`).exec(cb));
    expect(err).toBeNull();
    expect(reply).toEqual(['OK', 3, '3', {}]);
  });

  it('exec: a command that failed makes a MultiErrorReply (the others ran)', async () => {
    const key = `legacy${RESP}:multierr`;
    await server.command('SET', key, 'v');
    const { err } = await callback((cb) => legacy.multi().lPush(key, 'x').incr(`${key}:n`).exec(cb));
    expect(err).toBeInstanceOf(MultiErrorReply);
    expect((err as MultiErrorReply).errorIndexes).toEqual([0]);
    expect(await server.text('GET', `${key}:n`)).toBe('1');
  });
});

describe('without a callback', () => {
  it("an error goes to the client's 'error' event", async () => {
    const client = await connect();
    await server.command('SET', 'legacy:nocb', 'v');
    const event = nextEvent<[Error]>(client, 'error');
    client.legacy().lPush('legacy:nocb', 'x');
    const [error] = await event;
    expect(error).toBeInstanceOf(ReplyError);
    expect(error.message).toMatch(/^WRONGTYPE/);
  });

  it('with no error listener it is a process warning, not an unhandled rejection', async () => {
    const client = await connect();
    await server.command('SET', 'legacy:nocb2', 'v');
    const warned = new Promise<unknown>((resolve) => {
      jest.spyOn(process, 'emitWarning').mockImplementationOnce((warning: unknown) => resolve(warning));
    });
    try {
      client.legacy().multi().lPush('legacy:nocb2', 'x').exec();
      expect(await warned).toBeInstanceOf(MultiErrorReply);
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('a command that succeeds reports nothing, and the write happened', async () => {
    const client = await connect();
    const legacy = client.legacy();
    legacy.set('legacy:fire', 'and-forget');
    expect(await callback((cb) => legacy.get('legacy:fire', cb))).toEqual({ err: null, reply: 'and-forget' });
  });
});

describe('callbacks that throw', () => {
  it("fail nothing else: the error is reported on the client's 'error' event and the client keeps working", async () => {
    const client = await connect();
    const legacy = client.legacy();
    const thrown = new Error('from the callback');
    const event = nextEvent<[Error]>(client, 'error');
    legacy.ping(() => {
      throw thrown;
    });
    const [error] = await event;
    expect(error).toBe(thrown);
    expect(await callback((cb) => legacy.ping(cb))).toEqual({ err: null, reply: 'PONG' });
  });
});

describe('quit', () => {
  it('closes the client; the callback gets OK', async () => {
    const client = await connect();
    expect(await callback((cb) => client.legacy().quit(cb))).toEqual({ err: null, reply: 'OK' });
    expect(client.isOpen).toBe(false);
  });
});

describe('a view', () => {
  it('legacy() on a withTypeMapping view follows its options', async () => {
    const client = await connect();
    await server.command('SET', 'legacy:view', 'v');
    const legacy = client.withTypeMapping({ 36: Buffer }).legacy();
    expect(await callback((cb) => legacy.get('legacy:view', cb))).toEqual({ err: null, reply: Buffer.from('v') });
  });
});
