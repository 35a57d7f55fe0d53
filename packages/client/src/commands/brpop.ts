import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';
import { transformBlockingPopReply } from './helpers/blocking-pop';

/**
 * `BRPOP key [key …] timeout`: waits up to `timeout` seconds (0: forever) for an element and pops
 * the last element of the first non-empty list: `{ key, element }`, or null on timeout.
 */
export default {
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument, timeout: number) {
    parser.push('BRPOP');
    parser.pushKeys(keys);
    parser.push(numberArgument(timeout, 'BRPOP timeout'));
  },
  transformReply: transformBlockingPopReply,
} as const satisfies Command;
