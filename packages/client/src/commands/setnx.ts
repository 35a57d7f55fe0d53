import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `SETNX key value`: 1 if the key was set, 0 if it already existed. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, value: RedisArgument) {
    parser.push('SETNX');
    parser.pushKey(key);
    parser.push(value);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
