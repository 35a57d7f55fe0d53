// Normalizers shared by the case files: replies that can't be equal twice (times to live, idle times,
// random picks, cursor positions) made comparable without hiding a difference of type.

/** A number's sign, kept as the type it came in (a number, or a string under `{ NUMBER: String }`). */
export function sign(reply: unknown): unknown {
  if (typeof reply === 'number') return Math.sign(reply);
  if (typeof reply === 'string') return `string:${Math.sign(Number(reply))}`;
  return reply;
}

/** An array's elements sorted (keys from several shards come in shard order). */
export function sorted(reply: unknown): unknown {
  if (!Array.isArray(reply)) return reply;
  return [...reply].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
}

/** Whether a number (of either type) is small: an idle time or a duration that depends on the clock. */
export function small(reply: unknown): unknown {
  if (typeof reply === 'number') return reply < 5 ? 'small' : reply;
  if (typeof reply === 'string') return Number(reply) < 5 ? 'string:small' : reply;
  return reply;
}

/**
 * Every array sorted, at every depth, by the canonical text of its elements (Maps and Sets by their
 * entries): for replies whose order the server does not fix (the functions of a library, which a
 * node lists in its own hash-table order). Equal multisets compare equal; the shape is kept.
 */
export function deepSorted(reply: unknown): unknown {
  if (Array.isArray(reply)) return reply.map(deepSorted).sort(byText);
  if (reply instanceof Map) return new Map([...reply.entries()].map(([k, v]) => [k, deepSorted(v)] as const).sort((a, b) => byText(a[0], b[0])));
  if (reply instanceof Set) return new Set([...reply].map(deepSorted).sort(byText));
  if (reply !== null && typeof reply === 'object' && !Buffer.isBuffer(reply)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(reply)) out[k] = deepSorted(v);
    return out;
  }
  return reply;
}

function text(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v instanceof Set) return { set: [...v] };
    return v;
  });
}

function byText(a: unknown, b: unknown): number {
  const x = text(a);
  const y = text(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
