import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';

/** `ACL DELUSER username [username …]`: how many users were deleted. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, username: RedisVariadicArgument) {
    parser.push('ACL', 'DELUSER');
    parser.pushVariadic(username);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
