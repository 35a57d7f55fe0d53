import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';
import { transformBlockingPopReply } from './helpers/blocking-pop';

/**
 * `BLPOP key [key …] timeout`: waits up to `timeout` seconds (0: forever) for an element and pops
 * the first element of the first non-empty list: `{ key, element }`, or null on timeout.
 */
export default {
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument, timeout: number) {
    parser.push('BLPOP');
    parser.pushKeys(keys);
    parser.push(numberArgument(timeout, 'BLPOP timeout'));
  },
  transformReply: transformBlockingPopReply,
} as const satisfies Command;
