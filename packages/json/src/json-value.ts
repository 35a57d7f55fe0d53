// How a JSON value crosses the wire, as node-redis does it: an argument is `JSON.stringify`'d (so a
// `Date` goes as its ISO string, `undefined` as nothing and a BigInt is refused by JSON itself), and
// a bulk-string reply is `JSON.parse`d — after `toString()`, so it reads the same under a Buffer type
// mapping — with the caller's reviver, if any. A nil reply (no such key, or a NX/XX miss) stays null.

/** Any value RedisJSON stores, as node-redis types it (a `Date` is sent as its ISO string). */
export type RedisJSON =
  | null
  | boolean
  | number
  | string
  | Date
  | Array<RedisJSON>
  | { [key: string]: RedisJSON; [key: number]: RedisJSON };

/** A `JSON.parse` reviver, applied to every value of a reply (node-redis's `reviver` option). */
export type JsonReviver = (this: unknown, key: string, value: unknown) => unknown;

/** A JSON value as the argument RedisJSON reads. */
export function transformRedisJsonArgument(json: RedisJSON): string {
  return JSON.stringify(json);
}

/** A JSON document (a bulk string, or a Buffer under a Buffer type mapping) parsed. */
export function transformRedisJsonReply(json: string | Buffer, reviver?: JsonReviver): RedisJSON {
  return JSON.parse(json.toString(), reviver) as RedisJSON;
}

/** {@link transformRedisJsonReply}, with a nil reply kept as `null`. */
export function transformRedisJsonNullReply(json: string | Buffer | null, reviver?: JsonReviver): RedisJSON {
  return json === null ? null : transformRedisJsonReply(json, reviver);
}

/**
 * A number argument as its decimal text. node-redis calls `.toString()` on it, so a missing one
 * (from JavaScript) is refused before anything is sent; so is it here, with the argument's name.
 */
export function decimal(value: number, name: string): string {
  if (value === undefined || value === null) throw new TypeError(`${name} is required`);
  return String(value);
}
