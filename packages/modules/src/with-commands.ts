import type { RedisCommands, RedisFunctions, RedisModules, RedisScripts, RespVersions } from './command';
import type { CommandSignature } from './reply';
import type { TypeMapping } from './resp-types';

/** The methods a record of commands becomes: `client.get(key)`. */
export type WithCommands<COMMANDS extends RedisCommands, RESP extends RespVersions, TM extends TypeMapping> = {
  [P in keyof COMMANDS]: CommandSignature<COMMANDS[P], RESP, TM>;
};

/** One namespace per module: `client.json.get(key)`. */
export type WithModules<M extends RedisModules, RESP extends RespVersions, TM extends TypeMapping> = {
  [N in keyof M]: WithCommands<M[N], RESP, TM>;
};

/** One namespace per function library: `client.mylib.square(key)`. */
export type WithFunctions<F extends RedisFunctions, RESP extends RespVersions, TM extends TypeMapping> = {
  [L in keyof F]: { [N in keyof F[L]]: CommandSignature<F[L][N], RESP, TM> };
};

/** One method per script: `client.myScript(key)`. */
export type WithScripts<S extends RedisScripts, RESP extends RespVersions, TM extends TypeMapping> = {
  [N in keyof S]: CommandSignature<S[N], RESP, TM>;
};

/** Everything a configuration adds: modules, function libraries and scripts. */
export type WithExtensions<
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TM extends TypeMapping,
> = WithModules<M, RESP, TM> & WithFunctions<F, RESP, TM> & WithScripts<S, RESP, TM>;

/**
 * `T` when its names are known (the type of an object literal), `{}` when it is the wide record type
 * (`RedisModules`, `RedisFunctions`, `RedisScripts`). `createClient`/`createCluster` infer their `M`,
 * `F`, `S` without defaults — a default would stop TypeScript from typing an unannotated `parser` in
 * `parseCommand(parser, key: string)` — so an extension kind not given falls back to its constraint;
 * this turns that back into "none" rather than a namespace for every name.
 */
export type KnownExtensions<T> = string extends keyof T ? Record<never, never> : T;
