/**
 * The one base class of every error x raises, and the brand that makes `instanceof` work across two
 * installed copies of a package (two `node_modules` trees, a bundled and an unbundled copy...).
 *
 * Why a brand: `instanceof` normally walks the prototype chain, so an error made by copy A is not an
 * `instanceof` copy B's class. Each branded class instead owns a registry symbol (`Symbol.for(key)`,
 * the same in every copy) and marks its prototype with it; `static [Symbol.hasInstance]` checks the
 * mark. Subclass prototypes inherit their parents' marks, so `new ReplyError(..) instanceof RedisError`
 * holds while `instanceof ProtocolError` does not.
 */

/** Static key under which a branded class keeps its own brand symbol. */
const BRAND = Symbol.for('@x/resp:brand');

/** Options every {@link RedisError} accepts (ES2022 error options plus a stable code). */
export interface RedisErrorOptions {
  /** Stable machine-readable code; defaults to the class's own default code. */
  code?: string;
  /** The underlying error, as in ES2022 `new Error(message, { cause })`. */
  cause?: unknown;
}

type BrandedConstructor = { [BRAND]?: symbol; prototype: object };

function isObject(value: unknown): value is Record<symbol, unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}

/**
 * Base of every x error: a `name`, a stable `code` and an optional `cause`.
 *
 * Subclassing (in any package): extend it, call {@link RedisError.defineBrand} once in a static
 * block with a key unique to the class, and pass a default code:
 *
 * ```ts
 * export class ClientClosedError extends RedisError {
 *   static { this.defineBrand('@x/client:ClientClosedError', 'ClientClosedError'); }
 *   constructor(message = 'The client is closed', options?: RedisErrorOptions) {
 *     super(message, { code: 'ERR_CLIENT_CLOSED', ...options });
 *   }
 * }
 * ```
 * A subclass that does not call `defineBrand` still works, with plain prototype `instanceof`
 * (so only within one copy of its package).
 */
export class RedisError extends Error {
  /** Stable, machine-readable code (e.g. `'ERR_PROTOCOL'`, or a server error's first word). */
  readonly code: string;

  constructor(message: string, options?: RedisErrorOptions) {
    super(message, options !== undefined && 'cause' in options ? { cause: options.cause } : undefined);
    this.code = options?.code ?? 'ERR_REDIS';
  }

  /**
   * Brands `this` class: `instanceof` it then holds for every instance of it or of its subclasses,
   * whichever installed copy made them. `key` must be unique to the class and the same in every
   * copy (convention: `'<package>:<ClassName>'`); `name` becomes the class's `error.name`.
   */
  protected static defineBrand(this: BrandedConstructor, key: string, name: string): void {
    const brand = Symbol.for(key);
    Object.defineProperty(this, BRAND, { value: brand, enumerable: false });
    Object.defineProperty(this.prototype, brand, { value: true, enumerable: false });
    Object.defineProperty(this.prototype, 'name', { value: name, writable: true, configurable: true, enumerable: false });
  }

  static override [Symbol.hasInstance](this: BrandedConstructor, value: unknown): boolean {
    if (Object.prototype.hasOwnProperty.call(this, BRAND)) {
      return isObject(value) && value[this[BRAND] as symbol] === true;
    }
    // An unbranded subclass: ordinary prototype-chain instanceof.
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }

  static {
    this.defineBrand('@x/resp:RedisError', 'RedisError');
  }
}
