import { startRedisServer, type RedisServer } from '@x/test-utils';
import { createClient, type RedisClientType } from '../src';

// The database chosen with SELECT survives a reconnect (issue 12 §1: it used to fall back to the
// configured one, so later commands silently read and wrote database 0).
jest.setTimeout(30_000);

let server: RedisServer;
const clients: Array<{ destroy(): void }> = [];

beforeAll(async () => {
  server = await startRedisServer();
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.stop();
});

async function connect(database?: number): Promise<RedisClientType> {
  const client = await createClient({ socket: { host: server.host, port: server.port }, database }).connect();
  clients.push(client);
  return client as RedisClientType;
}

/** Kill the client's connection from another one and wait until it is ready again on a new socket. */
async function reconnect(client: RedisClientType): Promise<void> {
  const admin = await connect();
  const id = await client.clientId();
  const ready = new Promise<void>((resolve) => client.once('ready', () => resolve()));
  await admin.clientKill({ filter: 'ID', id } as never);
  await ready;
  expect(await client.clientId()).not.toBe(id);
}

async function database(client: RedisClientType): Promise<number> {
  return (await client.clientInfo()).db;
}

it.each([
  ['select(n)', (c: RedisClientType) => c.select(3)],
  ["sendCommand(['SELECT', n])", (c: RedisClientType) => c.sendCommand(['SELECT', '3'])],
  ['multi().select(n)', (c: RedisClientType) => c.multi().select(3).set('db:k', 'v').exec()],
  ['a pipeline with SELECT', (c: RedisClientType) => c.multi().set('db:k', 'v').select(3).execAsPipeline()],
])('%s: the database survives a reconnect', async (_name, choose) => {
  const client = await connect();
  await choose(client);
  expect(await database(client)).toBe(3);
  await reconnect(client);
  expect(await database(client)).toBe(3);
});

it('a failed SELECT changes nothing; the configured database is the starting point', async () => {
  const client = await connect(2);
  await expect(client.sendCommand(['SELECT', '99999'])).rejects.toThrow(/DB index/);
  await reconnect(client);
  expect(await database(client)).toBe(2);
});

it('a transaction whose SELECT ran keeps it even when another command failed (MultiErrorReply)', async () => {
  const client = await connect();
  const failed = client.multi().select(4).sendCommand(['SELECT', '0']).select(5).set('db:string', 'x').lPush('db:string', 'y').exec();
  await expect(failed).rejects.toMatchObject({ name: 'MultiErrorReply', errorIndexes: [4] });
  expect(await database(client)).toBe(5);
  await reconnect(client);
  expect(await database(client)).toBe(5);
});

it('reset() goes back to the configured database, also after a reconnect', async () => {
  const client = await connect(1);
  await client.select(6);
  await client.reset();
  expect(await database(client)).toBe(1);
  await reconnect(client);
  expect(await database(client)).toBe(1);
});

it('blocking commands on dedicated connections use the selected database', async () => {
  const client = await connect();
  await client.blPop('db:warm', 0.01); // opens a dedicated connection in database 0
  await client.select(7);
  await client.lPush('db:list', 'in-7');
  expect(await client.blPop('db:list', 1)).toEqual({ key: 'db:list', element: 'in-7' });
});
