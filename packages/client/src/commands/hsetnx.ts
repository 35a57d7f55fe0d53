import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { hashArgument } from './helpers/hash-fields';

/**
 * `HSETNX key field value`: 1 if the field was set, 0 if it already existed. A field or value that
 * is not a string or Buffer (a number from JavaScript goes as its decimal text) is a TypeError.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, field: RedisArgument, value: RedisArgument) {
    parser.push('HSETNX');
    parser.pushKey(key);
    parser.push(hashArgument(field, 'HSETNX', field, false), hashArgument(value, 'HSETNX', field, true));
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
