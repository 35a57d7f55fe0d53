import type { Command, CommandParser, RedisArgument, SetReply } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/**
 * `SPOP key count`: removes and returns up to `count` random members — an array (RESP2; RESP3 sends
 * a set: an array by default, a `Set` under the `SET` type mapping); empty for a missing key.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, count: number) {
    parser.push('SPOP');
    parser.pushKey(key);
    parser.push(numberArgument(count, 'SPOP count'));
  },
  transformReply: {
    2: undefined as unknown as () => Array<string>,
    3: undefined as unknown as () => SetReply<string>,
  },
} as const satisfies Command;
