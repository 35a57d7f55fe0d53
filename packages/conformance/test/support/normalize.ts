// Normalizers for replies that can't be equal twice: random picks (compared as sorted lists),
// server-generated stream IDs and times (compared by shape), times to live and idle times (by sign
// or size), lists whose order a node does not fix (sorted at every depth).

const text = (value: unknown): string => (Buffer.isBuffer(value) ? value.toString('hex') : String(value));

/** Sorts an array reply (by `field` of each item when given) so a random order compares equal. */
export function sortedBy(field?: string): (reply: unknown) => unknown {
  return (reply) => {
    if (!Array.isArray(reply)) return reply;
    const key = (item: unknown) => text(field === undefined ? item : (item as Record<string, unknown>)[field]);
    return [...(reply as unknown[])].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  };
}

const STREAM_ID = /^\d+-\d+$/;

/**
 * Replaces every stream ID the server generated (`1712345678901-0`, as a string or a Buffer) by
 * `'<id>'`, and every value under one of `timeFields` (idle times, delivery times) by `'<time>'`,
 * anywhere in the reply (arrays, objects, Maps). IDs written by the case (`1-1`) are kept.
 */
export function maskGenerated(timeFields: ReadonlyArray<string> = []): (reply: unknown) => unknown {
  const times = new Set(timeFields);
  const mask = (value: unknown): unknown => {
    if (typeof value === 'string' || Buffer.isBuffer(value)) {
      const s = value.toString();
      return STREAM_ID.test(s) && !/^\d{1,3}-\d+$/.test(s) ? '<id>' : value;
    }
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        // A flat [field, value, …] list: mask the value after a time field's name.
        out.push(i > 0 && times.has(String(value[i - 1])) && typeof value[i] === 'number' ? '<time>' : mask(value[i]));
      }
      return out;
    }
    if (value instanceof Map) {
      const out = new Map<unknown, unknown>();
      for (const [k, v] of value) out.set(k, times.has(String(k)) ? '<time>' : mask(v));
      return out;
    }
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = times.has(k) ? '<time>' : mask(v);
      return out;
    }
    return value;
  };
  return mask;
}

/** A `difference.check` helper: the value of x's reply with Buffers read as text. */
export function textOf(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return value.toString();
  if (Array.isArray(value)) return value.map(textOf);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [textOf(k), textOf(v)]));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, textOf(v)]));
  }
  return value;
}

/** A number's sign, kept as the type it came in (a number, or a string under `{ NUMBER: String }`). */
export function sign(reply: unknown): unknown {
  if (typeof reply === 'number') return Math.sign(reply);
  if (typeof reply === 'string') return `string:${Math.sign(Number(reply))}`;
  return reply;
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

function canonicalText(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v instanceof Set) return { set: [...v] };
    return v;
  });
}

function byText(a: unknown, b: unknown): number {
  const x = canonicalText(a);
  const y = canonicalText(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
