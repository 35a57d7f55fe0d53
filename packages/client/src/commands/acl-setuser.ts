import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `ACL SETUSER username [rule …]`: creates or changes a user; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, username: RedisArgument, rule?: RedisVariadicArgument) {
    parser.push('ACL', 'SETUSER', username);
    if (rule !== undefined) parser.pushVariadic(rule);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
