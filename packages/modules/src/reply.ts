import type { Command, RespVersions } from './command';
import type { RESP_TYPES, TypeMapping } from './resp-types';

// Phantom brands: declared, never created. They let a reply type say "this object is a RESP3 map"
// or "this array is a RESP3 set", so `ReplyWithTypeMapping` can turn it into a `Map`/`Set` when
// the type mapping asks, without confusing it with a struct-like object or a plain array.
declare const MAP_REPLY: unique symbol;
declare const SET_REPLY: unique symbol;

/**
 * A RESP3 map (or a RESP2 flat array a transform turns into one): a plain object by default, a
 * `Map` or a flat array under the `MAP` type mapping.
 */
export type MapReply<K extends string, V> = { [key in K]: V } & { readonly [MAP_REPLY]?: [K, V] };

/** A RESP3 set (or a RESP2 array of unique members): an array by default, a `Set` under `SET`. */
export type SetReply<T> = Array<T> & { readonly [SET_REPLY]?: T };

/**
 * A blob (bulk) string in a union with string literals: `'OK' | BlobStringReply | null` (`SET` with
 * `GET`). A plain `'OK' | string` would collapse to `string`, and the type mapping would then turn
 * the `'OK'` (a simple string, never a Buffer) into `Buffer` too. Reads as `string` everywhere else.
 */
export type BlobStringReply = string & Record<never, never>;

/**
 * Any decoded RESP value: what a command whose `transformReply` is untyped resolves with (e.g.
 * `EVAL`, `FCALL`, `sendCommand`).
 */
export type ReplyUnion =
  | null
  | boolean
  | number
  | bigint
  | string
  | Buffer
  | Error
  | Array<ReplyUnion>
  | Set<ReplyUnion>
  | Map<ReplyUnion, ReplyUnion>
  | { [key: string]: ReplyUnion };

/** A tuple without its first element: a method's parameters are `parseCommand`'s after the parser. */
export type Tail<T extends ReadonlyArray<unknown>> = T extends readonly [unknown, ...infer REST] ? REST : never;

type AnyFunction = (...args: never) => unknown;

/**
 * The reply type of a command for a protocol version: the return type of `transformReply` (or of
 * `transformReply[RESP]`), or {@link ReplyUnion} when it is not typed.
 */
export type CommandReply<C extends Command, RESP extends RespVersions> = C['transformReply'] extends AnyFunction
  ? ReturnType<C['transformReply']>
  : C['transformReply'] extends { readonly [V in RESP]: infer T }
    ? T extends AnyFunction
      ? ReturnType<T>
      : ReplyUnion
    : ReplyUnion;

// The string type a blob string becomes: `Buffer` under `{ [BLOB_STRING]: Buffer }`, `string | Buffer`
// when the mapping is not known precisely, `string` otherwise.
type BlobString<TM extends TypeMapping> = TM extends { readonly [RESP_TYPES.BLOB_STRING]?: infer C }
  ? BufferConstructor extends C
    ? StringConstructor extends C
      ? string | Buffer
      : Buffer
    : string
  : string;

type MapKind<TM extends TypeMapping> = TM extends { readonly [RESP_TYPES.MAP]?: infer C }
  ? C extends MapConstructor
    ? 'map'
    : C extends ArrayConstructor
      ? 'array'
      : 'object'
  : 'object';

type SetKind<TM extends TypeMapping> = TM extends { readonly [RESP_TYPES.SET]?: infer C }
  ? C extends SetConstructor
    ? 'set'
    : 'array'
  : 'array';

// `{}`: a mapping with no required entry changes nothing.
type NoMapping = Record<never, never>;

type Leaf = number | bigint | boolean | null | undefined | Buffer | Error | Date;

// One walk over the reply type with the three mapping decisions computed once (keeps tsc fast).
type Mapped<T, B, M, S> = T extends string
  ? string extends T
    ? B
    : T // a literal such as 'OK' stays
  : T extends Leaf
    ? T
    : T extends { readonly [MAP_REPLY]?: [infer K, infer V] }
      ? M extends 'map'
        ? Map<Mapped<K, B, M, S>, Mapped<V, B, M, S>>
        : M extends 'array'
          ? Array<Mapped<K, B, M, S> | Mapped<V, B, M, S>>
          : { [P in keyof T]: Mapped<T[P], B, M, S> }
      : T extends { readonly [SET_REPLY]?: infer V }
        ? S extends 'set'
          ? Set<Mapped<V, B, M, S>>
          : Array<Mapped<V, B, M, S>>
        : T extends ReadonlyArray<unknown>
          ? { [I in keyof T]: Mapped<T[I], B, M, S> }
          : T extends Map<infer K, infer V>
            ? Map<Mapped<K, B, M, S>, Mapped<V, B, M, S>>
            : T extends Set<infer V>
              ? Set<Mapped<V, B, M, S>>
              : T extends object
                ? { [P in keyof T]: Mapped<T[P], B, M, S> }
                : T;

/**
 * A reply type under a type mapping: non-literal `string` becomes `Buffer` when
 * `TM[RESP_TYPES.BLOB_STRING]` is `Buffer` (recursively, in arrays, tuples, objects and maps; literal
 * types such as `'OK'` stay), a {@link MapReply} becomes a `Map` or flat array under `MAP`, a
 * {@link SetReply} a `Set` under `SET`. With no mapping the reply type is unchanged.
 */
export type ReplyWithTypeMapping<T, TM extends TypeMapping> = NoMapping extends TM
  ? T
  : [T] extends [ReplyUnion]
    ? ReplyUnion extends T
      ? T // an untyped reply stays untyped
      : Mapped<T, BlobString<TM>, MapKind<TM>, SetKind<TM>>
    : Mapped<T, BlobString<TM>, MapKind<TM>, SetKind<TM>>;

/** The method a command definition becomes: its arguments, and a promise of its typed reply. */
export type CommandSignature<C extends Command, RESP extends RespVersions, TM extends TypeMapping> = (
  ...args: Tail<Parameters<C['parseCommand']>>
) => Promise<ReplyWithTypeMapping<CommandReply<C, RESP>, TM>>;
