import { startRedisServer, type RedisServer } from '@x/test-utils';
import { ReplyError, VerbatimString, type RespValue } from '../src/index';
import { RawClient } from './support/raw-client';

/**
 * Encoder → a real redis-server → parser, over a raw socket. RESP3 via HELLO 3 and every type
 * DEBUG PROTOCOL offers; big values; deep nesting; errors; RESP2 too.
 */
let server: RedisServer;
let client: RawClient;

beforeAll(async () => {
  server = await startRedisServer();
  client = await RawClient.connect(server.port);
  const hello = (await client.send(['HELLO', 3])) as Record<string, RespValue>;
  expect(hello['proto']).toBe(3);
  expect(hello['server']).toBe('redis');
}, 30_000);

afterAll(async () => {
  await client?.close();
  await server?.stop();
});

describe('RESP3 types from DEBUG PROTOCOL', () => {
  test.each<[string, RespValue]>([
    ['string', 'Hello World'],
    ['integer', 12345],
    ['double', 3.141],
    ['bignum', 1234567999999999999999999999999999999n],
    ['null', null],
    ['array', [0, 1, 2]],
    ['set', [0, 1, 2]],
    ['map', { 0: false, 1: true, 2: false }],
    ['verbatim', 'This is a verbatim\nstring'],
    ['true', true],
    ['false', false],
  ])('%s', async (type, expected) => {
    expect(await client.send(['DEBUG', 'PROTOCOL', type])).toEqual(expected);
  });

  test('set as Set, map as Map, verbatim with its format, bignum as string', async () => {
    expect(await client.send(['DEBUG', 'PROTOCOL', 'set'], { setType: 'set' })).toEqual(new Set([0, 1, 2]));
    expect(await client.send(['DEBUG', 'PROTOCOL', 'map'], { mapType: 'map' })).toEqual(new Map([[0, false], [1, true], [2, false]]));
    expect(await client.send(['DEBUG', 'PROTOCOL', 'verbatim'], { verbatimFormat: true })).toEqual(new VerbatimString('txt', 'This is a verbatim\nstring'));
    expect(await client.send(['DEBUG', 'PROTOCOL', 'bignum'], { integers: 'string' })).toBe('1234567999999999999999999999999999999');
  });

  test('attrib: the attribute goes to returnAttribute, the reply after it is intact', async () => {
    const before = client.attributes.length;
    expect(await client.send(['DEBUG', 'PROTOCOL', 'attrib'])).toBe('Some real reply following the attribute');
    expect(client.attributes.slice(before)).toEqual([{ 'key-popularity': ['key:123', 90] }]);
  });

  test('push: the push goes to returnPush, the reply after it is intact', async () => {
    const before = client.pushes.length;
    expect(await client.send(['DEBUG', 'PROTOCOL', 'push'])).toBe('Some real reply following the push reply');
    expect(client.pushes.slice(before)).toEqual([['server-cpu-usage', 42]]);
  });
});

describe('values round trip', () => {
  test('strings (non-ASCII), numbers, bigints, Buffers', async () => {
    const text = 'clé ünïcödé ✓ 😀';
    expect(await client.send(['SET', 'rt:text', text])).toBe('OK');
    expect(await client.send(['GET', 'rt:text'])).toBe(text);
    expect(await client.send(['STRLEN', 'rt:text'])).toBe(Buffer.byteLength(text));
    expect(await client.send(['SET', 'rt:n', 41])).toBe('OK');
    expect(await client.send(['INCRBY', 'rt:n', 1])).toBe(42);
    expect(await client.send(['SET', 'rt:big', 9007199254740993n])).toBe('OK');
    expect(await client.send(['INCRBY', 'rt:big', 0], { integers: 'bigint' })).toBe(9007199254740993n);
    expect(await client.send(['INCRBY', 'rt:big', 0], { integers: 'string' })).toBe('9007199254740993');
    expect(await client.send(['INCRBYFLOAT', 'rt:f', 1.5])).toBe('1.5');
    const binary = Buffer.from([0, 255, 13, 10, 128, 1, 2, 3]);
    expect(await client.send(['SET', 'rt:bin', binary])).toBe('OK');
    expect(await client.send(['GET', 'rt:bin'], { returnBuffers: true })).toEqual(binary);
    expect(await client.send(['ZADD', 'rt:z', Infinity, 'top'])).toBe(1);
    expect(await client.send(['ZSCORE', 'rt:z', 'top'])).toBe(Infinity);
  });

  test('5 MB values: a Buffer (binary) and a string', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 9)) & 0xff;
    expect(await client.send(['SET', 'rt:5mb', big])).toBe('OK');
    const back = (await client.send(['GET', 'rt:5mb'], { returnBuffers: true })) as Buffer;
    expect(back.length).toBe(big.length);
    expect(back.equals(big)).toBe(true);

    const text = 'é'.repeat(1024 * 1024) + 'abc'.repeat(1024 * 1024);
    expect(await client.send(['SET', 'rt:5mb-text', text])).toBe('OK');
    const textBack = (await client.send(['GET', 'rt:5mb-text'])) as string;
    expect(textBack.length).toBe(text.length);
    expect(textBack === text).toBe(true);
  });

  test('per-command returnBuffers in a pipeline', async () => {
    await client.send(['SET', 'rt:p', 'v']);
    const replies = [
      client.enqueue(['GET', 'rt:p']),
      client.enqueue(['GET', 'rt:p'], { returnBuffers: true }),
      client.enqueue(['GET', 'rt:p']),
      client.enqueue(['MGET', 'rt:p', 'rt:none'], { returnBuffers: true }),
    ];
    client.flush();
    expect(await Promise.all(replies)).toEqual(['v', Buffer.from('v'), 'v', [Buffer.from('v'), null]]);
  });

  test('1000 pipelined commands in one write come back in order', async () => {
    const replies = Array.from({ length: 1000 }, (_, i) => client.enqueue(i % 2 === 0 ? ['SET', `rt:k${i}`, `v${i}`] : ['GET', `rt:k${i - 1}`]));
    client.flush();
    const values = await Promise.all(replies);
    values.forEach((value, i) => expect(value).toBe(i % 2 === 0 ? 'OK' : `v${i - 1}`));
  });

  test('arrays nested 100 deep (EVAL)', async () => {
    const reply = await client.send(['EVAL', 'local t = {7} for i = 1, 99 do t = {t} end return t', 0]);
    let value = reply;
    let depth = 0;
    while (Array.isArray(value)) {
      value = value[0] as RespValue;
      depth++;
    }
    expect(depth).toBe(100);
    expect(value).toBe(7);
  });
});

describe('errors', () => {
  test('top-level error replies carry the code', async () => {
    await client.send(['DEL', 'rt:list']);
    await client.send(['LPUSH', 'rt:list', 'a']);
    const wrongType = (await client.send(['GET', 'rt:list'])) as ReplyError;
    expect(wrongType).toBeInstanceOf(ReplyError);
    expect(wrongType.code).toBe('WRONGTYPE');
    expect(((await client.send(['NOSUCHCOMMAND'])) as ReplyError).code).toBe('ERR');
    expect(((await client.send(['EVALSHA', 'ffffffffffffffffffffffffffffffffffffffff', 0])) as ReplyError).code).toBe('NOSCRIPT');
  });

  test('errors nested in an array stay values', async () => {
    const reply = (await client.send(['EVAL', "return {1, redis.error_reply('MYCODE custom'), 3}", 0])) as RespValue[];
    expect(reply[0]).toBe(1);
    expect(reply[1]).toBeInstanceOf(ReplyError);
    expect((reply[1] as ReplyError).code).toBe('MYCODE');
    expect(reply[2]).toBe(3);
  });

  test('a MULTI/EXEC with a failing command', async () => {
    const replies = [client.enqueue(['MULTI']), client.enqueue(['INCR', 'rt:list']), client.enqueue(['PING']), client.enqueue(['EXEC'])];
    client.flush();
    const [multi, queued1, queued2, exec] = await Promise.all(replies);
    expect([multi, queued1, queued2]).toEqual(['OK', 'QUEUED', 'QUEUED']);
    const [incr, ping] = exec as [ReplyError, string];
    expect(incr).toBeInstanceOf(ReplyError);
    expect(incr.code).toBe('WRONGTYPE');
    expect(ping).toBe('PONG');
  });
});

describe('pub/sub pushes (RESP3)', () => {
  test('subscribe confirmations and messages arrive as pushes, in order', async () => {
    const subscriber = await RawClient.connect(server.port);
    try {
      await subscriber.send(['HELLO', 3]);
      subscriber.enqueue(['SUBSCRIBE', 'rt:ch']).catch(() => undefined);
      subscriber.flush();
      await subscriber.waitForPushes(1);
      for (let i = 0; i < 3; i++) await client.send(['PUBLISH', 'rt:ch', `hello ${i}`]);
      await subscriber.waitForPushes(4);
      expect(subscriber.pushes).toEqual([
        ['subscribe', 'rt:ch', 1],
        ['message', 'rt:ch', 'hello 0'],
        ['message', 'rt:ch', 'hello 1'],
        ['message', 'rt:ch', 'hello 2'],
      ]);
    } finally {
      await subscriber.close();
    }
  });
});

describe('RESP2', () => {
  test('nulls, integers, bulk strings and errors over a RESP2 connection', async () => {
    const resp2 = await RawClient.connect(server.port);
    try {
      expect(await resp2.send(['SET', 'rt2:k', 'v'])).toBe('OK');
      expect(await resp2.send(['MGET', 'rt2:k', 'rt2:none'])).toEqual(['v', null]);
      expect(await resp2.send(['BLPOP', 'rt2:nolist', '0.01'])).toBeNull();
      expect(await resp2.send(['HSET', 'rt2:h', 'f', '1', 'g', '2'])).toBe(2);
      expect(await resp2.send(['HGETALL', 'rt2:h'])).toEqual(['f', '1', 'g', '2']);
      expect(((await resp2.send(['INCR', 'rt2:h'])) as ReplyError).code).toBe('WRONGTYPE');
    } finally {
      await resp2.close();
    }
  });
});
