import fs from 'node:fs';
import {
  CommandTimeoutError,
  createCertificateAuthority,
  isProcessAlive,
  RedisReplyError,
  RedisStartError,
  startRedisServer,
  type RedisServer,
} from '../src';
import { roundTrip } from './raw-client';

describe('startRedisServer: defaults', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(() => server.stop());

  it('runs a real redis-server on a 127.0.0.1 port in its own dir', async () => {
    expect(server.host).toBe('127.0.0.1');
    expect(isProcessAlive(server.pid)).toBe(true);
    expect(fs.existsSync(server.configFile)).toBe(true);
    expect(await roundTrip(server.port, [['PING']])).toEqual(['PONG']);
    const config = (await server.command('CONFIG', 'GET', 'bind')) as string[];
    expect(config[1]).toBe('127.0.0.1');
  });

  it('round-trips commands and decodes every RESP2 reply type', async () => {
    expect(await server.command('SET', 'k', 'v')).toBe('OK');
    expect(await server.command('GET', 'k')).toBe('v');
    expect(await server.command('GET', 'missing')).toBeNull();
    expect(await server.command('RPUSH', 'l', 'a', 'b')).toBe(2);
    expect(await server.command('LRANGE', 'l', 0, -1)).toEqual(['a', 'b']);
  });

  it('turns an error reply into a thrown RedisReplyError with the server message', async () => {
    const error: unknown = await server.command('NOSUCHCOMMAND').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedisReplyError);
    expect((error as RedisReplyError).code).toBe('ERR');
    expect((error as Error).message).toMatch(/unknown command/);
  });

  it('allows DEBUG PROTOCOL (enable-debug-command yes) and persists nothing', async () => {
    expect(await server.command('DEBUG', 'PROTOCOL', 'integer')).toBe(12345);
    expect(await server.command('CONFIG', 'GET', 'save')).toEqual(['save', '']);
    expect(await server.command('CONFIG', 'GET', 'appendonly')).toEqual(['appendonly', 'no']);
  });

  it('returns binary bulk strings as Buffers when asked', async () => {
    await server.command('SET', 'bin', Buffer.from([0xff, 0x00, 0x80]));
    expect(await server.commandWith({ buffers: true }, 'GET', 'bin')).toEqual(Buffer.from([0xff, 0x00, 0x80]));
  });

  it('parses INFO', async () => {
    const info = await server.info('server');
    expect(info['tcp_port']).toBe(String(server.port));
  });

  it('text() and integer() narrow the reply, or reject naming the command', async () => {
    await server.command('SET', 'n', '41');
    expect(await server.integer('INCR', 'n')).toBe(42);
    expect(await server.text('GET', 'n')).toBe('42');
    await expect(server.text('GET', 'no-such-key')).rejects.toThrow('GET: expected a string reply, got null');
    await expect(server.integer('GET', 'n')).rejects.toThrow('GET: expected an integer reply, got string');
  });
});

describe('startRedisServer: lifecycle', () => {
  it('stop() ends the process and removes the dir', async () => {
    const server = await startRedisServer();
    const { pid, dir } = server;
    await server.stop();
    expect(isProcessAlive(pid)).toBe(false);
    expect(fs.existsSync(dir)).toBe(false);
    expect(server.state).toBe('stopped');
    await server.stop(); // idempotent
  });

  it('pause() stops answering, resume() answers again', async () => {
    const server = await startRedisServer();
    try {
      await server.pause();
      expect(server.state).toBe('paused');
      await expect(server.commandWith({ timeoutMs: 300 }, 'PING')).rejects.toBeInstanceOf(CommandTimeoutError);
      await server.resume();
      expect(await server.command('PING')).toBe('PONG');
    } finally {
      await server.stop();
    }
  });

  it('kill() ends the process; restart() brings it back on the same port and dir, empty', async () => {
    const server = await startRedisServer();
    try {
      const { pid, port, dir } = server;
      await server.command('SET', 'k', 'v');
      await server.kill();
      expect(isProcessAlive(pid)).toBe(false);
      expect(server.state).toBe('stopped');
      await server.restart();
      expect(server.pid).not.toBe(pid);
      expect([server.port, server.dir]).toEqual([port, dir]);
      expect(await server.command('GET', 'k')).toBeNull();
    } finally {
      await server.stop();
    }
  });

  it('restart() of a running appendonly server keeps its data', async () => {
    const server = await startRedisServer({ appendonly: true });
    try {
      await server.command('SET', 'k', 'v');
      const pid = server.pid;
      await server.restart();
      expect(server.pid).not.toBe(pid);
      expect(await server.command('GET', 'k')).toBe('v');
    } finally {
      await server.stop();
    }
  });

  it('applies config and args; rejects with the log tail when the server cannot start', async () => {
    const server = await startRedisServer({ config: { 'maxmemory-policy': 'allkeys-lru' }, args: ['--maxmemory', '12mb'] });
    try {
      expect(await server.command('CONFIG', 'GET', 'maxmemory')).toEqual(['maxmemory', String(12 * 1024 * 1024)]);
      expect(await server.command('CONFIG', 'GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'allkeys-lru']);
    } finally {
      await server.stop();
    }
    const failure = await startRedisServer({ loadModules: ['/nonexistent/module.so'] }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RedisStartError);
    expect((failure as Error).message).toMatch(/Module \/nonexistent\/module\.so failed to load/);
  });

  it('never shows a password in a start failure, even when redis echoes the bad config line', async () => {
    const failure = await startRedisServer({ password: 'hunter2-secret', config: { 'no-such-directive': 'x' } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RedisStartError);
    expect((failure as Error).message).toMatch(/no-such-directive/);
    const acl = await startRedisServer({ acl: [{ username: 'u', password: 'acl-secret', rules: 'bogus-rule' }] }).catch((e: unknown) => e);
    expect(acl).toBeInstanceOf(RedisStartError);
    expect((acl as Error).message).toMatch(/\*\*\*/); // the echoed user line, masked
    for (const error of [failure, acl]) expect((error as Error).message).not.toMatch(/hunter2-secret|acl-secret/);
  });
});

describe('startRedisServer: auth', () => {
  it('password: the harness authenticates, an anonymous client gets NOAUTH', async () => {
    const server = await startRedisServer({ password: 'pa ss"word' });
    try {
      expect(await server.command('PING')).toBe('PONG');
      expect(server.auth).toEqual({ password: 'pa ss"word' });
      const [anonymous, auth, ping] = await roundTrip(server.port, [['GET', 'k'], ['AUTH', 'pa ss"word'], ['PING']]);
      expect((anonymous as Error).message).toMatch(/^NOAUTH/);
      expect([auth, ping]).toEqual(['OK', 'PONG']);
    } finally {
      await server.stop();
    }
  });

  it('acl: users get exactly their rules; the harness uses its own user', async () => {
    const server = await startRedisServer({
      acl: [
        { username: 'default', rules: 'off' },
        { username: 'cache', password: 'c-pass', rules: '~cache:* +get +set' },
      ],
    });
    try {
      expect(await server.command('ACL', 'WHOAMI')).toBe(server.auth?.username);
      const [anonymous, auth, allowed, denied] = await roundTrip(server.port, [
        ['PING'],
        ['AUTH', 'cache', 'c-pass'],
        ['SET', 'cache:1', 'v'],
        ['SET', 'other', 'v'],
      ]);
      expect((anonymous as Error).message).toMatch(/^NOAUTH/);
      expect([auth, allowed]).toEqual(['OK', 'OK']);
      expect((denied as Error).message).toMatch(/^NOPERM/);
    } finally {
      await server.stop();
    }
  });
});

describe('startRedisServer: TLS', () => {
  it('TLS-only: a client trusting the returned CA connects; one trusting another CA fails', async () => {
    const server = await startRedisServer({ tls: true });
    try {
      expect(server.tlsPort).toBe(server.port);
      const tls = server.tls;
      if (tls === undefined) throw new Error('no TLS material');
      expect(await roundTrip(server.port, [['PING']], { tls: { ca: tls.ca } })).toEqual(['PONG']);
      const other = await createCertificateAuthority();
      await expect(roundTrip(server.port, [['PING']], { tls: { ca: other.ca } })).rejects.toThrow(/certificate/i);
      expect(await server.command('CONFIG', 'GET', 'port')).toEqual(['port', '0']);
    } finally {
      await server.stop();
    }
  });

  it('both ports, client certificates required', async () => {
    const server = await startRedisServer({ tls: { mode: 'both', authClients: true } });
    try {
      const tls = server.tls;
      if (tls === undefined || server.tlsPort === undefined) throw new Error('no TLS');
      expect(server.tlsPort).not.toBe(server.port);
      expect(await roundTrip(server.port, [['PING']])).toEqual(['PONG']);
      const withCert = { ca: tls.ca, cert: tls.clientCert, key: tls.clientKey };
      expect(await roundTrip(server.tlsPort, [['PING']], { tls: withCert })).toEqual(['PONG']);
      await expect(roundTrip(server.tlsPort, [['PING']], { tls: { ca: tls.ca } })).rejects.toThrow();
    } finally {
      await server.stop();
    }
  });
});
