import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/**
 * `HINCRBYFLOAT key field increment`: the value after the increment, as Redis writes it (a string,
 * in both protocols, as node-redis returns it). x also takes the increment as a string (`'1e3'`).
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, field: RedisArgument, increment: number | RedisArgument) {
    parser.push('HINCRBYFLOAT');
    parser.pushKey(key);
    parser.push(field, numberArgument(increment, 'HINCRBYFLOAT increment'));
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
