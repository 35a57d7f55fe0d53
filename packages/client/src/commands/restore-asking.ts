import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** Options of x's `RESTORE-ASKING key ttl value` form. */
export interface RestoreAskingOptions {
  REPLACE?: boolean;
  ABSTTL?: boolean;
  IDLETIME?: number;
  FREQ?: number;
}

/**
 * `RESTORE-ASKING key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME s] [FREQ f]`: `RESTORE` as a
 * cluster node sends it while migrating (served for an importing slot without ASKING); `'OK'`.
 * node-redis's `restoreAsking()` takes no arguments and sends the bare command name (the server
 * answers with an arity error); x's form with the key, ttl and value sends the full command.
 */
export default {
  parseCommand(parser: CommandParser, key?: RedisArgument, ttl?: number, serializedValue?: RedisArgument, options?: RestoreAskingOptions) {
    parser.push('RESTORE-ASKING');
    if (key === undefined) return;
    if (ttl === undefined || serializedValue === undefined) throw new TypeError('RESTORE-ASKING: `ttl` and `serializedValue` are required with a key');
    parser.pushKey(key);
    parser.push(String(ttl), serializedValue);
    if (options?.REPLACE) parser.push('REPLACE');
    if (options?.ABSTTL) parser.push('ABSTTL');
    if (options?.IDLETIME !== undefined) parser.push('IDLETIME', String(options.IDLETIME));
    if (options?.FREQ !== undefined) parser.push('FREQ', String(options.FREQ));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
