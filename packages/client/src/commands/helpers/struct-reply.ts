import type { MapReply } from '@x/modules';

/**
 * A RESP3 map whose fields are known (`{ matches, len }`, `{ name, command, duration_ms }`): typed as
 * an object with those fields, and — like any {@link MapReply} — a `Map` or a flat array under the
 * `MAP` type mapping. Only `MapReply`'s brand is added (its fields are `T`'s own, each with its type).
 */
export type StructReply<T extends object> = T & Omit<MapReply<Extract<keyof T, string>, T[keyof T]>, keyof T>;
