import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `LPOP key count`: removes and returns up to `count` elements from the head, or null when the list is empty. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, count: number) {
    parser.push('LPOP');
    parser.pushKey(key);
    parser.push(numberArgument(count, 'LPOP count'));
  },
  transformReply: undefined as unknown as () => Array<string> | null,
} as const satisfies Command;
