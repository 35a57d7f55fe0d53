import { inspect } from 'node:util';
import { startRedisServer, type RedisServer } from '@x/test-utils';
import { createClient, type RedisClientType } from '../src';

// Issue 13 item 6: util.inspect(client) and JSON.stringify(client.options) printed the password.
// The options stay inspectable (every other field shows) and usable (duplicate() authenticates).

const PASSWORD = 'Redact-Me-9f1c';
const URL_PASSWORD = 'Url-Secret-44ab';
const TLS_KEY = '-----BEGIN PRIVATE KEY-----tls-key-material-----END PRIVATE KEY-----';

let server: RedisServer;

beforeAll(async () => {
  server = await startRedisServer({ acl: [{ username: 'alice', password: PASSWORD, rules: '~* &* +@all' }] });
});

afterAll(async () => {
  await server?.stop();
});

function everyRendering(value: unknown): string {
  return [
    inspect(value),
    inspect(value, { depth: Infinity, showHidden: true }),
    JSON.stringify((value as { options?: unknown }).options ?? value),
  ].join('\n');
}

it('a connected client shows its options with the password redacted, and still authenticates a duplicate', async () => {
  const client = (await createClient({
    username: 'alice',
    password: PASSWORD,
    name: 'visible-name',
    socket: { host: server.host, port: server.port },
  }).connect()) as RedisClientType;
  try {
    const text = [everyRendering(client), everyRendering(client.options), inspect(client.options.socket)].join('\n');
    expect(text).not.toContain(PASSWORD);
    expect(text).toContain('visible-name');
    expect(text).toContain('<redacted>');
    // The value itself is still there for code that reads it (and for duplicate()).
    expect(client.options.password).toBe(PASSWORD);
    const copy = (await client.duplicate().connect()) as RedisClientType;
    expect(await copy.sendCommand(['ACL', 'WHOAMI'])).toBe('alice');
    copy.destroy();
    expect({ ...client.options }.password).toBe(PASSWORD);
  } finally {
    client.destroy();
  }
});

it('a URL\'s password and TLS key material are redacted too', () => {
  const client = createClient({
    url: `redis://alice:${URL_PASSWORD}@127.0.0.1:6390/0`,
    socket: { tls: true, key: TLS_KEY, rejectUnauthorized: false },
  });
  const text = [everyRendering(client), everyRendering(client.options)].join('\n');
  expect(text).not.toContain(URL_PASSWORD);
  expect(text).not.toContain('tls-key-material');
  expect(text).toContain('redis://alice:<redacted>@127.0.0.1:6390/0');
  expect(text).toContain('rejectUnauthorized');
});
