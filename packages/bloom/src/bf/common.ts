// What the Bloom, Cuckoo and Count-min sketch commands have in common. RedisBloom gives its three
// probabilistic types the same shapes: "is this item (maybe) there" answered with a boolean, an INFO
// that is a map in RESP3 and a flat label/value array in RESP2, and a SCANDUMP/LOADCHUNK pair for
// dumping a big filter in pieces. Each shape is written once here and stamped per command name; the
// `cf` and `cms` records import it from here (as node-redis's cuckoo and count-min-sketch commands
// reuse its bloom helpers). Nothing here is imported at run time from another package.
import type {
  BlobStringReply,
  CommandParser,
  MapReply,
  NumberReply,
  RedisArgument,
  RedisVariadicArgument,
  RespTypes,
  TypeMapping,
} from '@x/modules';

/** `RESP_TYPES.MAP`, as a literal so this package needs nothing from `@x/modules` at run time. */
const MAP: RespTypes['MAP'] = 37;

/**
 * The text of a numeric argument. node-redis calls `.toString()` on it, so a missing (`undefined`)
 * or `null` value makes the call fail before anything is sent; this does the same, with a message
 * that names the argument instead of "cannot read properties of undefined".
 */
export function numberArgument(value: number, name: string): string {
  if (value === undefined || value === null) throw new TypeError(`${name} is required (got ${String(value)})`);
  return String(value);
}

/**
 * One yes/no answer. RESP3 sends a boolean; RESP2 sends 1 or 0 — or `'1'`/`'0'` under a
 * `NUMBER: String` type mapping, hence `Number()` rather than `=== 1`.
 */
export const booleanReply = {
  2: (reply: NumberReply<0 | 1>): boolean => Number(reply) === 1,
  3: undefined as unknown as () => boolean,
} as const;

/** One yes/no answer per item, in the items' order (see {@link booleanReply}). */
export const booleanArrayReply = {
  2: (reply: Array<NumberReply<0 | 1>>): Array<boolean> => reply.map(booleanReply[2]),
  3: undefined as unknown as () => Array<boolean>,
} as const;

/** The keys of `T` that are optional. */
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

/**
 * An INFO reply's type: its fields as an object (the default), and — through the `MapReply` brand —
 * a `Map` or a flat array under the `MAP` type mapping. `FIELDS` gives each field its own type; a
 * field a server may leave out stays optional (the brand's mapped type would make it required).
 */
export type InfoReply<FIELDS extends object> = Omit<
  MapReply<keyof FIELDS & string, Exclude<FIELDS[keyof FIELDS], undefined>>,
  OptionalKeys<FIELDS>
> &
  FIELDS;

/**
 * An INFO reply. RESP3 sends a map, which the decoder already shaped per the `MAP` type mapping.
 * RESP2 sends `[label, value, label, value, …]`: shaped here the way the decoder would have shaped
 * the map — kept flat under `Array`, a `Map` (labels as strings) under `Map`, else an object.
 */
export function infoReply<R>() {
  return {
    2: (reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping): R => {
      const mapType = typeMapping?.[MAP];
      if (mapType === Array) return reply as R;
      if (mapType === Map) {
        const map = new Map<string, unknown>();
        for (let i = 0; i < reply.length; i += 2) map.set(labelOf(reply[i]), reply[i + 1]);
        return map as R;
      }
      const object: Record<string, unknown> = {};
      for (let i = 0; i < reply.length; i += 2) object[labelOf(reply[i])] = reply[i + 1];
      return object as R;
    },
    3: undefined as unknown as () => R,
  } as const;
}

/** A label as text: a string, or a Buffer under a `SIMPLE_STRING: Buffer` type mapping. */
function labelOf(label: unknown): string {
  // `.toString()` (not `String()`): a null label fails as it does with node-redis.
  return (label as { toString(): string }).toString();
}

// IS_READ_ONLY: node-redis 6 sends a command whose definition has no flag to a replica when the
// server's command table calls it `readonly` (its reads: EXISTS, CARD, INFO, SCANDUMP…); x's cluster
// reads the flag, so the definitions carry what that table says.

/** `<CMD> key item`: one item's yes/no (added, exists, deleted…); `readOnly` for a lookup. */
export function itemCommand<const READ_ONLY extends boolean>(name: string, readOnly: READ_ONLY) {
  return {
    IS_READ_ONLY: readOnly,
    parseCommand(parser: CommandParser, key: RedisArgument, item: RedisArgument) {
      parser.push(name);
      parser.pushKey(key);
      parser.push(item);
    },
    transformReply: booleanReply,
  } as const;
}

/** `<CMD> key item [item …]`: a yes/no per item; `readOnly` for a lookup. */
export function itemsCommand<const READ_ONLY extends boolean>(name: string, readOnly: READ_ONLY) {
  return {
    IS_READ_ONLY: readOnly,
    parseCommand(parser: CommandParser, key: RedisArgument, items: RedisVariadicArgument) {
      parser.push(name);
      parser.pushKey(key);
      parser.pushVariadic(items);
    },
    transformReply: booleanArrayReply,
  } as const;
}

/** `<CMD> key`: the INFO of a filter or sketch, typed `R`. */
export function infoCommand<R>(name: string) {
  return {
    IS_READ_ONLY: true,
    parseCommand(parser: CommandParser, key: RedisArgument) {
      parser.push(name);
      parser.pushKey(key);
    },
    transformReply: infoReply<R>(),
  } as const;
}

/**
 * `<CMD> key iterator`: the next piece of a dump, as `{ iterator, chunk }` (the reply is the pair
 * `[iterator, chunk]` in both protocols). Iterator 0 means the dump is complete; `CHUNK` is what the
 * last reply carries then (an empty string for a Bloom filter, null for a Cuckoo filter).
 */
export function scanDumpCommand<CHUNK = BlobStringReply>(name: string) {
  return {
    IS_READ_ONLY: true,
    parseCommand(parser: CommandParser, key: RedisArgument, iterator: number) {
      parser.push(name);
      parser.pushKey(key);
      parser.push(numberArgument(iterator, 'iterator'));
    },
    transformReply(this: void, reply: [NumberReply, CHUNK]): { iterator: NumberReply; chunk: CHUNK } {
      return { iterator: reply[0], chunk: reply[1] };
    },
  } as const;
}

/** `<CMD> key iterator chunk`: restores one piece of a dump, in the order SCANDUMP gave them. */
export function loadChunkCommand(name: string) {
  return {
    parseCommand(parser: CommandParser, key: RedisArgument, iterator: number, chunk: RedisArgument) {
      parser.push(name);
      parser.pushKey(key);
      parser.push(numberArgument(iterator, 'iterator'), chunk);
    },
    transformReply: undefined as unknown as () => 'OK',
  } as const;
}
