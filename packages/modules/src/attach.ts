import type { RedisCommands, RespVersions } from './command';
import type { CommandFactories, CommandMethod } from './command-factories';
import { collectReservedNames, validateConfig, type ExtensionsConfig } from './validate';

/** Any class `attach` can subclass. */
export type AttachableClass = abstract new (...args: never) => object;

/** What {@link attach} needs: the class to extend, the built-in commands and the factories. */
export interface AttachOptions<BASE extends AttachableClass> {
  /** The class whose instances execute the commands (they implement the factories' executor). */
  BaseClass: BASE;
  /** The built-in commands, attached as prototype methods under their record keys. */
  commands: RedisCommands;
  /** Turn definitions into methods; usually `commandFactories`. */
  factories: CommandFactories<InstanceType<BASE>>;
  /** Modules, functions, scripts and `RESP` from the user's configuration. */
  config?: ExtensionsConfig | undefined;
  /** The protocol version when `config.RESP` is not given (default 3). */
  defaultResp?: RespVersions;
  /**
   * Names no extension may take beyond those found on the class's prototype chain and in
   * `commands` — typically the instance fields, which would hide a namespace getter.
   */
  reservedNames?: Iterable<string>;
}

/** The built-in commands attached to one subclass of a base class, per RESP version. */
interface CommandsLayer {
  commands: RedisCommands;
  factories: object;
  resp: RespVersions;
  Class: AttachableClass;
  reserved: Set<string> | undefined;
  /** Classes with extensions, by their modules, functions and scripts objects (see {@link ExtensionsCache}). */
  byConfig: ExtensionsCache;
}

// Stands for "not given" in the cache's keys (a WeakMap key must be an object).
const NONE = Object.freeze({});

/**
 * Classes with extensions, keyed by the identity of the `modules`, `functions` and `scripts` objects
 * rather than of the whole options object: a client per cluster node, `duplicate()`, and
 * `@x/cluster`'s createClient (which adds its bundled modules to fresh options each time) then share
 * one class instead of building hundreds of methods again for every options object.
 */
class ExtensionsCache {
  readonly #byModules = new WeakMap<object, WeakMap<object, WeakMap<object, AttachableClass>>>();

  get(config: ExtensionsConfig): AttachableClass | undefined {
    return this.#byModules.get(config.modules ?? NONE)?.get(config.functions ?? NONE)?.get(config.scripts ?? NONE);
  }

  set(config: ExtensionsConfig, Class: AttachableClass): void {
    let byFunctions = this.#byModules.get(config.modules ?? NONE);
    if (byFunctions === undefined) this.#byModules.set(config.modules ?? NONE, (byFunctions = new WeakMap()));
    let byScripts = byFunctions.get(config.functions ?? NONE);
    if (byScripts === undefined) byFunctions.set(config.functions ?? NONE, (byScripts = new WeakMap()));
    byScripts.set(config.scripts ?? NONE, Class);
  }
}

const layers = new WeakMap<AttachableClass, Array<CommandsLayer>>();

// The executor a namespace object forwards to: the instance (or options proxy) it was read from.
const EXECUTOR = Symbol('x.namespace.executor');

interface NamespaceObject {
  [EXECUTOR]: object;
}

function defineMethod(target: object, name: string, method: unknown): void {
  // Like a class method: not enumerable, replaceable. defineProperty also keeps a name such as
  // `__proto__` from touching the prototype chain.
  Object.defineProperty(target, name, { value: method, writable: true, configurable: true, enumerable: false });
}

/**
 * Defines getter `name` on `prototype` returning a namespace object for the receiver: its methods
 * run `methods[name]` with the receiver as `this`. The object is created on first access per
 * receiver (`Object.create` of a shared prototype plus one field) and cached on the receiver under
 * a symbol. An options proxy (`Object.create(instance)`) inherits the instance's cache, so the
 * cached object is used only if it was made for this very receiver — a proxy gets its own, bound
 * to the proxy and its options.
 */
function attachNamespace(prototype: object, name: string, methods: Record<string, CommandMethod<object>>): void {
  const namespacePrototype: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [methodName, method] of Object.entries(methods)) {
    defineMethod(namespacePrototype, methodName, function (this: NamespaceObject, ...args: Array<unknown>) {
      return method.apply(this[EXECUTOR], args);
    });
  }
  const cacheKey = Symbol(`x.namespace.${name}`);
  Object.defineProperty(prototype, name, {
    configurable: true,
    enumerable: false,
    get(this: Record<symbol, NamespaceObject | undefined>) {
      const cached = this[cacheKey];
      if (cached !== undefined && cached[EXECUTOR] === this) return cached;
      const namespace = Object.create(namespacePrototype) as NamespaceObject;
      namespace[EXECUTOR] = this;
      Object.defineProperty(this, cacheKey, { value: namespace, configurable: true });
      return namespace;
    },
  });
}

/**
 * Attaches `commands` as prototype methods built by `factories.createCommand`. A name the
 * prototype chain already has (a method of the class, other than `Object.prototype`'s) is left
 * alone: the class's own method wins, so a client can define `select()` (remembering the database)
 * or `watch()` over the plain command definitions. The low-level step `attach` uses; exported for
 * callers that manage their own classes.
 */
export function attachCommands<EXECUTOR>(
  prototype: object,
  commands: RedisCommands,
  factories: CommandFactories<EXECUTOR>,
  resp: RespVersions,
): void {
  for (const [name, command] of Object.entries(commands)) {
    if (name in prototype && !(name in Object.prototype)) continue;
    defineMethod(prototype, name, factories.createCommand(command, resp, name));
  }
}

/**
 * Attaches a configuration's extensions to `prototype`: each module and function library as a
 * namespace getter (`client.json.get()`, `client.mylib.square()`), each script as a method. Does
 * not validate; `attach` validates first.
 */
export function attachExtensions<EXECUTOR>(
  prototype: object,
  config: ExtensionsConfig,
  factories: CommandFactories<EXECUTOR>,
  resp: RespVersions,
): void {
  const createModuleCommand = factories.createModuleCommand ?? factories.createCommand;
  for (const [namespace, commands] of Object.entries(config.modules ?? {})) {
    const methods: Record<string, CommandMethod<object>> = {};
    for (const [name, command] of Object.entries(commands)) {
      methods[name] = createModuleCommand.call(factories, command, resp, `${namespace}.${name}`) as CommandMethod<object>;
    }
    attachNamespace(prototype, namespace, methods);
  }
  for (const [library, fns] of Object.entries(config.functions ?? {})) {
    const methods: Record<string, CommandMethod<object>> = {};
    for (const [name, fn] of Object.entries(fns)) {
      methods[name] = factories.createFunctionCommand(name, fn, resp, library) as CommandMethod<object>;
    }
    attachNamespace(prototype, library, methods);
  }
  for (const [name, script] of Object.entries(config.scripts ?? {})) {
    defineMethod(prototype, name, factories.createScriptCommand(script, resp, name));
  }
}

function hasExtensions(config: ExtensionsConfig | undefined): config is ExtensionsConfig {
  return config !== undefined && (config.modules !== undefined || config.functions !== undefined || config.scripts !== undefined);
}

function subclass(Base: AttachableClass): AttachableClass {
  // A subclass with the base's name, so stack traces and `constructor.name` read naturally.
  const Class = class extends (Base as unknown as new (...args: Array<unknown>) => object) {};
  Object.defineProperty(Class, 'name', { value: Base.name, configurable: true });
  return Class;
}

// The names extensions may not take: the base class's prototype chain, the built-in commands, and
// the caller's extra names. Computed once per layer when there are no extra names.
function reservedNamesFor<BASE extends AttachableClass>(
  options: AttachOptions<BASE>,
  layer: CommandsLayer | undefined,
): Set<string> {
  if (options.reservedNames !== undefined || layer === undefined) {
    return collectReservedNames(options.BaseClass.prototype as object, options.commands, options.reservedNames);
  }
  return (layer.reserved ??= collectReservedNames(options.BaseClass.prototype as object, options.commands));
}

function commandsLayer<BASE extends AttachableClass>(options: AttachOptions<BASE>, resp: RespVersions): CommandsLayer {
  let list = layers.get(options.BaseClass);
  if (list === undefined) layers.set(options.BaseClass, (list = []));
  const Class = subclass(options.BaseClass);
  attachCommands(Class.prototype, options.commands, options.factories, resp);
  const layer: CommandsLayer = {
    commands: options.commands,
    factories: options.factories,
    resp,
    Class,
    reserved: undefined,
    byConfig: new ExtensionsCache(),
  };
  list.push(layer);
  return layer;
}

/**
 * The class `createClient`/`createCluster` instantiates: `BaseClass` extended with the built-in
 * commands as methods and the configuration's modules, functions and scripts. Validates the
 * configuration first (throws `InvalidDefinitionError` / `DefinitionNameConflictError`).
 *
 * Cached: one class with the commands per (`BaseClass`, `commands`, `factories`, RESP version), and
 * one subclass with the extensions per set of `modules`, `functions` and `scripts` objects —
 * creating many clients with the same extension objects builds nothing after the first. (So an
 * extension object is read once: one changed after a client was made from it is not seen again.)
 *
 * ```ts
 * const Client = attach({ BaseClass: RedisClient, commands: COMMANDS, factories: commandFactories, config });
 * const client = new Client(options);
 * ```
 */
export function attach<BASE extends AttachableClass>(options: AttachOptions<BASE>): BASE {
  const config = options.config;
  if (config?.RESP !== undefined && !hasExtensions(config)) validateConfig(config, new Set());
  const resp = config?.RESP ?? options.defaultResp ?? 3;
  const cachedLayer = layers.get(options.BaseClass)?.find(
    (layer) => layer.commands === options.commands && layer.factories === options.factories && layer.resp === resp,
  );
  if (hasExtensions(config)) {
    const cached = cachedLayer?.byConfig.get(config);
    if (cached !== undefined) return cached as BASE;
    // Validate before building anything: a bad RESP or definition leaves no half-built class behind.
    validateConfig(config, reservedNamesFor(options, cachedLayer));
  }
  const layer = cachedLayer ?? commandsLayer(options, resp);
  if (!hasExtensions(config)) return layer.Class as BASE;
  const Class = subclass(layer.Class);
  attachExtensions(Class.prototype, config, options.factories, resp);
  layer.byConfig.set(config, Class);
  return Class as BASE;
}
