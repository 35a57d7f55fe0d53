import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `RPOP key count`: removes and returns up to `count` elements from the tail, or null when the list is empty. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, count: number) {
    parser.push('RPOP');
    parser.pushKey(key);
    parser.push(numberArgument(count, 'RPOP count'));
  },
  transformReply: undefined as unknown as () => Array<string> | null,
} as const satisfies Command;
