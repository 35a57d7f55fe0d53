import { inspect } from 'node:util';
import { ReplyError } from '@x/resp';
import { startRedisServer, type RedisServer } from '@x/test-utils';
import { createClient, type RedisClientOptions, type RedisClientType } from '../src';

// Characters a URL must percent-encode, and a space: the password survives both the config file
// and the URL round trip.
const ALICE_PASSWORD = 'p@ss:w/rd%25 #x';
const WRONG_PASSWORD = 'Wr0ng-S3cret-7f3a';

let acl: RedisServer;

beforeAll(async () => {
  acl = await startRedisServer({ acl: [{ username: 'alice', password: ALICE_PASSWORD, rules: '~* &* +@all' }] });
});

afterAll(async () => {
  await acl?.stop();
});

async function connected(options: RedisClientOptions, server: RedisServer = acl): Promise<RedisClientType> {
  const client = createClient({ ...options, socket: { host: server.host, port: server.port, ...options.socket } });
  return (await client.connect()) as RedisClientType;
}

/** Everything a failed connect left behind, as text: the error (with its causes and stack) and every event. */
async function failedConnect(options: RedisClientOptions, server: RedisServer): Promise<{ error: unknown; text: string }> {
  const client = createClient({ ...options, socket: { host: server.host, port: server.port, ...options.socket } });
  const events: unknown[] = [];
  for (const name of ['connect', 'ready', 'end', 'error', 'reconnecting'] as const) {
    client.on(name, (...args: unknown[]) => events.push([name, ...args]));
  }
  const error = await client.connect().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(client.isOpen).toBe(false);
  const text = inspect({ error, stack: (error as Error | undefined)?.stack, events }, { depth: Infinity, showHidden: true });
  return { error, text };
}

describe('ACL users', () => {
  it.each([3, 2] as const)('RESP%i: username and password options', async (RESP) => {
    const c = await connected({ RESP, username: 'alice', password: ALICE_PASSWORD });
    try {
      expect(await c.sendCommand(['ACL', 'WHOAMI'])).toBe('alice');
    } finally {
      c.destroy();
    }
  });

  it('a redis:// URL with a percent-encoded password and a database', async () => {
    const url = `redis://alice:${encodeURIComponent(ALICE_PASSWORD)}@${acl.host}:${acl.port}/2`;
    const c = (await createClient({ url }).connect()) as RedisClientType;
    try {
      expect(await c.sendCommand(['ACL', 'WHOAMI'])).toBe('alice');
      expect(await c.sendCommand(['CLIENT', 'INFO'])).toMatch(/ db=2 /);
    } finally {
      c.destroy();
    }
  });

  it.each([3, 2] as const)('RESP%i: a wrong password rejects connect() with WRONGPASS, and the password appears nowhere', async (RESP) => {
    const { error, text } = await failedConnect({ RESP, username: 'alice', password: WRONG_PASSWORD }, acl);
    expect(error).toBeInstanceOf(ReplyError);
    expect((error as ReplyError).code).toBe('WRONGPASS');
    expect(text).toContain('WRONGPASS');
    expect(text).not.toContain(WRONG_PASSWORD);
  });

  it('a wrong password in a URL appears nowhere either', async () => {
    const url = `redis://alice:${WRONG_PASSWORD}@${acl.host}:${acl.port}`;
    const { error, text } = await failedConnect({ url }, acl);
    expect((error as ReplyError).code).toBe('WRONGPASS');
    expect(text).not.toContain(WRONG_PASSWORD);
  });
});

describe('requirepass (a password and no username)', () => {
  let server: RedisServer;

  beforeAll(async () => {
    server = await startRedisServer({ password: 'only-a-password' });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it.each([3, 2] as const)('RESP%i: authenticates as the default user', async (RESP) => {
    const c = await connected({ RESP, password: 'only-a-password' }, server);
    try {
      expect(await c.sendCommand(['ACL', 'WHOAMI'])).toBe('default');
    } finally {
      c.destroy();
    }
  });

  it('without the password, connect() rejects with NOAUTH', async () => {
    const { error } = await failedConnect({}, server);
    expect((error as ReplyError).code).toBe('NOAUTH');
  });
});

describe('connection settings applied by the handshake', () => {
  it.each([3, 2] as const)('RESP%i: database selects the database; name sets the connection name', async (RESP) => {
    const three = await connected({ RESP, username: 'alice', password: ALICE_PASSWORD, database: 3, name: `x-client-${RESP}` });
    const zero = await connected({ RESP, username: 'alice', password: ALICE_PASSWORD });
    try {
      await three.sendCommand(['SET', 'auth:db', 'in-3']);
      expect(await three.sendCommand(['GET', 'auth:db'])).toBe('in-3');
      expect(await zero.sendCommand(['GET', 'auth:db'])).toBeNull();
      expect(await three.sendCommand(['CLIENT', 'GETNAME'])).toBe(`x-client-${RESP}`);
      expect(await three.sendCommand(['CLIENT', 'INFO'])).toMatch(/ db=3 /);
    } finally {
      three.destroy();
      zero.destroy();
    }
  });
});

describe('a server without HELLO', () => {
  let server: RedisServer;

  beforeAll(async () => {
    server = await startRedisServer({ password: 'old-server', config: { 'rename-command': ['HELLO', ''] } });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('falls back to RESP2 (AUTH and CLIENT SETNAME instead of HELLO), and replies keep their RESP3 shape', async () => {
    const c = await connected({ password: 'old-server', name: 'fallback', database: 1 }, server);
    try {
      expect(c.respVersion).toBe(2);
      expect(await c.sendCommand(['CLIENT', 'GETNAME'])).toBe('fallback');
      await c.hSet('auth:h', 'f', 'v');
      // Raw, the reply is RESP2's flat array; the method picks its RESP2 transform.
      expect(await c.sendCommand(['HGETALL', 'auth:h'])).toEqual(['f', 'v']);
      expect(await c.hGetAll('auth:h')).toEqual({ f: 'v' });
    } finally {
      c.destroy();
    }
  });
});
