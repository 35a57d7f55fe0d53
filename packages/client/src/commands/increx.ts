import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushIncrExOptions, type IncrExBoundsOptions } from './helpers/increx';
import { optionsArgument } from './helpers/arguments';
import { doubleValueArgument } from './helpers/double';

/** Options of `increx`. */
export interface IncrExOptions extends IncrExBoundsOptions {
  /** The integer increment (default 1); a string keeps precision past 2^53. */
  by?: RedisArgument | number;
}

/**
 * `INCREX key [BYINT n] [LBOUND l] [UBOUND u] [SATURATE] [EX s | PX ms | EXAT t | PXAT t [ENX] | PERSIST]`
 * (Redis 8.8+; not runnable on the 7.0 servers these tests use): a bounded integer increment;
 * `[value, actualIncrement]` (`actualIncrement` 0 when the bounds refused it).
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, options?: IncrExOptions) {
    parser.push('INCREX');
    parser.pushKey(key);
    const o = optionsArgument<IncrExOptions>(options, 'INCREX options');
    if (o === undefined) return;
    if (o.by !== undefined) parser.push('BYINT', doubleValueArgument(o.by, 'INCREX by'));
    pushIncrExOptions('INCREX', parser, o);
  },
  transformReply: undefined as unknown as () => [value: number, actualIncrement: number],
} as const satisfies Command;
