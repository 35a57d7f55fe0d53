import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `GETSET key value`: sets the value; the old one, or null. Deprecated by Redis: prefer `SET … GET`. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, value: RedisArgument) {
    parser.push('GETSET');
    parser.pushKey(key);
    parser.push(value);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
