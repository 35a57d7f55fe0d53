import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `OBJECT REFCOUNT key`: how many references the value has, or null. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('OBJECT', 'REFCOUNT');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number | null,
} as const satisfies Command;
