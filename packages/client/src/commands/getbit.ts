import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `GETBIT key offset`: the bit at `offset` (0 past the end). */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, offset: number) {
    parser.push('GETBIT');
    parser.pushKey(key);
    parser.push(numberArgument(offset, 'GETBIT offset'));
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
