import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/**
 * `LREM key count element`: removes `count` occurrences (from the head if positive, the tail if
 * negative, all if 0); the number removed.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, count: number, element: RedisArgument) {
    parser.push('LREM');
    parser.pushKey(key);
    parser.push(numberArgument(count, 'LREM count'), element);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
