import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument, objectArgument, optionsArgument, stringArgument } from './helpers/argument-checks';

/** Options of `MIGRATE`. */
export interface MigrateOptions {
  /** Keep the keys here too. */
  COPY?: true;
  /** Overwrite keys that exist on the target. */
  REPLACE?: true;
  /** Credentials for the target: `AUTH password`, or with a username `AUTH2 username password`. */
  AUTH?: { username?: RedisArgument; password: RedisArgument };
}

/**
 * `MIGRATE host port key|"" destination-db timeout [COPY] [REPLACE] [AUTH password | AUTH2 username
 * password] [KEYS key …]`: moves one key (a string) or several (an array, sent after `KEYS`) to
 * another instance; `'OK'`, or `'NOKEY'` when none exists.
 */
export default {
  parseCommand(
    parser: CommandParser,
    host: RedisArgument,
    port: number,
    key: RedisArgument | Array<RedisArgument>,
    destinationDb: number,
    timeout: number,
    options?: MigrateOptions,
  ) {
    parser.push('MIGRATE', host, numberArgument('MIGRATE', 'port', port));
    const several = Array.isArray(key);
    if (several) parser.push('');
    else parser.pushKey(stringArgument('MIGRATE', 'key', key));
    parser.push(numberArgument('MIGRATE', 'destinationDb', destinationDb), numberArgument('MIGRATE', 'timeout', timeout));
    const o = optionsArgument<MigrateOptions>('MIGRATE', options);
    if (o?.COPY) parser.push('COPY');
    if (o?.REPLACE) parser.push('REPLACE');
    if (o?.AUTH) {
      const auth = objectArgument<{ username?: unknown; password?: unknown }>('MIGRATE', 'AUTH', o.AUTH);
      const password = stringArgument('MIGRATE', 'AUTH.password', auth.password);
      if (auth.username !== undefined) parser.push('AUTH2', stringArgument('MIGRATE', 'AUTH.username', auth.username), password);
      else parser.push('AUTH', password);
    }
    if (several) {
      parser.push('KEYS');
      parser.pushKeys(key);
    }
  },
  transformReply: undefined as unknown as () => 'OK' | 'NOKEY',
} as const satisfies Command;
