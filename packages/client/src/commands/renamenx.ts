import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `RENAMENX key newKey`: renames unless `newKey` exists; 1 if renamed, 0 if not. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, newKey: RedisArgument) {
    parser.push('RENAMENX');
    parser.pushKeys([key, newKey]);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
