// Replies made comparable: a canonical, JSON-able form of any decoded value, so two replies are equal
// when their canonical forms are. Buffers compare by bytes, Maps and Sets by entries in order, plain
// objects by entries whatever their key order (no user of a reply object depends on key order), and
// any other class by its name and contents (node-redis's VerbatimString is not a plain string).

export type Canonical =
  | null
  | boolean
  | number
  | string
  | { $: string; v?: Canonical | Canonical[] }
  | Canonical[]
  | { [key: string]: Canonical };

export function canonical(value: unknown): Canonical {
  if (value === null) return null;
  switch (typeof value) {
    case 'undefined':
      return { $: 'undefined' };
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : { $: 'number', v: String(value) };
    case 'bigint':
      return { $: 'bigint', v: value.toString() };
    case 'symbol':
    case 'function':
      return { $: typeof value, v: String(value) };
    default:
      break;
  }
  if (Buffer.isBuffer(value)) return { $: 'Buffer', v: value.toString('hex') };
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Map) return { $: 'Map', v: [...value.entries()].map(([k, v]) => [canonical(k), canonical(v)]) };
  if (value instanceof Set) return { $: 'Set', v: [...value].map(canonical) };
  if (value instanceof Error) return { $: `Error`, v: value.message };
  const proto = Object.getPrototypeOf(value) as object | null;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const object: { [key: string]: Canonical } = {};
  for (const [k, v] of entries) {
    // `__proto__` as a plain key: an assignment would replace the object's prototype instead.
    Object.defineProperty(object, k, { value: canonical(v), writable: true, enumerable: true, configurable: true });
  }
  if (proto === Object.prototype || proto === null) return object;
  // A class instance (e.g. a String subclass): its name and its own contents, plus its string value.
  const name = (proto as { constructor?: { name?: string } }).constructor?.name ?? 'anonymous';
  return { $: name, v: [String(value), object] };
}

/** A compact, readable rendering of a canonical value for failure messages. */
export function show(value: Canonical): string {
  const text = JSON.stringify(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

export function sameCanonical(a: Canonical, b: Canonical): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
