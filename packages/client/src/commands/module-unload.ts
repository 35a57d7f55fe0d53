import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `MODULE UNLOAD name`: unloads a module; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, name: RedisArgument) {
    parser.push('MODULE', 'UNLOAD', name);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
