import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';

/** `COMMAND GETKEYS command [arg …]`: the keys of a full command line (`commandGetKeys(['GET', 'k'])`). */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, args: RedisVariadicArgument) {
    parser.push('COMMAND', 'GETKEYS');
    parser.pushVariadic(args);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
