import { inspect } from 'node:util';
import { startRedisServer, waitFor, done, notYet, type RedisServer } from '@x/test-utils';
import {
  createClient,
  CredentialsError,
  InvalidOptionError,
  type ReplyError,
  UnableToObtainNewCredentialsError,
  type BasicAuth,
  type RedisClientOptions,
  type RedisClientType,
  type StreamingCredentialsListener,
  type StreamingCredentialsProvider,
} from '../src';

// node-redis's credentialsProvider (issue 11 §5): async providers asked at connect and every
// reconnect; streaming providers re-authenticate each live connection on rotation (AUTH, in line:
// no command dropped); a failed re-auth is an 'error' event and onReAuthenticationError.

let server: RedisServer;

beforeAll(async () => {
  server = await startRedisServer({
    acl: [
      { username: 'cp-async', password: 'async-1', rules: '~* &* +@all' },
      { username: 'cp-stream', password: 'stream-1', rules: '~* &* +@all' },
      { username: 'cp-fail', password: 'fail-1', rules: '~* &* +@all' },
    ],
  });
});

afterAll(async () => {
  await server?.stop();
});

function options(extra: RedisClientOptions): RedisClientOptions {
  return { socket: { host: server.host, port: server.port, reconnectStrategy: 20 }, ...extra };
}

/** A streaming provider the test drives: `rotate` sends new credentials to every live subscription. */
function streamingProvider(initial: BasicAuth) {
  let current = initial;
  const listeners = new Set<StreamingCredentialsListener<BasicAuth>>();
  const reAuthErrors: Error[] = [];
  const counts = { subscribes: 0, disposes: 0 };
  const provider: StreamingCredentialsProvider = {
    type: 'streaming-credentials-provider',
    subscribe: (listener) => {
      counts.subscribes++;
      listeners.add(listener);
      return Promise.resolve([current, { dispose: () => { counts.disposes++; listeners.delete(listener); } }]);
    },
    onReAuthenticationError: (error) => reAuthErrors.push(error),
  };
  return {
    provider,
    counts,
    reAuthErrors,
    rotate(next: BasicAuth): void {
      current = next;
      for (const listener of [...listeners]) listener.onNext(next);
    },
    fail(error: Error): void {
      for (const listener of [...listeners]) listener.onError(error);
    },
  };
}

async function authCalls(): Promise<number> {
  const line = (await server.info('commandstats'))['cmdstat_auth'];
  return line === undefined ? 0 : Number(/calls=(\d+)/.exec(line)![1]);
}

/** Kill the user's connections server-side and wait until the client is ready again. */
async function dropAndAwaitReconnect(client: RedisClientType, username: string): Promise<void> {
  const ready = new Promise<void>((resolve) => client.once('ready', () => resolve()));
  await server.command('CLIENT', 'KILL', 'USER', username);
  await ready;
}

describe('async-credentials-provider', () => {
  it('is asked at connect and at every reconnect, and its current credentials are used', async () => {
    let password = 'async-1';
    let calls = 0;
    const client = (await createClient(
      options({
        credentialsProvider: {
          type: 'async-credentials-provider',
          credentials: () => {
            calls++;
            return Promise.resolve({ username: 'cp-async', password });
          },
        },
      }),
    ).connect()) as RedisClientType;
    client.on('error', () => undefined);
    try {
      expect(calls).toBe(1);
      expect(await client.sendCommand(['ACL', 'WHOAMI'])).toBe('cp-async');
      // Rotate: the server accepts only the new password; the provider hands it out.
      await server.command('ACL', 'SETUSER', 'cp-async', 'resetpass', '>async-2');
      password = 'async-2';
      await dropAndAwaitReconnect(client, 'cp-async');
      expect(calls).toBe(2);
      expect(await client.sendCommand(['ACL', 'WHOAMI'])).toBe('cp-async');
    } finally {
      client.destroy();
    }
  });

  it('a provider that fails rejects connect() with UnableToObtainNewCredentialsError (its error as cause)', async () => {
    const failure = new Error('vault unreachable');
    const client = createClient(options({ credentialsProvider: { type: 'async-credentials-provider', credentials: () => Promise.reject(failure) } }));
    const error = await client.connect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnableToObtainNewCredentialsError);
    expect((error as Error).cause).toBe(failure);
    expect(client.isOpen).toBe(false);
  });

  it('a provider that never answers fails connect() within connectTimeout', async () => {
    const client = createClient({
      socket: { host: server.host, port: server.port, connectTimeout: 200 },
      credentialsProvider: { type: 'async-credentials-provider', credentials: () => new Promise<BasicAuth>(() => undefined) },
    });
    const error = await client.connect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnableToObtainNewCredentialsError);
    expect((error as Error).message).toMatch(/did not answer within 200 ms/);
  });
});

describe('streaming-credentials-provider', () => {
  it('re-authenticates the live connection on rotation without dropping a command, and subscribes again on reconnect', async () => {
    const stream = streamingProvider({ username: 'cp-stream', password: 'stream-1' });
    const client = (await createClient(options({ credentialsProvider: stream.provider })).connect()) as RedisClientType;
    const errors: Error[] = [];
    client.on('error', (error) => errors.push(error));
    try {
      expect(stream.counts.subscribes).toBe(1);
      const authBefore = await authCalls();
      await client.del('cp:counter');
      // Commands in flight on both sides of the rotation.
      const before = Array.from({ length: 500 }, () => client.incr('cp:counter'));
      await server.command('ACL', 'SETUSER', 'cp-stream', '>stream-2');
      stream.rotate({ username: 'cp-stream', password: 'stream-2' });
      const after = Array.from({ length: 500 }, () => client.incr('cp:counter'));
      const replies = await Promise.all([...before, ...after]);
      expect(replies).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
      expect(await authCalls()).toBe(authBefore + 1);
      expect(errors).toEqual([]);
      // The old password is gone: the next connection must authenticate with the new one.
      await server.command('ACL', 'SETUSER', 'cp-stream', '<stream-1');
      await dropAndAwaitReconnect(client, 'cp-stream');
      expect(stream.counts).toEqual({ subscribes: 2, disposes: 1 });
      expect(await client.sendCommand(['ACL', 'WHOAMI'])).toBe('cp-stream');
    } finally {
      await client.close();
    }
    expect(stream.counts.disposes).toBe(stream.counts.subscribes);
  });

  it('a refused re-authentication is an error event and onReAuthenticationError, the connection keeps working, no password shown', async () => {
    const stream = streamingProvider({ username: 'cp-fail', password: 'fail-1' });
    const client = (await createClient(options({ credentialsProvider: stream.provider })).connect()) as RedisClientType;
    const errors: Error[] = [];
    client.on('error', (error) => errors.push(error));
    try {
      stream.rotate({ username: 'cp-fail', password: 'Not-The-Password-77' });
      await waitFor('the error event', async () => (errors.length > 0 ? done(true) : notYet('no error yet')), { timeoutMs: 5_000, intervalMs: 10 });
      expect(errors[0]).toBeInstanceOf(CredentialsError);
      expect((errors[0] as CredentialsError).code).toBe('ERR_REAUTHENTICATION');
      expect((errors[0]!.cause as ReplyError).code).toBe('WRONGPASS');
      expect(stream.reAuthErrors).toHaveLength(1);
      expect(stream.reAuthErrors[0]).toBeInstanceOf(CredentialsError);
      expect(await client.sendCommand(['ACL', 'WHOAMI'])).toBe('cp-fail');
      // A stream that fails: UnableToObtainNewCredentialsError, both ways.
      stream.fail(new Error('token endpoint down'));
      expect(stream.reAuthErrors[1]).toBeInstanceOf(UnableToObtainNewCredentialsError);
      expect(errors[1]).toBeInstanceOf(UnableToObtainNewCredentialsError);
      expect(errors[1]!.message).toMatch(/token endpoint down/);
      const text = inspect({ errors, reAuthErrors: stream.reAuthErrors, client }, { depth: Infinity, showHidden: true });
      expect(text).not.toContain('Not-The-Password-77');
      expect(text).not.toContain('fail-1');
    } finally {
      client.destroy();
    }
    expect(stream.counts.disposes).toBe(stream.counts.subscribes);
  });

  it('an onReAuthenticationError that throws fails nothing else', async () => {
    const stream = streamingProvider({ username: 'cp-fail', password: 'fail-1' });
    stream.provider.onReAuthenticationError = () => {
      throw new Error('handler bug');
    };
    const client = (await createClient(options({ credentialsProvider: stream.provider })).connect()) as RedisClientType;
    const errors: Error[] = [];
    client.on('error', (error) => errors.push(error));
    try {
      stream.rotate({ username: 'cp-fail', password: 'wrong' });
      await waitFor('the error event', async () => (errors.length > 0 ? done(true) : notYet('no error yet')), { timeoutMs: 5_000, intervalMs: 10 });
      expect(errors[0]).toBeInstanceOf(CredentialsError);
      expect(await client.ping()).toBe('PONG');
    } finally {
      client.destroy();
    }
  });
});

describe('option checks', () => {
  it.each([
    ['not an object', 'yes'],
    ['an unknown type', { type: 'static-credentials-provider' }],
    ['async without credentials()', { type: 'async-credentials-provider' }],
    ['streaming without onReAuthenticationError', { type: 'streaming-credentials-provider', subscribe: () => undefined }],
  ])('%s is an InvalidOptionError naming credentialsProvider', (_what, provider) => {
    expect(() => createClient({ credentialsProvider: provider as never })).toThrow(InvalidOptionError);
    expect(() => createClient({ credentialsProvider: provider as never })).toThrow(/credentialsProvider/);
  });
});
