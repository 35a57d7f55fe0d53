import { AbortError, ClientClosedError, CommandsQueueFullError, TimeoutError } from '@x/client';
import { ReplyError } from '@x/resp';
import { SLOT_COUNT } from './topology/key-slot';
import { SlotUncoveredError } from './errors';

/** A MOVED or ASK reply, parsed once. `host` is empty when the server did not know the endpoint. */
export interface Redirect {
  kind: 'moved' | 'ask';
  slot: number;
  host: string;
  port: number;
}

/**
 * `MOVED 3999 127.0.0.1:6381` / `ASK 3999 127.0.0.1:6381`. The address is `endpoint:port`, with an
 * IPv6 endpoint unbracketed (so split at the last colon) and an empty endpoint when the node does
 * not know it. A malformed reply or a slot out of range is not a redirect.
 */
export function parseRedirect(error: ReplyError): Redirect | undefined {
  const kind = error.code === 'MOVED' ? 'moved' : error.code === 'ASK' ? 'ask' : undefined;
  if (kind === undefined) return undefined;
  const parts = error.message.split(' ');
  if (parts.length !== 3) return undefined;
  const slot = Number(parts[1]);
  if (!Number.isInteger(slot) || slot < 0 || slot >= SLOT_COUNT) return undefined;
  const address = parts[2]!;
  const colon = address.lastIndexOf(':');
  if (colon === -1) return undefined;
  const port = Number(address.slice(colon + 1));
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) return undefined;
  return { kind, slot, host: address.slice(0, colon), port };
}

/** What to do after a failed attempt. */
export type RetryDecision =
  | { action: 'moved'; redirect: Redirect }
  | { action: 'ask'; redirect: Redirect }
  /** Wait (bounded backoff), then route again; `refresh`: also refresh the topology first. */
  | { action: 'retry'; refresh: boolean }
  | { action: 'fail' };

const FAIL: RetryDecision = { action: 'fail' };
const RETRY: RetryDecision = { action: 'retry', refresh: false };
const REFRESH_AND_RETRY: RetryDecision = { action: 'retry', refresh: true };

/**
 * Decides, once per failure, whether a command is redirected, retried or failed:
 * - MOVED / ASK: redirect.
 * - TRYAGAIN (a multi-key command during a slot migration): back off and retry.
 * - CLUSTERDOWN, MASTERDOWN, LOADING, READONLY (a write that reached a replica after a failover):
 *   refresh the topology, back off, retry.
 * - The command was not sent (the node's connection is down or was closed): refresh and retry.
 * - The connection dropped after the command was sent: a read is retried; a write is not — it may
 *   have run — and fails with an error that says so. Timeouts and aborts fail for the same reason.
 */
export function classify(error: unknown, isReadonly: boolean): RetryDecision {
  if (error instanceof ReplyError) {
    switch (error.code) {
      case 'MOVED':
      case 'ASK': {
        const redirect = parseRedirect(error);
        if (redirect === undefined) return FAIL;
        return redirect.kind === 'moved' ? { action: 'moved', redirect } : { action: 'ask', redirect };
      }
      case 'TRYAGAIN':
        return RETRY;
      case 'CLUSTERDOWN':
      case 'MASTERDOWN':
      case 'LOADING':
      case 'READONLY':
        return REFRESH_AND_RETRY;
      default:
        return FAIL;
    }
  }
  if (error instanceof TimeoutError || error instanceof AbortError || error instanceof CommandsQueueFullError) return FAIL;
  if (error instanceof SlotUncoveredError) return REFRESH_AND_RETRY;
  const sent = (error as { sent?: unknown } | null)?.sent;
  if (sent === false) return REFRESH_AND_RETRY;
  if (sent === true) return isReadonly ? REFRESH_AND_RETRY : FAIL;
  if (error instanceof ClientClosedError) return REFRESH_AND_RETRY;
  // A node that could not be reached at all (a lazy first connection refused or timed out).
  if (isConnectError(error)) return REFRESH_AND_RETRY;
  return FAIL;
}

const CONNECT_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ETIMEDOUT', 'EPIPE', 'ERR_CONNECT_TIMEOUT']);

function isConnectError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONNECT_ERRORS.has(code);
}
