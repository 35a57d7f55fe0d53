import type { BlobStringReply, Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/**
 * `ACL DRYRUN username command [arg …]`: `'OK'` when the user may run the command, else the reason.
 * node-redis's form takes the command and its arguments as one array
 * (`aclDryRun('user', ['GET', 'key'])`); x's earlier form, the command name then its arguments
 * (`aclDryRun('user', 'GET', 'key')` or `aclDryRun('user', 'GET', ['key'])`), works too.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, username: RedisArgument, command: RedisVariadicArgument, arg?: RedisVariadicArgument) {
    parser.push('ACL', 'DRYRUN', username);
    if (Array.isArray(command)) {
      if (command.length === 0) throw new TypeError('ACL DRYRUN: `command` must name the command to check');
      if (arg !== undefined) throw new TypeError('ACL DRYRUN: give the command and its arguments as one array, or as name then arguments, not both');
      parser.push(...command);
    } else {
      parser.push(command);
      if (arg !== undefined) parser.pushVariadic(arg);
    }
  },
  transformReply: undefined as unknown as () => 'OK' | BlobStringReply,
} as const satisfies Command;
