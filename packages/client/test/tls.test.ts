import { createCertificateAuthority, startRedisServer, type RedisServer } from '@x/test-utils';
import { createClient } from '../src';

let server: RedisServer;

beforeAll(async () => {
  server = await startRedisServer({ tls: true });
});

afterAll(async () => {
  await server?.stop();
});

describe('TLS with the self-signed CA', () => {
  it('socket: { tls: true, ca } verifies the server and speaks', async () => {
    const c = createClient({ socket: { host: server.host, port: server.port, tls: true, ca: server.tls!.ca } });
    await c.connect();
    try {
      expect(await c.sendCommand(['PING'])).toBe('PONG');
    } finally {
      c.destroy();
    }
  });

  it('a rediss:// URL turns TLS on', async () => {
    const c = createClient({ url: `rediss://${server.host}:${server.port}`, socket: { ca: server.tls!.ca } });
    await c.connect();
    try {
      expect(await c.sendCommand(['ECHO', 'secure'])).toBe('secure');
    } finally {
      c.destroy();
    }
  });

  it('a client that trusts another CA: connect() rejects with the verification error, and the client is closed', async () => {
    const other = await createCertificateAuthority();
    const c = createClient({ socket: { host: server.host, port: server.port, tls: true, ca: other.ca } });
    const error = await c.connect().then(
      () => undefined,
      (e: unknown) => e,
    );
    // A node TLS error (made in node's realm, so not a jest-realm `instanceof Error`).
    expect(error).toMatchObject({ code: expect.stringMatching(/CERT|SIGNATURE|ISSUER/) });
    expect(c.isOpen).toBe(false);
  });
});
