import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `CLIENT SETNAME name`: names this connection; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, name: RedisArgument) {
    parser.push('CLIENT', 'SETNAME', name);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
