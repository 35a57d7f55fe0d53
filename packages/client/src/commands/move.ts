import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `MOVE key db`: moves the key to another database (standalone only); 1 if moved, 0 if not. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, db: number) {
    parser.push('MOVE');
    parser.pushKey(key);
    parser.push(numberArgument(db, 'MOVE db'));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
