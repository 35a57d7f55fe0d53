import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument, objectArgument, optionsArgument, stringArgument } from './helpers/arguments';

/** Options of `MIGRATE`. */
export interface MigrateOptions {
  /** Keep the keys here too. */
  COPY?: true;
  /** Overwrite keys that exist on the target. */
  REPLACE?: true;
  /** Credentials for the target: `AUTH password`, or with a username `AUTH2 username password`. */
  AUTH?: { username?: RedisArgument; password: RedisArgument };
  /** x's earlier form of `AUTH` (kept working). */
  authentication?: { type: 'AUTH'; value: RedisArgument } | { type: 'AUTH2'; username: RedisArgument; password: RedisArgument };
  /** x's earlier form of several keys, with `''` as the key (kept working): node-redis's is an array as the key. */
  KEYS?: RedisArgument | Array<RedisArgument>;
}

/**
 * `MIGRATE host port key|"" destination-db timeout [COPY] [REPLACE] [AUTH password | AUTH2 username
 * password] [KEYS key …]`: moves one key (a string) or several (an array, sent after `KEYS`) to
 * another instance; `'OK'`, or `'NOKEY'` when none exists. Also x's earlier form: `''` as the key with
 * `{ KEYS, authentication }`.
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
    parser.push('MIGRATE', host, numberArgument(port, 'MIGRATE port'));
    const o = optionsArgument<MigrateOptions>(options, 'MIGRATE options');
    let keys: RedisArgument | Array<RedisArgument> | undefined = Array.isArray(key) ? key : undefined;
    if (o?.KEYS !== undefined) {
      if (key !== '') throw new TypeError('MIGRATE KEYS needs "" as the key (or pass the keys as an array instead of the key)');
      keys = o.KEYS;
    }
    if (keys !== undefined) parser.push('');
    else parser.pushKey(stringArgument(key, 'MIGRATE key'));
    parser.push(numberArgument(destinationDb, 'MIGRATE destinationDb'), numberArgument(timeout, 'MIGRATE timeout'));
    if (o?.COPY) parser.push('COPY');
    if (o?.REPLACE) parser.push('REPLACE');
    if (o?.AUTH) {
      const auth = objectArgument<{ username?: unknown; password?: unknown }>(o.AUTH, 'MIGRATE AUTH');
      const password = stringArgument(auth.password, 'MIGRATE AUTH.password');
      if (auth.username !== undefined) parser.push('AUTH2', stringArgument(auth.username, 'MIGRATE AUTH.username'), password);
      else parser.push('AUTH', password);
    } else if (o?.authentication) {
      const auth = objectArgument<{ type?: unknown; value?: unknown; username?: unknown; password?: unknown }>(o.authentication, 'MIGRATE authentication');
      if (auth.type === 'AUTH') parser.push('AUTH', stringArgument(auth.value, 'MIGRATE authentication.value'));
      else if (auth.type === 'AUTH2') {
        parser.push('AUTH2', stringArgument(auth.username, 'MIGRATE authentication.username'), stringArgument(auth.password, 'MIGRATE authentication.password'));
      } else throw new TypeError("MIGRATE authentication.type must be 'AUTH' or 'AUTH2'");
    }
    if (keys !== undefined) {
      parser.push('KEYS');
      parser.pushKeys(keys);
    }
  },
  transformReply: undefined as unknown as () => 'OK' | 'NOKEY',
} as const satisfies Command;
