import type { VerbatimString } from '@x/resp';
import type { Command, RespVersions } from './command';
import type { RespTypes, TypeMapping } from './resp-types';

// Phantom brands: declared, never created. They say which RESP type a reply (or part of one) is —
// "this object is a RESP3 map", "this number is a double" — so `ReplyWithTypeMapping` can apply the
// mapping of that RESP type and no other, without confusing a map with a struct-like object or a
// double with an integer. Each holds its value type, read back with `infer`. A brand is an optional
// property, so a branded value reads as its plain type everywhere (a `DoubleReply` is a number).
declare const MAP_REPLY: unique symbol;
declare const SET_REPLY: unique symbol;
declare const BLOB_STRING_REPLY: unique symbol;
declare const SIMPLE_STRING_REPLY: unique symbol;
declare const VERBATIM_STRING_REPLY: unique symbol;
declare const DOUBLE_REPLY: unique symbol;

/**
 * A RESP3 map (or a RESP2 flat array a transform turns into one): a plain object by default, a
 * `Map` (keys as strings) or a flat array under the `MAP` type mapping.
 */
export type MapReply<K extends string, V> = { [key in K]: V } & { readonly [MAP_REPLY]?: [K, V] };

/** A RESP3 set (or a RESP2 array of unique members): an array by default, a `Set` under `SET`. */
export type SetReply<T> = Array<T> & { readonly [SET_REPLY]?: T };

/**
 * A blob (bulk) string: `Buffer` under `{ [BLOB_STRING]: Buffer }`. A plain `string` in a reply type
 * means the same; the brand is for a union with literals (`'OK' | BlobStringReply | null`, `SET` with
 * `GET`: a plain `'OK' | string` would collapse to `string`) and for literal bulk strings
 * (`BlobStringReply<'master'>`: ROLE's first element), since a bare literal is taken for a simple string.
 */
export type BlobStringReply<T extends string = string> = T & { readonly [BLOB_STRING_REPLY]?: T };

/**
 * A simple (status) string: `Buffer` under `{ [SIMPLE_STRING]: Buffer }`. A string literal type
 * (`'OK'`, `'PONG'`) in a reply type means the same; the brand is for a status reply whose text is
 * not a literal (`TYPE`'s `SimpleStringReply`).
 */
export type SimpleStringReply<T extends string = string> = T & { readonly [SIMPLE_STRING_REPLY]?: T };

/**
 * A verbatim string (RESP3 `=`: `INFO`, `CLIENT INFO`, `LATENCY DOCTOR`): its text by default, a
 * `Buffer` or a `VerbatimString` under `VERBATIM_STRING`. RESP2 sends a bulk string instead (mapped
 * by `BLOB_STRING`), so a command typed per protocol uses this in its RESP3 reply only.
 */
export type VerbatimStringReply<T extends string = string> = T & { readonly [VERBATIM_STRING_REPLY]?: T };

/**
 * A double (RESP3 `,`, or a RESP2 bulk string a transform turns into a number: `ZSCORE`): its text
 * under `{ [DOUBLE]: String }`. A plain `number` in a reply type is an integer (`NUMBER`).
 */
export type DoubleReply<T extends number = number> = T & { readonly [DOUBLE_REPLY]?: T };

/** An integer (`:`): what a plain `number` in a reply type already means; `string` under `{ [NUMBER]: String }`. */
export type NumberReply<T extends number = number> = T;

/** A RESP3 big number (`(`): what a `bigint` in a reply type already means. */
export type BigNumberReply<T extends bigint = bigint> = T;

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
  | VerbatimString
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

// What a mapping makes of each RESP type, as a union of choices when the mapping is not known
// precisely (a `TypeMapping`-typed variable): the decisions are taken once per reply type, in
// `Choices`, and the walk over the reply type reads them (one pass keeps tsc fast).

/** The mapping's entry for a RESP type, without `undefined` (never: not mapped). */
type Entry<TM, CODE extends number> = TM extends { readonly [K in CODE]?: infer C } ? Exclude<C, undefined> : never;

type StringChoice<C> = [C] extends [never] ? 'string' : C extends BufferConstructor ? 'buffer' : 'string';
type VerbatimChoice<C> = [C] extends [never]
  ? 'string'
  : C extends typeof VerbatimString
    ? 'verbatim'
    : C extends BufferConstructor
      ? 'buffer'
      : 'string';
type NumberChoice<C> = [C] extends [never] ? 'number' : C extends StringConstructor ? 'string' : 'number';
type BigNumberChoice<C> = [C] extends [never]
  ? 'bigint'
  : C extends StringConstructor
    ? 'string'
    : C extends NumberConstructor
      ? 'number'
      : 'bigint';
type MapChoice<C> = [C] extends [never] ? 'object' : C extends MapConstructor ? 'map' : C extends ArrayConstructor ? 'array' : 'object';
type SetChoice<C> = [C] extends [never] ? 'array' : C extends SetConstructor ? 'set' : 'array';

interface Choices {
  blob: 'string' | 'buffer';
  simple: 'string' | 'buffer';
  verbatim: 'string' | 'buffer' | 'verbatim';
  number: 'number' | 'string';
  bigNumber: 'bigint' | 'number' | 'string';
  double: 'number' | 'string';
  map: 'object' | 'map' | 'array';
  set: 'array' | 'set';
}

type ChoicesOf<TM extends TypeMapping> = {
  blob: StringChoice<Entry<TM, RespTypes['BLOB_STRING']>>;
  simple: StringChoice<Entry<TM, RespTypes['SIMPLE_STRING']>>;
  verbatim: VerbatimChoice<Entry<TM, RespTypes['VERBATIM_STRING']>>;
  number: NumberChoice<Entry<TM, RespTypes['NUMBER']>>;
  bigNumber: BigNumberChoice<Entry<TM, RespTypes['BIG_NUMBER']>>;
  double: NumberChoice<Entry<TM, RespTypes['DOUBLE']>>;
  map: MapChoice<Entry<TM, RespTypes['MAP']>>;
  set: SetChoice<Entry<TM, RespTypes['SET']>>;
};

/** The choices for a `Map`'s keys: blob and simple strings stay strings (as the decoder makes them). */
type KeyChoices<C extends Choices> = {
  blob: 'string';
  simple: 'string';
  verbatim: C['verbatim'];
  number: C['number'];
  bigNumber: C['bigNumber'];
  double: C['double'];
  map: C['map'];
  set: C['set'];
};

// Each leaf by its choice (distributive: a union of choices gives a union of types).
type AsString<T, K> = K extends 'buffer' ? Buffer : T;
type AsVerbatim<K> = K extends 'verbatim' ? VerbatimString : K extends 'buffer' ? Buffer : string;
type AsNumber<T extends number, K> = K extends 'string' ? `${T}` : T;
type AsDouble<T extends number, N extends number, K> = K extends 'string' ? `${N}` : T;
type AsBigNumber<T extends bigint, K> = K extends 'string' ? `${T}` : K extends 'number' ? number : T;

type Leaf = boolean | null | undefined | Buffer | Error | Date | VerbatimString;

type MappedString<T extends string, C extends Choices> = T extends { readonly [VERBATIM_STRING_REPLY]?: string }
  ? AsVerbatim<C['verbatim']>
  : T extends { readonly [SIMPLE_STRING_REPLY]?: string }
    ? AsString<T, C['simple']>
    : T extends { readonly [BLOB_STRING_REPLY]?: string }
      ? AsString<T, C['blob']>
      : string extends T
        ? AsString<T, C['blob']> // a plain string is a blob string
        : AsString<T, C['simple']>; // a literal ('OK') is a simple string

type MappedNumber<T extends number, C extends Choices> = T extends { readonly [DOUBLE_REPLY]?: infer N extends number }
  ? AsDouble<T, N, C['double']>
  : AsNumber<T, C['number']>;

// One walk over the reply type with the mapping's decisions computed once.
type Mapped<T, C extends Choices> = T extends string
  ? MappedString<T, C>
  : T extends number
    ? MappedNumber<T, C>
    : T extends bigint
      ? AsBigNumber<T, C['bigNumber']>
      : T extends Leaf
        ? T
        : T extends { readonly [MAP_REPLY]?: [infer K, infer V] }
          ? MappedMap<T, K, V, C, C['map']>
          : T extends { readonly [SET_REPLY]?: infer V }
            ? C['set'] extends 'set'
              ? Set<Mapped<V, C>>
              : Array<Mapped<V, C>>
            : T extends ReadonlyArray<unknown>
              ? { [I in keyof T]: Mapped<T[I], C> }
              : T extends Map<infer K, infer V>
                ? Map<Mapped<K, C>, Mapped<V, C>>
                : T extends Set<infer V>
                  ? Set<Mapped<V, C>>
                  : T extends object
                    ? { [P in keyof T]: Mapped<T[P], C> }
                    : T;

type MappedMap<T, K, V, C extends Choices, M> = M extends 'map'
  ? Map<Mapped<K, KeyChoices<C>>, Mapped<V, C>>
  : M extends 'array'
    ? Array<Mapped<K, C> | Mapped<V, C>>
    : { [P in keyof T]: Mapped<T[P], C> };

// `{}`: a mapping with no required entry changes nothing.
type NoMapping = Record<never, never>;

/**
 * A reply type under a type mapping, as the decoder (and the RESP2 transforms) shape the value —
 * node-redis's `ReplyWithTypeMapping`, in x's terms (plain types plus the phantom brands above):
 * - a non-literal `string` or {@link BlobStringReply} is a blob string (`BLOB_STRING`), a string
 *   literal or {@link SimpleStringReply} a simple string (`SIMPLE_STRING`): `Buffer` under `Buffer`;
 * - {@link VerbatimStringReply}: `string`, `Buffer` or `VerbatimString` (`VERBATIM_STRING`);
 * - a `number` is an integer (`NUMBER`: `` `${number}` `` under `String`), a {@link DoubleReply} a double
 *   (`DOUBLE`); a `bigint` a big number (`BIG_NUMBER`: `number` or `` `${bigint}` ``);
 * - a {@link MapReply} is a plain object, a `Map` (keys strings) or a flat array (`MAP`); a
 *   {@link SetReply} an array or a `Set` (`SET`);
 * recursively, in arrays, tuples, objects and maps. With no mapping the reply type is unchanged.
 */
export type ReplyWithTypeMapping<T, TM extends TypeMapping> = NoMapping extends TM
  ? T
  : [T] extends [ReplyUnion]
    ? ReplyUnion extends T
      ? T // an untyped reply stays untyped
      : Mapped<T, ChoicesOf<TM>>
    : Mapped<T, ChoicesOf<TM>>;

/** The method a command definition becomes: its arguments, and a promise of its typed reply. */
export type CommandSignature<C extends Command, RESP extends RespVersions, TM extends TypeMapping> = (
  ...args: Tail<Parameters<C['parseCommand']>>
) => Promise<ReplyWithTypeMapping<CommandReply<C, RESP>, TM>>;
