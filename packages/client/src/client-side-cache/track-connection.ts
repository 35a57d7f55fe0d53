import type { NodeConnection } from '../connection';
import { InvalidOptionError } from '../errors';
import { applyInvalidation } from './cache-eligibility';
import type { BasicClientSideCache } from './client-side-cache';

/**
 * Make `connection` feed `cache`: `CLIENT TRACKING ON` on every new socket (before any queued
 * command, so every read it serves is tracked), its `invalidate` pushes applied, and what it read
 * dropped whenever its socket goes — the server forgets a connection's tracking with it, so an
 * entry it read could never be invalidated again.
 */
export function trackConnection(cache: BasicClientSideCache, connection: NodeConnection): void {
  connection.addSetup(async (send) => {
    cache._dropSource(connection);
    if (connection.resp !== 3) {
      throw new InvalidOptionError('clientSideCache', `needs RESP3 invalidation pushes, and ${connection.address} only speaks RESP2`);
    }
    await send(['CLIENT', 'TRACKING', 'ON']);
  });
  connection.on('push', (push) => {
    applyInvalidation(cache, push);
  });
  const drop = (): void => cache._dropSource(connection);
  connection.on('reconnecting', drop);
  connection.on('end', drop);
}

/** The connection a reply may be stored from: ready and speaking RESP3 (else undefined: not stored). */
export function storableOrigin(connection: NodeConnection): NodeConnection | undefined {
  return connection.resp === 3 && connection.state === 'ready' ? connection : undefined;
}
