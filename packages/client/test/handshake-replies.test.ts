import net from 'node:net';
import { startRedisServer, type RedisServer } from '@x/test-utils';
import { createClient, HandshakeReplyError, type RedisClientOptions } from '../src';

// Issue 13 item 3: something that speaks before the server (a proxy's banner) must not shift every
// reply onto the wrong caller. The handshake checks each reply is its command's; a mismatch fails
// the connection with a HandshakeReplyError.

let server: RedisServer;
const proxies: net.Server[] = [];

beforeAll(async () => {
  server = await startRedisServer({ password: 'banner-secret' });
});

afterAll(async () => {
  for (const proxy of proxies) proxy.close();
  await server?.stop();
});

/** A loopback proxy to the real server that first writes `banner` (nothing when undefined). */
async function proxyWithBanner(banner: string | undefined): Promise<number> {
  const proxy = net.createServer((client) => {
    const upstream = net.connect(server.port, server.host);
    if (banner !== undefined) client.write(banner);
    client.pipe(upstream).pipe(client);
    const end = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  proxies.push(proxy);
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return (proxy.address() as net.AddressInfo).port;
}

async function connectThrough(port: number, options: RedisClientOptions): Promise<unknown> {
  const client = createClient({ ...options, password: 'banner-secret', socket: { host: '127.0.0.1', port, reconnectStrategy: false } });
  try {
    await client.connect();
    await client.set('a', 'value-of-a');
    await client.set('b', 'value-of-b');
    return await client.get('b');
  } finally {
    client.destroy();
  }
}

it('the proxy itself is transparent: without a banner, replies are right', async () => {
  const port = await proxyWithBanner(undefined);
  await expect(connectThrough(port, {})).resolves.toBe('value-of-b');
});

it.each([
  ['RESP3 (HELLO)', { RESP: 3 } as const],
  ['RESP3 with SELECT', { RESP: 3, database: 1 } as const],
  ['RESP2 (AUTH)', { RESP: 2 } as const],
])('%s: a stray reply before the handshake\'s fails connect() with a HandshakeReplyError', async (_name, options) => {
  const port = await proxyWithBanner('+PROXY ready\r\n');
  const error = await connectThrough(port, options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HandshakeReplyError);
  expect((error as HandshakeReplyError).code).toBe('ERR_HANDSHAKE_REPLY');
  expect((error as Error).message).toMatch(/PROXY ready/);
  expect((error as Error).message).not.toContain('banner-secret');
});
