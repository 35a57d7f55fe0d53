// Commands that change the state of the socket they run on — credentials (AUTH, HELLO … AUTH) and
// protocol (HELLO protover) — in terms of what the client must do about them: remember the
// credentials, so a reconnect's handshake authenticates as the user the application last
// authenticated as (node-redis reverts to the configured user); refuse a protocol switch, which
// would leave the client decoding and transforming replies for the other protocol. Pure functions on
// the command line; the client calls them (see the wiring in the command executor).
import type { RedisArgument, RespVersions } from '@x/modules';

/** Credentials an AUTH or HELLO command line carries. */
export interface CommandCredentials {
  /** The ACL user (`undefined`: the `default` user, as `AUTH password` means). */
  username: string | undefined;
  password: string;
}

function word(arg: RedisArgument | undefined): string {
  return arg === undefined ? '' : (typeof arg === 'string' ? arg : arg.toString()).toUpperCase();
}

function text(arg: RedisArgument): string {
  return typeof arg === 'string' ? arg : arg.toString();
}

/**
 * The credentials of `AUTH password`, `AUTH username password` or `HELLO protover … AUTH username
 * password …`; undefined for any other command (cheap: a length check on the name first).
 */
export function commandCredentials(args: ReadonlyArray<RedisArgument>): CommandCredentials | undefined {
  const first = args[0];
  if (first === undefined || (first.length !== 4 && first.length !== 5)) return undefined;
  const name = word(first);
  if (name === 'AUTH') {
    if (args.length === 2) return { username: undefined, password: text(args[1]!) };
    if (args.length === 3) return { username: text(args[1]!), password: text(args[2]!) };
    return undefined;
  }
  if (name !== 'HELLO') return undefined;
  for (let i = 2; i + 2 < args.length; i++) {
    if (word(args[i]) === 'AUTH') return { username: text(args[i + 1]!), password: text(args[i + 2]!) };
  }
  return undefined;
}

/**
 * Why `HELLO protover` can't go on a connection speaking `resp`: a protover other than the
 * connection's switches the socket's protocol under the client. Undefined for every other command,
 * for `HELLO` without a protover and for `HELLO <the same protocol>`.
 */
export function protocolSwitchRefusal(args: ReadonlyArray<RedisArgument>, resp: RespVersions): TypeError | undefined {
  const first = args[0];
  if (first === undefined || first.length !== 5 || word(first) !== 'HELLO' || args.length < 2) return undefined;
  const protover = text(args[1]!);
  if (protover === String(resp)) return undefined;
  return new TypeError(
    `HELLO ${protover} would switch this RESP${resp} connection to another protocol under the client; create the client with { RESP: ${protover} } instead`,
  );
}
