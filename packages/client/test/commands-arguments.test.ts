// A malformed argument to a hash, list or set method rejects that call, when it is made, with a
// TypeError naming the argument: nothing is sent, nothing is written, the connection goes on.
import { startRedisServer, type RedisServer } from '@x/test-utils';
import { createClient, type RedisClientType } from '../src';

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

beforeEach(async () => {
  await client.sendCommand(['FLUSHALL']);
});

describe('hSet', () => {
  it('{ a: undefined } rejects with a TypeError naming the field; nothing is written', async () => {
    const call = client.hSet('h', { ok: '1', a: undefined as unknown as string });
    await expect(call).rejects.toThrow(TypeError);
    await expect(call).rejects.toThrow('HSET: the value of field "a" is undefined');
    expect(await client.sendCommand(['EXISTS', 'h'])).toBe(0);
    expect(await client.hSet('h', 'ok', '1')).toBe(1);
  });

  it('a flat [field, value, …] array writes those fields (not "f"/"1" pairs of each string)', async () => {
    expect(await client.hSet('h', ['field1', 'value1', 'field2', 'value2'])).toBe(2);
    expect(await client.sendCommand(['HGETALL', 'h'])).toEqual({ field1: 'value1', field2: 'value2' });
  });
});

describe('numbers and tokens', () => {
  it('a missing count, index or timeout rejects instead of sending "undefined"', async () => {
    await client.sendCommand(['RPUSH', 'l', 'a', 'b']);
    const lRange = client.lRange as unknown as (key: string, start: number) => Promise<unknown>;
    await expect(lRange.call(client, 'l', 0)).rejects.toThrow('LRANGE stop must be a number, got undefined');
    const blPop = client.blPop as unknown as (key: string) => Promise<unknown>;
    await expect(blPop.call(client, 'l')).rejects.toThrow('BLPOP timeout must be a number, got undefined');
    expect(await client.lRange('l', 0, -1)).toEqual(['a', 'b']);
  });

  it('a side that is not LEFT or RIGHT rejects; nothing moves', async () => {
    await client.sendCommand(['RPUSH', 'l', 'a']);
    const lMove = client.lMove as unknown as (...args: unknown[]) => Promise<unknown>;
    await expect(lMove.call(client, 'l', 'l2', 'UP', 'LEFT')).rejects.toThrow(TypeError);
    expect(await client.lLen('l')).toBe(1);
  });
});
