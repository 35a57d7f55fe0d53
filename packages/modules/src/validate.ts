import type { RedisCommands, RedisFunctions, RedisModules, RedisScripts, RespVersions } from './command';
import type { CommandParser } from './command-parser';
import { DefinitionNameConflictError, InvalidDefinitionError, NumberOfKeysError } from './errors';

/** What a client or cluster configuration adds to the built-in commands. */
export interface ExtensionsConfig<
  M extends RedisModules = RedisModules,
  F extends RedisFunctions = RedisFunctions,
  S extends RedisScripts = RedisScripts,
  RESP extends RespVersions = RespVersions,
> {
  /** Module commands by namespace: `client.json.get(...)`. */
  modules?: M;
  /** Redis function libraries by namespace: `client.mylib.square(...)`. */
  functions?: F;
  /** Lua scripts (from `defineScript`) by method name: `client.myScript(...)`. */
  scripts?: S;
  /** The protocol version the methods are built for (their `transformReply` is chosen by it). */
  RESP?: RESP;
}

/**
 * The names an extension must not take: every property name on the prototype chain of `prototype`
 * (methods, getters, built-in commands attached there, and `Object.prototype`'s names such as
 * `constructor` or `toString`), every key of `commands`, and `extra` (e.g. the names of instance
 * fields, which would shadow a namespace getter).
 */
export function collectReservedNames(
  prototype: object | null,
  commands?: RedisCommands,
  extra?: Iterable<string>,
): Set<string> {
  const names = new Set<string>(extra);
  for (let proto = prototype; proto !== null; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const name of Object.getOwnPropertyNames(proto)) names.add(name);
  }
  // Even a null-prototype target must not let a namespace replace the prototype.
  names.add('__proto__');
  if (commands !== undefined) for (const name of Object.keys(commands)) names.add(name);
  return names;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validateTransform(where: string, transform: unknown): void {
  if (transform === undefined || typeof transform === 'function') return;
  if (isPlainRecord(transform)) {
    for (const resp of ['2', '3'] as const) {
      const entry = transform[resp];
      if (entry !== undefined && typeof entry !== 'function') {
        throw new InvalidDefinitionError(where, `transformReply[${resp}] must be a function or undefined`);
      }
    }
    return;
  }
  throw new InvalidDefinitionError(where, 'transformReply must be a function, { 2, 3 } or undefined');
}

function validateNumberOfKeys(where: string, n: unknown): void {
  if (n === undefined) return;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new InvalidDefinitionError(where, `NUMBER_OF_KEYS must be a non-negative integer, got ${String(n)}`);
  }
}

/** Checks one command definition: `parseCommand` is a function, `transformReply` has a valid shape. */
export function validateCommand(where: string, command: unknown): void {
  if (!isPlainRecord(command)) throw new InvalidDefinitionError(where, 'a definition must be an object');
  if (typeof command.parseCommand !== 'function') {
    throw new InvalidDefinitionError(where, 'parseCommand must be a function');
  }
  validateTransform(where, command.transformReply);
}

/** Checks a script definition: a command with `SCRIPT` (string or Buffer) and a `SHA1`. */
export function validateScript(where: string, script: unknown): void {
  validateCommand(where, script);
  const s = script as Record<string, unknown>;
  if (typeof s.SCRIPT !== 'string' && !Buffer.isBuffer(s.SCRIPT)) {
    throw new InvalidDefinitionError(where, 'a script needs SCRIPT (its Lua source, a string or Buffer)');
  }
  if (typeof s.SHA1 !== 'string') {
    throw new InvalidDefinitionError(where, 'a script needs its SHA1: create it with defineScript({ SCRIPT, ... })');
  }
  validateNumberOfKeys(where, s.NUMBER_OF_KEYS);
}

/** Checks a Redis function definition: a command with an optional valid `NUMBER_OF_KEYS`. */
export function validateFunction(where: string, fn: unknown): void {
  validateCommand(where, fn);
  validateNumberOfKeys(where, (fn as Record<string, unknown>).NUMBER_OF_KEYS);
}

function validateRecord(where: string, value: unknown): Record<string, unknown> {
  if (!isPlainRecord(value)) throw new InvalidDefinitionError(where, 'must be an object');
  return value;
}

/**
 * Checks a whole configuration before any class is built: every definition's shape, and that no
 * module namespace, function library or script name is in `reservedNames` or used twice across
 * the three. Throws {@link InvalidDefinitionError} or {@link DefinitionNameConflictError}.
 */
export function validateConfig(config: ExtensionsConfig, reservedNames: ReadonlySet<string>): void {
  const taken = new Map<string, string>();
  const claim = (where: string, name: string): void => {
    if (reservedNames.has(name)) {
      throw new DefinitionNameConflictError(where, name, 'a built-in command or method');
    }
    const previous = taken.get(name);
    if (previous !== undefined) throw new DefinitionNameConflictError(where, name, previous);
    taken.set(name, where);
  };

  if (config.RESP !== undefined && config.RESP !== 2 && config.RESP !== 3) {
    throw new InvalidDefinitionError('RESP', `must be 2 or 3, got ${String(config.RESP)}`);
  }
  if (config.modules !== undefined) {
    for (const [namespace, commands] of Object.entries(validateRecord('modules', config.modules))) {
      claim(`modules.${namespace}`, namespace);
      for (const [name, command] of Object.entries(validateRecord(`modules.${namespace}`, commands))) {
        validateCommand(`modules.${namespace}.${name}`, command);
      }
    }
  }
  if (config.functions !== undefined) {
    for (const [library, fns] of Object.entries(validateRecord('functions', config.functions))) {
      claim(`functions.${library}`, library);
      for (const [name, fn] of Object.entries(validateRecord(`functions.${library}`, fns))) {
        validateFunction(`functions.${library}.${name}`, fn);
      }
    }
  }
  if (config.scripts !== undefined) {
    for (const [name, script] of Object.entries(validateRecord('scripts', config.scripts))) {
      claim(`scripts.${name}`, name);
      validateScript(`scripts.${name}`, script);
    }
  }
}

/**
 * At call time: a function or script that declares `NUMBER_OF_KEYS` must have pushed exactly that
 * many keys (the prefix announced the count to the server). Throws {@link NumberOfKeysError}.
 */
export function assertNumberOfKeys(definition: string, expected: number | undefined, parser: CommandParser): void {
  if (expected !== undefined && parser.keys.length !== expected) {
    throw new NumberOfKeysError(definition, expected, parser.keys.length);
  }
}
