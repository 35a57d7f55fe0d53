import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/**
 * `BRPOPLPUSH source destination timeout`: waits up to `timeout` seconds (0: forever) for an
 * element, moves the last element of `source` to the head of `destination` and returns it; null on
 * timeout. Deprecated by Redis since 6.2: `blMove(source, destination, 'RIGHT', 'LEFT', timeout)`.
 */
export default {
  parseCommand(parser: CommandParser, source: RedisArgument, destination: RedisArgument, timeout: number) {
    parser.push('BRPOPLPUSH');
    parser.pushKeys([source, destination]);
    parser.push(numberArgument(timeout, 'BRPOPLPUSH timeout'));
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
