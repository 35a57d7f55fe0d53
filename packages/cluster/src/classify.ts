import { AbortError, CommandRefusedError, ConnectionTimeoutError, NoReplyError, TimeoutError } from '@x/client';
import { ReplyError } from '@x/resp';
import { NoOnlineNodeError, ShardUnavailableError } from './errors';
import { parseRedirect, type Redirect } from './redirect';

/** What the attempt engine does after a failed attempt. */
export type Decision =
  /** Follow a redirect: a hop (counted against `maxCommandRedirections`). */
  | { action: 'moved' | 'ask'; redirect: Redirect }
  /**
   * Wait out an outage, within the command's deadline, then route again. `refresh`: read the topology
   * meanwhile. `unreachable`: the node did not take the command (down, deposed, not reachable) — when
   * it is the shard's master, the shard has no reachable master (`onMasterDown` decides).
   */
  | { action: 'wait'; refresh: boolean; unreachable: boolean }
  /**
   * Reject with the error (or with `error`, when given: the reason underneath, e.g. the WRONGPASS
   * that keeps the node's connection down): retrying can't help, or the command may have run.
   */
  | { action: 'fail'; error?: Error };

const FAIL: Decision = { action: 'fail' };
const WAIT: Decision = { action: 'wait', refresh: false, unreachable: false };
const REFRESH_AND_WAIT: Decision = { action: 'wait', refresh: true, unreachable: false };
const UNREACHABLE: Decision = { action: 'wait', refresh: true, unreachable: true };

/**
 * The decision table, one row per kind of failure, read by type and code (never by message):
 * - MOVED / ASK: redirect (a malformed one fails).
 * - TRYAGAIN (a multi-key command during a slot migration): wait, retry.
 * - LOADING, READONLY (a write that reached a replica after a failover): refresh, wait, retry.
 * - UNBLOCKED: a blocking command (BLPOP k 0) the server let go without serving it — its master
 *   became a replica (a failover) and closes the connection next: refresh, wait, retry where the
 *   slot's master is now. (Also what `CLIENT UNBLOCK id ERROR` sends; x's dedicated connections
 *   are not the application's to unblock.)
 * - CLUSTERDOWN, MASTERDOWN: the shard has no master right now: refresh, wait, retry.
 * - refused by the client before sending (CommandRefusedError: a raw SUBSCRIBE, MONITOR, a full
 *   queue): fail at once — it can never succeed as it is.
 * - the deadline passed or the caller aborted (TimeoutError, AbortError): fail.
 * - not sent because the node's connection was refused its credentials (WRONGPASS, NOAUTH when it
 *   last tried to reconnect): fail with that reply error at once.
 * - not sent (the node's connection is down, closed or was never made; the topology has no master
 *   or no node for it): the node is unreachable — refresh, wait, retry.
 * - sent and then the connection dropped: a read is retried as above; a write is not — it may have
 *   run — and fails with the error that says so.
 * - a node that could not be reached at all (refused, timed out): unreachable.
 * - anything else (an error reply such as WRONGTYPE, a bad argument): fail.
 */
export function classify(error: unknown, isReadonly: boolean): Decision {
  if (error instanceof ReplyError) {
    switch (error.code) {
      case 'MOVED':
      case 'ASK': {
        const redirect = parseRedirect(error);
        if (redirect === undefined) return FAIL;
        return { action: redirect.kind, redirect };
      }
      case 'TRYAGAIN':
        return WAIT;
      case 'LOADING':
      case 'READONLY':
      case 'UNBLOCKED':
        return REFRESH_AND_WAIT;
      case 'CLUSTERDOWN':
      case 'MASTERDOWN':
        return UNREACHABLE;
      default:
        return FAIL;
    }
  }
  if (error instanceof NoReplyError) {
    if (error instanceof CommandRefusedError || error instanceof TimeoutError || error instanceof AbortError) return FAIL;
    if (error instanceof ShardUnavailableError || error instanceof NoOnlineNodeError) return UNREACHABLE;
    // Not sent because the node refuses our credentials (a password rotated, a user removed):
    // waiting can't help — fail with the server's own WRONGPASS/NOAUTH, not a timeout.
    const authFailure = authFailureOf(error.cause);
    if (authFailure !== undefined && !error.sent) return { action: 'fail', error: authFailure };
    if (!error.sent) return UNREACHABLE;
    return isReadonly ? UNREACHABLE : FAIL;
  }
  if (error instanceof ConnectionTimeoutError || isConnectError(error)) return UNREACHABLE;
  return FAIL;
}

/** The server refused the connection's credentials: the reply error that says so. */
function authFailureOf(cause: unknown): ReplyError | undefined {
  return cause instanceof ReplyError && (cause.code === 'WRONGPASS' || cause.code === 'NOAUTH') ? cause : undefined;
}

const CONNECT_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EPIPE']);

/** A socket error of a connection that could not be made (node's own codes). */
function isConnectError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' && CONNECT_ERRORS.has(code);
}
