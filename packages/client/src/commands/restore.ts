import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument, optionsArgument } from './helpers/arguments';

/** Options of `RESTORE`. */
export interface RestoreOptions {
  /** Overwrite an existing key. */
  REPLACE?: boolean;
  /** `ttl` is a Unix time in milliseconds, not a duration. */
  ABSTTL?: boolean;
  /** The idle time (seconds) to give the key, for LRU eviction. */
  IDLETIME?: number;
  /** The access frequency to give the key, for LFU eviction. */
  FREQ?: number;
}

/** `RESTORE key ttl serializedValue [REPLACE] [ABSTTL] [IDLETIME s] [FREQ f]`: creates a key from `DUMP`'s output; `'OK'`. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, ttl: number, serializedValue: RedisArgument, options?: RestoreOptions) {
    parser.push('RESTORE');
    parser.pushKey(key);
    parser.push(numberArgument(ttl, 'RESTORE ttl'), serializedValue);
    const o = optionsArgument<RestoreOptions>(options, 'RESTORE options');
    if (o === undefined) return;
    if (o.REPLACE) parser.push('REPLACE');
    if (o.ABSTTL) parser.push('ABSTTL');
    if (o.IDLETIME !== undefined) parser.push('IDLETIME', numberArgument(o.IDLETIME, 'RESTORE IDLETIME'));
    if (o.FREQ !== undefined) parser.push('FREQ', numberArgument(o.FREQ, 'RESTORE FREQ'));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
