import type { ResponsePolicy } from '@x/modules';

/** One node's outcome of a command sent to several nodes. */
export type NodeOutcome = { ok: true; reply: unknown } | { ok: false; error: Error };

/**
 * Combines the replies of a command sent to several nodes, as its `response_policy` tip says
 * (https://redis.io/docs/reference/command-tips/):
 * - `all_succeeded`: any error fails it; else the first reply (they are all alike, e.g. OK).
 * - `one_succeeded`: the first success; fails only when every node failed.
 * - `agg_sum`, `agg_min`, `agg_max`: numbers combined, element-wise for arrays.
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
      return combine(replies, (a, b) => toNumber(a) + toNumber(b));
    case 'agg_min':
      return combine(replies, (a, b) => Math.min(toNumber(a), toNumber(b)));
    case 'agg_max':
      return combine(replies, (a, b) => Math.max(toNumber(a), toNumber(b)));
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

/** Keep the wire's shape: integers stay 0/1, booleans stay booleans. */
function sameKind(model: unknown, value: boolean): unknown {
  return typeof model === 'boolean' ? value : value ? 1 : 0;
}
