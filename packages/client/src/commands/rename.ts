import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `RENAME key newkey`: `'OK'`. Both names are recorded as keys (a cluster needs them in one slot). */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, newKey: RedisArgument) {
    parser.push('RENAME');
    parser.pushKeys([key, newKey]);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
