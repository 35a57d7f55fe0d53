import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `SETBIT key offset value`: sets the bit at `offset`; the bit it replaced. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, offset: number, value: 0 | 1) {
    parser.push('SETBIT');
    parser.pushKey(key);
    parser.push(numberArgument(offset, 'SETBIT offset'), numberArgument(value, 'SETBIT value'));
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
