import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { doubleLike } from './helpers/argument-errors';
import { blockingZPopReply } from './helpers/sorted-set-pop';

/**
 * `BZPOPMAX key [key …] timeout`: waits up to `timeout` seconds (0: forever) and pops the member
 * with the highest score of the first non-empty set: `{ key, value, score }`, or null on timeout.
 */
export default {
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument, timeout: number) {
    parser.push('BZPOPMAX');
    parser.pushKeys(keys);
    parser.push(doubleLike('BZPOPMAX', 'timeout', timeout));
  },
  transformReply: blockingZPopReply,
} as const satisfies Command;
