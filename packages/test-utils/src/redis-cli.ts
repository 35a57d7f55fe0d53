// Runs `redis-cli` (for `--cluster create`); the password goes through REDISCLI_AUTH so it never
// appears in `ps` or in error messages.
import { execFile } from 'node:child_process';
import type { ServerAuth } from './redis-server';
import type { TlsMaterial } from './tls-material';

/** The redis-cli binary: `$REDIS_CLI` or `redis-cli` on the PATH. */
export const redisCliBinary = (): string => process.env['REDIS_CLI'] ?? 'redis-cli';

export interface RedisCliOptions {
  auth?: ServerAuth | undefined;
  tls?: TlsMaterial | undefined;
  timeoutMs?: number;
}

/** Runs redis-cli with the given arguments plus auth/TLS flags; resolves with its stdout. */
export function runRedisCli(args: ReadonlyArray<string>, options: RedisCliOptions = {}): Promise<string> {
  const flags: string[] = [];
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (options.auth !== undefined) {
    env['REDISCLI_AUTH'] = options.auth.password;
    if (options.auth.username !== undefined) flags.push('--user', options.auth.username);
    flags.push('--no-auth-warning');
  }
  if (options.tls !== undefined) {
    flags.push('--tls', '--cacert', options.tls.caFile, '--cert', options.tls.clientCertFile, '--key', options.tls.clientKeyFile);
  }
  return new Promise((resolve, reject) => {
    execFile(
      redisCliBinary(),
      [...flags, ...args],
      { env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const output = `${stdout}\n${stderr}`.trim().split('\n').slice(-30).join('\n');
          reject(new Error(`redis-cli ${args.slice(0, 2).join(' ')} failed (${error.code ?? error.signal ?? 'error'}):\n${output}`, { cause: error }));
        } else {
          resolve(stdout);
        }
      },
    );
  });
}
