import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `MODULE LOAD path [arg …]`: loads a module from a shared library; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, path: RedisArgument, moduleArguments?: RedisVariadicArgument) {
    parser.push('MODULE', 'LOAD', path);
    if (moduleArguments !== undefined) parser.pushVariadic(moduleArguments);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
