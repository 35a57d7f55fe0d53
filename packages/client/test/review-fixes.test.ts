import { startRedisServer, type RedisServer } from '@x/test-utils';
import { createClient, PubSubCommandError, ReplyOrderError, TimeoutError, WatchError, type RedisClientType } from '../src';
import { until } from './support/inbox';

// Regressions found in review: each test names the behaviour that once failed.
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

describe('commands that would break the reply order are refused on every path, before sending', () => {
  it('a raw SUBSCRIBE through a module definition is refused; the next command gets its own reply', async () => {
    const withModule = await createClient({
      socket: { host: server.host, port: server.port },
      modules: { raw: { sub: { parseCommand(parser, channel: string) { parser.push('SUBSCRIBE', channel); }, transformReply: undefined as unknown as () => unknown } } },
    }).connect();
    try {
      await expect(withModule.raw.sub('review:ch')).rejects.toBeInstanceOf(PubSubCommandError);
      expect(await withModule.sendCommand(['ECHO', 'mine'])).toBe('mine');
    } finally {
      withModule.destroy();
    }
  });

  it('MONITOR and CLIENT REPLY OFF|SKIP are refused; CLIENT REPLY ON is not', async () => {
    await expect(client.sendCommand(['MONITOR'])).rejects.toBeInstanceOf(ReplyOrderError);
    await expect(client.sendCommand(['client', 'reply', 'off'])).rejects.toBeInstanceOf(ReplyOrderError);
    await expect(client.sendCommand(['CLIENT', 'REPLY', 'SKIP'])).rejects.toBeInstanceOf(ReplyOrderError);
    expect(await client.sendCommand(['CLIENT', 'REPLY', 'ON'])).toBe('OK');
    expect(await client.sendCommand(['ECHO', 'after'])).toBe('after');
  });
});

it('the keep-alive PING never resets a connection busy with a blocking command', async () => {
  const pinging = await createClient({ socket: { host: server.host, port: server.port }, pingInterval: 50 }).connect();
  const resets: unknown[] = [];
  pinging.on('reconnecting', (info) => resets.push(info));
  try {
    const pop = pinging.sendCommand(['BLPOP', 'review:list', '0']);
    // Long enough for several ping intervals to pass while BLPOP blocks.
    await until('BLPOP blocked', async () => (await server.text('CLIENT', 'LIST')).includes('cmd=blpop'));
    // What is tested is that time passing does not reset the connection: let ten ping intervals pass.
    const blockedAt = performance.now();
    await until('ten ping intervals while blocked', () => performance.now() - blockedAt > 500);
    await server.command('RPUSH', 'review:list', 'x');
    expect(await pop).toEqual(['review:list', 'x']);
    expect(resets).toEqual([]);
  } finally {
    pinging.destroy();
  }
});

it('close() does not wait for replies a timed-out command still owes (a frozen server)', async () => {
  const own = await startRedisServer();
  try {
    const c = await createClient({ socket: { host: own.host, port: own.port }, commandOptions: { timeout: 100 } }).connect();
    await own.pause();
    await expect(c.sendCommand(['PING'])).rejects.toBeInstanceOf(TimeoutError);
    // Only a tombstone is left: close() must finish without the frozen server's reply.
    await c.close();
    expect(c.isOpen).toBe(false);
  } finally {
    await own.resume();
    await own.stop();
  }
});

it('close() with a live command on a frozen server finishes when that command times out', async () => {
  const own = await startRedisServer();
  try {
    const c = await createClient({ socket: { host: own.host, port: own.port } }).connect();
    await own.pause();
    const pending = c.sendCommand(['PING'], { timeout: 150 }).catch((e: unknown) => e);
    await new Promise((r) => setImmediate(r));
    await c.close();
    expect(await pending).toBeInstanceOf(TimeoutError);
  } finally {
    await own.resume();
    await own.stop();
  }
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

it('options given to sendCommand add to the view\'s options instead of replacing them', async () => {
  await client.set('review:tm', 'v');
  const view = client.withTypeMapping({ 36: Buffer });
  expect(await view.sendCommand(['GET', 'review:tm'], { timeout: 1_000 })).toEqual(Buffer.from('v'));
});

it('an extension cannot be named after an instance field', () => {
  expect(() =>
    createClient({ modules: { options: { x: { parseCommand(parser) { parser.push('PING'); }, transformReply: undefined as unknown as () => string } } } }),
  ).toThrow(/options/);
});
