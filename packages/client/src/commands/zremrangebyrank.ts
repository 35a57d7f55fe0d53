import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { integerLike } from './helpers/argument-errors';

/** `ZREMRANGEBYRANK key start stop`: removes the members ranked `start`…`stop` (negative: from the end); how many. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, start: number, stop: number) {
    parser.push('ZREMRANGEBYRANK');
    parser.pushKey(key);
    parser.push(integerLike('ZREMRANGEBYRANK', 'start', start), integerLike('ZREMRANGEBYRANK', 'stop', stop));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
