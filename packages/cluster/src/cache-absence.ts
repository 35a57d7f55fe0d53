// Why a cluster's cache does not keep replies that may stand for a missing key.
//
// Redis tracks a read per connection and invalidates it when its key changes *on that node*. A key
// that existed is deleted from the old owner when its slot migrates (an invalidation). A key that
// did not exist is never touched there: once the slot moved and the key is written on the new owner,
// nobody tells this client, and a cached "missing" reply would be served until the client learns of
// the move (a redirect, or the next topology refresh) — a value the server has since changed. So on
// a cluster, replies that may mean "no such key" are returned but not stored, and commands reading
// several keys (where one missing key hides inside any reply) are not cached. This can only cost
// hits, never return stale data.

/** Could `reply` be what a read of a missing key returns? (null, 0, -1, -2, '', 'none', empty, or a list of those.) */
export function mayStandForMissingKey(reply: unknown): boolean {
  if (reply === null || reply === undefined) return true;
  switch (typeof reply) {
    case 'number':
      return reply === 0 || reply === -1 || reply === -2;
    case 'bigint':
      return reply === 0n || reply === -1n || reply === -2n;
    case 'string':
      return isAbsentText(reply);
    case 'boolean':
      return reply === false;
    default:
      break;
  }
  if (Buffer.isBuffer(reply)) return reply.length <= 4 && isAbsentText(reply.toString('latin1'));
  if (Array.isArray(reply)) return reply.length === 0 || reply.every(mayStandForMissingKey);
  if (reply instanceof Map || reply instanceof Set) return reply.size === 0;
  if (typeof reply === 'object') return Object.keys(reply).length === 0;
  return false;
}

function isAbsentText(text: string): boolean {
  return text === '' || text === '0' || text === '-1' || text === '-2' || text === 'none';
}
