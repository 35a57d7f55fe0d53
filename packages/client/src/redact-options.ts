import { inspect } from 'node:util';

/** What a secret is shown as. */
export const REDACTED = '<redacted>';

/**
 * Option names whose value is a secret wherever they appear: a password, and TLS private key
 * material (`socket.key`, `socket.passphrase`, `socket.pfx`).
 */
const SECRET_KEYS: ReadonlySet<string> = new Set(['password', 'passphrase', 'key', 'pfx']);

/** Nested option objects are copied this deep at most (options are shallow; a cycle must not hang). */
const MAX_DEPTH = 6;

/**
 * A copy of `options` to keep on a client or cluster (`client.options`): every value as given —
 * `client.options.password` still reads, and a spread copies it — but `util.inspect` and
 * `JSON.stringify` show secrets as `<redacted>` (passwords, a URL's password, TLS keys). The nested
 * objects named in `nested` (`socket`, `defaults`, each of `rootNodes`) are copied the same way, so
 * inspecting one of them alone hides its secrets too.
 */
export function withRedactedView<T extends object>(options: T, nested: ReadonlyArray<string> = ['socket']): T {
  const copy: Record<string, unknown> = { ...(options as Record<string, unknown>) };
  for (const name of nested) {
    const value = copy[name];
    if (Array.isArray(value)) copy[name] = value.map((item: unknown) => (isPlainObject(item) ? withRedactedView(item, ['socket']) : item));
    else if (isPlainObject(value)) copy[name] = withRedactedView(value, ['socket']);
  }
  hideSecrets(copy);
  return copy as T;
}

/** Give `target` non-enumerable `toJSON` and `util.inspect.custom` that show it redacted. */
function hideSecrets(target: Record<string, unknown>): void {
  Object.defineProperty(target, 'toJSON', { value: () => redactedCopy(target, 0), enumerable: false, configurable: true });
  Object.defineProperty(target, inspect.custom, {
    value: (_depth: number, inspectOptions: object) => inspect(redactedCopy(target, 0), inspectOptions),
    enumerable: false,
    configurable: true,
  });
}

/** A plain copy for display: secrets replaced, a URL's password replaced, everything else as is. */
export function redactedCopy(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return '[…]';
  if (Array.isArray(value)) return value.map((item: unknown) => redactedCopy(item, depth + 1));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) {
    if (item !== undefined && SECRET_KEYS.has(name)) out[name] = REDACTED;
    else if (name === 'url' && typeof item === 'string') out[name] = redactUrl(item);
    else out[name] = redactedCopy(item, depth + 1);
  }
  return out;
}

/** `redis://user:secret@host` → `redis://user:<redacted>@host`; no URL parsing (a malformed one must not throw here). */
export function redactUrl(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^@/?#]*)@/i.exec(url);
  if (match === null) return url;
  const userinfo = match[2]!;
  const colon = userinfo.indexOf(':');
  if (colon === -1) return url;
  return `${match[1]}${userinfo.slice(0, colon)}:${REDACTED}@${url.slice(match[0].length)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
