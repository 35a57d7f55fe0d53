// One real redis-server on a free 127.0.0.1 port in a fresh temp dir: startRedisServer (the options and
// the handle's interface are in redis-server-types.ts, the process itself in server-process.ts).
import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { registerDir, unregisterDir } from './process-registry';
import { MAX_PORT_ATTEMPTS, RedisStartError, ServerProcess } from './server-process';
import type { RedisServer, ServerAuth, StartRedisServerOptions } from './redis-server-types';
import { createTlsMaterial, type TlsMaterial } from './tls-material';

export { RedisStartError, redisServerBinary } from './server-process';

export type { RedisServer, ServerAuth, ServerState, ServerTlsOptions, StartRedisServerOptions } from './redis-server-types';

async function prepareDir(options: StartRedisServerOptions): Promise<{ dir: string; owns: boolean }> {
  if (options.dir !== undefined) {
    await fsp.mkdir(options.dir, { recursive: true });
    return { dir: options.dir, owns: false };
  }
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'x-redis-'));
  registerDir(dir);
  return { dir, owns: true };
}

function harnessAuth(options: StartRedisServerOptions): ServerAuth | undefined {
  // With ACL users the harness has its own all-powerful user, so a test's users can have any rules.
  if (options.acl !== undefined) return options.adminUser ?? { username: 'x-harness', password: randomBytes(12).toString('hex') };
  if (options.password !== undefined) return { password: options.password };
  return undefined;
}

/** Validates options, naming the bad one. */
function validate(options: StartRedisServerOptions): void {
  if (options.port !== undefined && (!Number.isInteger(options.port) || options.port <= 0 || options.port > 65535)) {
    throw new TypeError(`startRedisServer: options.port must be an integer 1..65535`);
  }
  for (const user of options.acl ?? []) {
    if (typeof user.username !== 'string' || user.username === '' || /\s/.test(user.username)) {
      throw new TypeError('startRedisServer: options.acl[].username must be a non-empty word');
    }
  }
}

/** Starts a redis-server (see {@link RedisServer}); internal: also used for cluster nodes. */
export async function startServerProcess(options: StartRedisServerOptions = {}): Promise<ServerProcess> {
  validate(options);
  const { dir, owns } = await prepareDir(options);
  try {
    let material: TlsMaterial | undefined;
    if (options.tls !== undefined && options.tls !== false) {
      const tlsOptions = typeof options.tls === 'object' ? options.tls : {};
      material = tlsOptions.material ?? (await createTlsMaterial(path.join(dir, 'tls'), tlsOptions.ca));
    }
    const server = new ServerProcess(dir, options, harnessAuth(options), material, owns);
    for (let attempt = 1; ; attempt++) {
      await server.configure();
      try {
        await server.spawnAndWait();
        return server;
      } catch (error) {
        // Someone (another test run on this box) took the port between the check and the bind.
        const clash = error instanceof RedisStartError && /Address already in use/i.test(error.message);
        if (!clash || options.port !== undefined || attempt >= MAX_PORT_ATTEMPTS) {
          server.releasePorts();
          throw error;
        }
      }
    }
  } catch (error) {
    if (owns && options.keepDir !== true) {
      await fsp.rm(dir, { recursive: true, force: true });
      unregisterDir(dir);
    }
    throw error;
  }
}

/**
 * Starts a real `redis-server` on a free 127.0.0.1 port in a fresh temp dir and resolves once it
 * answers PING. Defaults: `save ""`, `appendonly no`, `enable-debug-command yes` (so
 * `DEBUG PROTOCOL` works), `enable-module-command yes`. Rejects with a {@link RedisStartError} that
 * carries the server's log tail if it does not come up.
 *
 * The process is registered: it is SIGKILLed if this process exits or dies without `stop()`.
 *
 * @example
 * const server = await startRedisServer({ password: 's3cret' });
 * await server.command('SET', 'k', 'v');
 * expect(await server.command('GET', 'k')).toBe('v');
 * await server.stop();
 */
export async function startRedisServer(options: StartRedisServerOptions = {}): Promise<RedisServer> {
  return startServerProcess(options);
}
