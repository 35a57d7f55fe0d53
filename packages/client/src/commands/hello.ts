import type { Command, CommandParser, RedisArgument, RespVersions } from '@x/modules';

/** Options of `HELLO protover`. */
export interface HelloOptions {
  /** Authenticate as this user. */
  AUTH?: { username: RedisArgument; password: RedisArgument };
  /** Name the connection (`CLIENT SETNAME`). */
  SETNAME?: string;
}

/** What `HELLO` says about the server and this connection. */
export interface HelloReply {
  server: string;
  version: string;
  proto: RespVersions;
  id: number;
  mode: string;
  role: string;
  modules: Array<unknown>;
}

/**
 * `HELLO [protover [AUTH username password] [SETNAME name]]`: the server's greeting
 * (`{ server, version, proto, id, mode, role, modules }`; RESP3 sends a map, which arrives as the
 * type mapping shapes maps). As in node-redis it acts on the current socket only: a reconnect runs
 * the client's own handshake with its configured protocol, credentials and name. A `protover`
 * other than the one the client was created with switches the socket's protocol under the client,
 * which then misreads replies — as in node-redis; create the client with the `RESP` option instead.
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, protover?: RespVersions, options?: HelloOptions) {
    parser.push('HELLO');
    if (protover === undefined) {
      if (options?.AUTH !== undefined || options?.SETNAME !== undefined) throw new TypeError('HELLO: AUTH and SETNAME need a `protover`');
      return;
    }
    parser.push(String(protover));
    if (options?.AUTH !== undefined) parser.push('AUTH', options.AUTH.username, options.AUTH.password);
    if (options?.SETNAME !== undefined) parser.push('SETNAME', options.SETNAME);
  },
  transformReply: {
    2: (reply: Array<unknown>): HelloReply => ({
      server: reply[1] as string,
      version: reply[3] as string,
      proto: reply[5] as RespVersions,
      id: reply[7] as number,
      mode: reply[9] as string,
      role: reply[11] as string,
      modules: reply[13] as Array<unknown>,
    }),
    3: undefined as unknown as () => HelloReply,
  },
} as const satisfies Command;
