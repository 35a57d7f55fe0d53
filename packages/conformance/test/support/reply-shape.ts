// Normalizers for replies whose values can't be equal twice (ids, addresses, times, memory figures,
// counters): they keep the structure — keys, value types, container kinds — and drop the values.

/** The kind of a leaf value: `'string'`, `'number'`, `'Buffer'`, … (null stays null). */
function leaf(value: unknown): unknown {
  if (value === null) return null;
  if (Buffer.isBuffer(value)) return 'Buffer';
  if (typeof value === 'object') return value;
  return typeof value;
}

/**
 * A reply's structure: every leaf replaced by its kind; arrays by the distinct structures of their
 * elements (so lists of different lengths compare equal); objects, Maps and Sets by their keys with
 * the structure of each value. Key names are kept: they are the shape.
 */
export function structure(value: unknown): unknown {
  const kind = leaf(value);
  if (kind !== value || value === null) return kind;
  if (Array.isArray(value)) {
    const seen = new Map<string, unknown>();
    for (const item of value) {
      const s = structure(item);
      seen.set(JSON.stringify(s), s);
    }
    return { array: [...seen.keys()].sort().map((k) => seen.get(k)) };
  }
  if (value instanceof Map) {
    return { Map: [...value.entries()].map(([k, v]) => [String(k), structure(v)]).sort(([a], [b]) => String(a).localeCompare(String(b))) };
  }
  if (value instanceof Set) return { Set: structure([...value]) };
  const proto = Object.getPrototypeOf(value) as object | null;
  const name = proto === Object.prototype || proto === null ? 'object' : ((proto as { constructor?: { name?: string } }).constructor?.name ?? 'anonymous');
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value as object).sort()) out[key] = structure((value as Record<string, unknown>)[key]);
  return { [name]: out };
}

/** The first line of a text reply (its heading, e.g. `# Server`), and whether it was a Buffer. */
export function firstLine(value: unknown): unknown {
  if (typeof value === 'string') return { string: value.split(/\r?\n/)[0] };
  if (Buffer.isBuffer(value)) return { Buffer: value.toString().split(/\r?\n/)[0] };
  return structure(value);
}

/** An array sorted by each element's JSON text (replies whose order is a server's hash order). */
export function sorted(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const text = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (Buffer.isBuffer(x) ? x.toString('hex') : x instanceof Set ? [...x] : x instanceof Map ? [...x] : x));
  return [...value].sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0));
}

/**
 * A map-like reply with its entries in key order: a Map, or a flat `[key, value, …]` array (the
 * `MAP: Array` mapping). Objects need nothing: the comparison sorts their keys. For replies whose
 * order is a server's hash order (CONFIG GET), which differs between the nodes of a cluster.
 */
export function entriesInOrder(value: unknown): unknown {
  const byKey = (a: [unknown, unknown], b: [unknown, unknown]) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0);
  if (value instanceof Map) return new Map([...value.entries()].sort(byKey));
  if (Array.isArray(value) && value.length % 2 === 0 && value.every((v, i) => i % 2 === 1 || typeof v === 'string' || Buffer.isBuffer(v))) {
    const pairs: Array<[unknown, unknown]> = [];
    for (let i = 0; i < value.length; i += 2) pairs.push([value[i], value[i + 1]]);
    return pairs.sort(byKey).flat();
  }
  return value;
}

/** `COMMAND` / `COMMAND INFO` entries sorted by name, their subcommands too (each node has its own hash order). */
export function commandsByName(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const entries = value.map((entry: unknown) => {
    if (entry === null || typeof entry !== 'object' || !('subcommands' in entry)) return entry;
    return { ...(entry as object), subcommands: commandsByName((entry as { subcommands: unknown }).subcommands) };
  });
  return sorted(entries);
}

/**
 * `LATENCY HISTOGRAM`: which commands a node has run, and their buckets, differ between nodes and
 * between two calls: keep the container kinds and the shape of one entry (`{ calls, histogram_usec }`).
 */
export function histogramShape(value: unknown): unknown {
  const entries = value instanceof Map ? [...value.values()] : Array.isArray(value) ? value.filter((_, i) => i % 2 === 1) : Object.values(value as object);
  const kind = value instanceof Map ? 'Map' : Array.isArray(value) ? 'array' : 'object';
  const shapes = new Set(
    entries.map((entry: unknown) => {
      const fields = entry instanceof Map ? Object.fromEntries(entry) : Array.isArray(entry) ? { array: entry.length } : (entry as Record<string, unknown>);
      const usec = (fields as Record<string, unknown>).histogram_usec;
      return JSON.stringify({
        calls: typeof (fields as Record<string, unknown>).calls,
        histogram_usec: usec instanceof Map ? 'Map' : Array.isArray(usec) ? 'array' : typeof usec,
      });
    }),
  );
  return { [kind]: [...shapes].sort() };
}
