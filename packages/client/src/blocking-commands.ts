import type { RedisArgument } from '@x/modules';

// Commands that legitimately wait on the server (for data, or for replicas) get no default timeout:
// a default 5 s timeout would break `BLPOP key 0`. A per-command `timeout` still applies to them.
const ALWAYS_BLOCKING = new Set([
  'BLPOP', 'BRPOP', 'BLMOVE', 'BLMOVEM', 'BRPOPLPUSH', 'BLMPOP', 'BZPOPMIN', 'BZPOPMAX', 'BZMPOP', 'WAIT', 'WAITAOF',
]);
const BLOCKING_WITH_OPTION = new Set(['XREAD', 'XREADGROUP']);

/** Does this command block on the server? Cheap for the common case (most names don't start with B, W or X). */
export function isBlockingCommand(args: readonly RedisArgument[]): boolean {
  const name = args[0];
  if (typeof name !== 'string' || name.length === 0) return false;
  const first = name.charCodeAt(0) | 0x20; // lower-case ASCII letter
  if (first !== 0x62 /* b */ && first !== 0x77 /* w */ && first !== 0x78 /* x */) return false;
  const upper = name.toUpperCase();
  if (ALWAYS_BLOCKING.has(upper)) return true;
  if (!BLOCKING_WITH_OPTION.has(upper)) return false;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg === 'string' && arg.length === 5 && arg.toUpperCase() === 'BLOCK') return true;
  }
  return false;
}
