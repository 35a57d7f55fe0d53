// Shared by the transforms: RediSearch 1.2 predates RESP3, so its replies are flat arrays under both
// protocols. Values stay as decoded (a string, or a Buffer under a Buffer type mapping) so a reply's
// type and its type mapping agree; only names that become object keys, and numbers, are converted.

/** A decoded string leaf: a string, or a Buffer under `{ [RESP_TYPES.BLOB_STRING]: Buffer }`. */
export type StringLeaf = string | Buffer;

/** A number RediSearch sends as an integer, a bulk string (`"0.5"`) or, under RESP3, a double. */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(String(value));
}

/** `[name, value, name, value, …]` → `{ name: value }`; `null` (a document without fields) → `{}`. */
export function fieldsToRecord(flat: unknown): Record<string, StringLeaf> {
  if (!Array.isArray(flat)) return {};
  const entries: Array<[string, StringLeaf]> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) entries.push([String(flat[i]), flat[i + 1] as StringLeaf]);
  // fromEntries defines own properties: a field named `__proto__` stays a field.
  return Object.fromEntries(entries);
}
