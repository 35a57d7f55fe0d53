/** An executor that reads its per-call options from `this._commandOptions`. */
export interface CommandOptionsHolder<OPTIONS extends object> {
  _commandOptions?: OPTIONS | undefined;
}

/**
 * A view of `target` whose commands run with `options` merged over the target's own
 * `_commandOptions`: `Object.create(target)` with one own field, so it costs one small object, shares
 * the connection and every method, and can be layered (`client.withTypeMapping(m).withAbortSignal(s)`).
 * What `client.withCommandOptions(...)`, `withTypeMapping(...)` and `withAbortSignal(...)` return.
 *
 * Because methods then run with the proxy as `this`, the target must reach its private state
 * through a reference to the real instance, not through `this.#field` (a proxy has no `#` slots).
 */
export function withOptionsProxy<T extends CommandOptionsHolder<object>>(
  target: T,
  options: Partial<NonNullable<T['_commandOptions']>>,
): T {
  const proxy = Object.create(target) as T;
  const inherited = target._commandOptions;
  proxy._commandOptions = inherited === undefined ? { ...options } : { ...inherited, ...options };
  return proxy;
}
