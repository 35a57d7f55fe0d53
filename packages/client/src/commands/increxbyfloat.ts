import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushIncrExOptions, type IncrExBoundsOptions } from './helpers/increx';
import { optionsArgument } from './helpers/arguments';
import { doubleValueArgument } from './helpers/double';

/**
 * `INCREX key BYFLOAT n [LBOUND l] [UBOUND u] [SATURATE] [EX … [ENX] | PERSIST]` (node-redis's
 * `incrExByFloat`; Redis 8.8+, not runnable on the 7.0 servers these tests use): a bounded float
 * increment; `[value, actualIncrement]` — bulk strings in RESP2, doubles in RESP3, as node-redis
 * returns them.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, value: RedisArgument | number, options?: IncrExBoundsOptions) {
    parser.push('INCREX');
    parser.pushKey(key);
    parser.push('BYFLOAT', doubleValueArgument(value, 'INCREX BYFLOAT value'));
    const o = optionsArgument<IncrExBoundsOptions>(options, 'INCREX BYFLOAT options');
    if (o !== undefined) pushIncrExOptions('INCREX BYFLOAT', parser, o);
  },
  transformReply: {
    2: undefined as unknown as () => [value: string, actualIncrement: string],
    3: undefined as unknown as () => [value: number, actualIncrement: number],
  },
} as const satisfies Command;
