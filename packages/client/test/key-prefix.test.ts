import { startRedisServer, type RedisServer } from '@x/test-utils';
import { createClient, createClientPool, InvalidOptionError, type RedisClientType } from '../src';

// keyPrefix on one client: what the option takes and refuses, and what an empty one means. What it
// does to each command is compared with node-redis in packages/conformance (key-prefix*.test.ts).
let server: RedisServer;
const url = () => `redis://127.0.0.1:${server.port}`;
const clients: Array<{ destroy(): void }> = [];

beforeAll(async () => {
  server = await startRedisServer();
});

afterAll(async () => {
  await server?.stop();
});

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});

async function open(keyPrefix: unknown): Promise<RedisClientType> {
  const client = createClient({ url: url(), keyPrefix: keyPrefix as string });
  clients.push(client);
  return client.connect();
}

it('refuses a keyPrefix that is neither a string nor a Buffer, naming it (client and pool)', () => {
  for (const bad of [5, null, {}, ['p:']]) {
    expect(() => createClient({ url: url(), keyPrefix: bad as unknown as string })).toThrow(InvalidOptionError);
    expect(() => createClient({ url: url(), keyPrefix: bad as unknown as string })).toThrow(/keyPrefix/);
    expect(() => createClientPool({ url: url(), keyPrefix: bad as unknown as string })).toThrow(/keyPrefix/);
  }
});

it('an empty prefix (string or Buffer) is no prefix', async () => {
  for (const empty of ['', Buffer.alloc(0)]) {
    const client = await open(empty);
    await client.set('kp-empty', 'v');
    expect(await server.command('GET', 'kp-empty')).toBe('v');
    await server.command('DEL', 'kp-empty');
  }
});

it('prefixes every key of a command, a Buffer key included, and keeps its bytes', async () => {
  const client = await open('kp:');
  const binary = Buffer.from([0xfe, 0x00]);
  await client.mSet([['kp-a', '1'], [binary, '2']]);
  expect(await server.command('GET', 'kp:kp-a')).toBe('1');
  expect(await server.command('EXISTS', Buffer.concat([Buffer.from('kp:'), binary]))).toBe(1);
  expect(await client.mGet(['kp-a', binary])).toEqual(['1', '2']);
});
