import type { Command, CommandParser, RedisArgument } from '@x/modules';

/**
 * `RPOPLPUSH source destination`: moves the last element of `source` to the head of `destination`
 * and returns it; null when `source` is empty. Deprecated by Redis since 6.2:
 * `lMove(source, destination, 'RIGHT', 'LEFT')`.
 */
export default {
  parseCommand(parser: CommandParser, source: RedisArgument, destination: RedisArgument) {
    parser.push('RPOPLPUSH');
    parser.pushKeys([source, destination]);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
