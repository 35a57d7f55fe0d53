import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { stringArgument } from './helpers/arguments';

/** The operations of `BITOP`; `DIFF`, `DIFF1`, `ANDOR` and `ONE` are Redis 8.2+. */
export type BitOperation = 'AND' | 'OR' | 'XOR' | 'NOT' | 'DIFF' | 'DIFF1' | 'ANDOR' | 'ONE';

/**
 * `BITOP operation destkey key [key …]`: stores the bitwise result; the length of the string stored.
 * (`DIFF`, `DIFF1`, `ANDOR`, `ONE`: Redis 8.2+, not runnable on the 7.0 servers these tests use.)
 */
export default {
  parseCommand(parser: CommandParser, operation: BitOperation, destKey: RedisArgument, key: RedisVariadicArgument) {
    parser.push('BITOP', stringArgument(operation, 'BITOP operation'));
    parser.pushKey(destKey);
    parser.pushKeys(key);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
