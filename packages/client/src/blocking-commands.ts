import type { RedisArgument } from '@x/modules';

// Commands that legitimately wait on the server (for data, or for replicas) get no default timeout:
// a default 5 s timeout would break `BLPOP key 0`. A per-command `timeout` still applies to them.
const WAITS_FOR_DATA = new Set(['BLPOP', 'BRPOP', 'BLMOVE', 'BLMOVEM', 'BRPOPLPUSH', 'BLMPOP', 'BZPOPMIN', 'BZPOPMAX', 'BZMPOP']);
// WAIT and WAITAOF wait for the replicas (or the AOF) to acknowledge the writes made *on this very
// connection* before them: on another connection they would wait for that connection's writes
// (none), so they block but stay on the connection the writes went on.
const WAITS_FOR_THIS_CONNECTION = new Set(['WAIT', 'WAITAOF']);
const BLOCKING_WITH_OPTION = new Set(['XREAD', 'XREADGROUP']);

/**
 * How a command blocks: 0 not at all; 1 on the connection it must share (WAIT, WAITAOF: they mean
 * something only where the writes went); 2 waiting for data (BLPOP & co., XREAD(GROUP) … BLOCK), on
 * any connection to the server.
 */
type BlockingKind = 0 | 1 | 2;
const NONE = 0;
const SAME_CONNECTION = 1;
const FOR_DATA = 2;

/** How this command blocks on the server. Cheap for the common case (most names don't start with B, W or X). */
function blockingKind(args: readonly RedisArgument[]): BlockingKind {
  const name = args[0];
  if (typeof name !== 'string' || name.length === 0) return NONE;
  const first = name.charCodeAt(0) | 0x20; // lower-case ASCII letter
  if (first !== 0x62 /* b */ && first !== 0x77 /* w */ && first !== 0x78 /* x */) return NONE;
  const upper = name.toUpperCase();
  if (WAITS_FOR_DATA.has(upper)) return FOR_DATA;
  if (WAITS_FOR_THIS_CONNECTION.has(upper)) return SAME_CONNECTION;
  if (!BLOCKING_WITH_OPTION.has(upper)) return NONE;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg === 'string' && arg.length === 5 && arg.toUpperCase() === 'BLOCK') return FOR_DATA;
  }
  return NONE;
}

/** Does this command block on the server? */
export function isBlockingCommand(args: readonly RedisArgument[]): boolean {
  return blockingKind(args) !== NONE;
}

/** Does this command wait for data, so that it may run on a dedicated connection (see blocking-pool.ts)? */
export function waitsForData(args: readonly RedisArgument[]): boolean {
  return blockingKind(args) === FOR_DATA;
}
