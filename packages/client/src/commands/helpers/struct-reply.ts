import type { MapReply } from '@x/modules';

/**
 * A RESP3 map whose fields are known (`{ matches, len }`, `{ name, command, duration_ms }`): typed as
 * an object with those fields, and — like any {@link MapReply} — a `Map` or a flat array under the
 * `MAP` type mapping.
 */
export type StructReply<T extends object> = T & MapReply<Extract<keyof T, string>, T[keyof T]>;
