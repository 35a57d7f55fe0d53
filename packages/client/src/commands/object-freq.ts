import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `OBJECT FREQ key`: the access frequency counter (needs an LFU `maxmemory-policy`), or null. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('OBJECT', 'FREQ');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number | null,
} as const satisfies Command;
