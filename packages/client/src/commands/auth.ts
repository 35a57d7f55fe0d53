import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** Credentials for `AUTH`: a password, and the ACL user (the `default` user without one). */
export interface AuthOptions {
  username?: RedisArgument;
  password: RedisArgument;
}

/**
 * `AUTH [username] password`: authenticates this connection; `'OK'`. As in node-redis, it acts on the
 * current socket only: a reconnect authenticates with the client's configured credentials (the
 * `username`/`password` options), so a change of user meant to last belongs in those options. The
 * password never appears in an error message (the server does not echo it).
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, options: AuthOptions) {
    if (options === null || typeof options !== 'object' || options.password === undefined) {
      throw new TypeError('AUTH: give { password } or { username, password }');
    }
    parser.push('AUTH');
    if (options.username !== undefined) parser.push(options.username);
    parser.push(options.password);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
