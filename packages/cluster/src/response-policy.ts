import type { ResponsePolicy } from '@x/modules';

/** One node's outcome of a command sent to several nodes. */
export type NodeOutcome = { ok: true; reply: unknown } | { ok: false; error: Error };

/**
 * Combines the replies of a command sent to several nodes, as its `response_policy` tip says
 * (https://redis.io/docs/reference/command-tips/):
 * - `all_succeeded`: any error fails it; else the first reply (they are all alike, e.g. OK).
 * - `one_succeeded`: the first success; fails only when every node failed.
 * - `agg_sum`, `agg_min`, `agg_max`: numbers combined, element-wise for arrays (strings under a
 *   `NUMBER: String` mapping stay strings).
 * - `agg_logical_and`, `agg_logical_or`: booleans (or 0/1 integers), element-wise for arrays.
 * - no policy: arrays are concatenated (KEYS); other replies: the first.
 * Every policy but `one_succeeded` fails with the first error.
 */
export function aggregate(policy: ResponsePolicy | undefined, outcomes: readonly NodeOutcome[]): unknown {
  if (policy === 'one_succeeded') {
    for (const o of outcomes) if (o.ok) return o.reply;
    throw (outcomes[0] as { error: Error }).error;
  }
  const replies: unknown[] = [];
  for (const o of outcomes) {
    if (!o.ok) throw o.error;
    replies.push(o.reply);
  }
  if (replies.length === 0) return undefined;
  switch (policy) {
    case 'agg_sum':
      return combine(replies, (a, b) => sameNumberKind(a, toNumber(a) + toNumber(b)));
    case 'agg_min':
      return combine(replies, (a, b) => sameNumberKind(a, Math.min(toNumber(a), toNumber(b))));
    case 'agg_max':
      return combine(replies, (a, b) => sameNumberKind(a, Math.max(toNumber(a), toNumber(b))));
    case 'agg_logical_and':
      return combine(replies, (a, b) => sameKind(a, toBoolean(a) && toBoolean(b)));
    case 'agg_logical_or':
      return combine(replies, (a, b) => sameKind(a, toBoolean(a) || toBoolean(b)));
    case 'all_succeeded':
    case 'special':
      return replies[0];
    default:
      return Array.isArray(replies[0]) ? replies.flat(1) : replies[0];
  }
}

/** Folds the replies with `op`, element by element when they are arrays. */
function combine(replies: unknown[], op: (a: unknown, b: unknown) => unknown): unknown {
  if (Array.isArray(replies[0])) {
    const first = replies[0] as unknown[];
    return first.map((_, i) => replies.map((r) => (r as unknown[])[i]).reduce((a, b) => op(a, b)));
  }
  return replies.reduce((a, b) => op(a, b));
}

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return Number(String(value));
}

function toBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  return toNumber(value) !== 0;
}

/**
 * Keep the decoded type: a count that the `{ [RESP_TYPES.NUMBER]: String }` mapping made a string
 * stays a string (DEL across slots under that mapping resolves `'4'`, as from one node).
 */
function sameNumberKind(model: unknown, value: number): unknown {
  return typeof model === 'string' ? String(value) : value;
}

/**
 * Keep the wire's shape: integers stay 0/1, booleans stay booleans, and 0/1 that a `NUMBER: String`
 * mapping made strings stay strings (SCRIPT EXISTS across masters under that mapping: `['1', '0']`).
 */
function sameKind(model: unknown, value: boolean): unknown {
  if (typeof model === 'boolean') return value;
  if (typeof model === 'string') return value ? '1' : '0';
  return value ? 1 : 0;
}

/**
 * RANDOMKEY sent to every master: each answers with a random key of its own keyspace, or null when it
 * is empty. One of the keys, picked at random (null only when every master is empty), so a key is
 * found whichever shard holds it — one random master alone would answer null while another holds
 * keys. Fails with the first error, as any fan-out does.
 */
export function randomNonNull(outcomes: readonly NodeOutcome[], random: () => number = Math.random): unknown {
  const keys: unknown[] = [];
  for (const o of outcomes) {
    if (!o.ok) throw o.error;
    if (o.reply !== null && o.reply !== undefined) keys.push(o.reply);
  }
  return keys.length === 0 ? null : keys[Math.floor(random() * keys.length)];
}
