import { RESP_TYPES } from '@x/modules';
import { startRedisServer, type RedisServer } from '@x/test-utils';
import { createClient, type RedisClientType } from '../src';
import { scanHashFields, scanHashValues } from '../src/scan-iterators';

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

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

// SCAN guarantees every element present throughout the scan, not uniqueness: an element may come
// twice (node-redis does not dedupe either), so the tests compare sets and bound the total.
describe('scan iterators yield every element, one batch per step', () => {
  it('scanIterator: 10k keys with MATCH and COUNT', async () => {
    const keys = range(10_000).map((i) => `scan:key:${i}`);
    await client.sendCommand(['MSET', ...keys.flatMap((key) => [key, 'v'])]);
    await client.sendCommand(['SET', 'other:key', 'v']);
    const seen = new Set<string>();
    let total = 0;
    let batches = 0;
    for await (const batch of client.scanIterator({ MATCH: 'scan:key:*', COUNT: 1000 })) {
      batches++;
      total += batch.length;
      for (const key of batch) seen.add(key);
    }
    expect(seen).toEqual(new Set(keys));
    expect(total).toBeGreaterThanOrEqual(keys.length);
    expect(batches).toBeGreaterThan(1);
  });

  it('scanIterator: TYPE, and Buffers under a Buffer type mapping', async () => {
    await client.sendCommand(['HSET', 'scan:typed:h', 'f', 'v']);
    const hashes: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: 'scan:*', TYPE: 'hash', COUNT: 1000 })) hashes.push(...batch);
    expect(hashes).toEqual(['scan:typed:h']);
    const buffers: Buffer[] = [];
    for await (const batch of client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).scanIterator({ MATCH: 'scan:typed:*' })) {
      buffers.push(...batch);
    }
    expect(buffers).toEqual([Buffer.from('scan:typed:h')]);
  });

  it('hScanIterator: { field, value } entries', async () => {
    const fields = range(1000).map((i) => `f${i}`);
    await client.sendCommand(['HSET', 'scan:h', ...fields.flatMap((f) => [f, `v-${f}`])]);
    const seen = new Map<string, string>();
    for await (const entries of client.hScanIterator('scan:h', { COUNT: 100 })) {
      for (const { field, value } of entries) seen.set(field, value);
    }
    expect(seen.size).toBe(1000);
    for (const f of fields) expect(seen.get(f)).toBe(`v-${f}`);
  });

  it('sScanIterator: members, with MATCH', async () => {
    const members = range(1000).map((i) => `m${i}`);
    await client.sendCommand(['SADD', 'scan:s', ...members, 'skip-me']);
    const seen = new Set<string>();
    for await (const batch of client.sScanIterator('scan:s', { MATCH: 'm*', COUNT: 100 })) for (const m of batch) seen.add(m);
    expect(seen).toEqual(new Set(members));
  });

  it('zScanIterator: { value, score } members, infinite scores included', async () => {
    const members = range(1000).map((i) => `z${i}`);
    await client.sendCommand(['ZADD', 'scan:z', ...members.flatMap((m, i) => [String(i / 2), m]), '+inf', 'top', '-inf', 'bottom']);
    const seen = new Map<string, number>();
    for await (const batch of client.zScanIterator('scan:z', { COUNT: 100 })) for (const { value, score } of batch) seen.set(value, score);
    expect(seen.size).toBe(1002);
    members.forEach((m, i) => expect(seen.get(m)).toBe(i / 2));
    expect(seen.get('top')).toBe(Infinity);
    expect(seen.get('bottom')).toBe(-Infinity);
  });

  it('an empty keyspace match ends after the cursor comes back to 0', async () => {
    const batches: string[][] = [];
    for await (const batch of client.scanIterator({ MATCH: 'nothing:here:*' })) batches.push(batch);
    expect(batches.flat()).toEqual([]);
  });
});

// The logic of node-redis's hScanValuesIterator / hScanNoValuesIterator, which the client and the
// cluster expose as two-line methods over these functions (the client passes itself as the sender).
describe('hash value and field iterators', () => {
  it('scanHashValues: the values of each step, every one of them, Buffers under a Buffer mapping', async () => {
    const fields = range(1000).map((i) => `f${i}`); // past hash-max-listpack-entries (512): scanned in steps
    await client.sendCommand(['HSET', 'scan:hv', ...fields.flatMap((f) => [f, `v-${f}`])]);
    const seen = new Set<string>();
    let batches = 0;
    for await (const values of scanHashValues(client, 'scan:hv', { COUNT: 50 })) {
      batches++;
      for (const value of values) seen.add(value as string);
    }
    expect(seen).toEqual(new Set(fields.map((f) => `v-${f}`)));
    expect(batches).toBeGreaterThan(1);
    const buffers: Buffer[] = [];
    for await (const values of scanHashValues(client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }), 'scan:hv', { MATCH: 'f1', COUNT: 1000 })) {
      buffers.push(...(values as Buffer[]));
    }
    expect(buffers).toEqual([Buffer.from('v-f1')]);
  });

  it('scanHashFields: sends HSCAN … NOVALUES, which the 7.0 server here refuses (Redis 7.4+)', async () => {
    await client.sendCommand(['HSET', 'scan:hf', 'a', '1']);
    const iterator = scanHashFields(client, 'scan:hf', { MATCH: 'a*' });
    await expect(iterator.next()).rejects.toThrow(/syntax error/i);
  });
});
